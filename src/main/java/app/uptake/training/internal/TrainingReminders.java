package app.uptake.training.internal;

import app.uptake.notifications.Notifier;
import app.uptake.organization.EmployeeContact;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DatabaseVendor;
import app.uptake.shared.LocalizedText;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds people of open training assignments (not completed, the person still employed on the company's
 * today) and tells their manager when one stays overdue.
 *
 * <p>Each assignment has two tracks, and a run sends on each track at most the one message that is most
 * relevant today:
 * <ul>
 * <li>to the employee: a reminder when the due date is at most N days away, for each N of
 * {@code uptake.training.reminders.days-before} (default 7 and 1), and an overdue notice from the day after the
 * due date;</li>
 * <li>to the manager: an escalation naming the employee, the module and the due date once the assignment is
 * {@code uptake.training.reminders.escalate-after-days} (default 14) days overdue. It goes to the first manager
 * up the reporting line who is still employed; nobody gets it when there is none.</li>
 * </ul>
 *
 * <p><b>No duplicates.</b> Every message sent is a row in {@code training_reminder} keyed by assignment, kind
 * (e.g. {@code DUE_IN_7}, {@code OVERDUE}, {@code ESCALATION}) and due date. The row is inserted in the same
 * transaction that stores the in-app notification, and only when it is not there yet (on PostgreSQL with
 * {@code on conflict do nothing}, so two nodes racing for it both succeed and only one sends); the e-mail leaves
 * after that transaction commits. So a second run the same day, a restart or a second cluster node sends
 * nothing new. A new due date (recertification or a manual change) opens a new key, so reminders start again.
 *
 * <p><b>Missed runs.</b> A run does not replay the days it missed: on each track it works out the latest stage
 * reached today and sends that one only if neither it nor a later stage was sent for this due date. If the
 * server was down from eight days before the due date until three days after it, the employee gets the overdue
 * notice, not the 7-day and 1-day reminders as well; down until 15 days after, the employee gets the overdue
 * notice and the manager the escalation, once each. Reminders state the real number of days left, so an
 * assignment made five days before its due date gets "due in 5 days" on its first run. Earlier stages that were
 * skipped this way are never sent afterwards, since the stage reached only moves forward. Quartz fires a missed
 * daily run once after a restart (misfire: fire and proceed), so a missed morning is caught up the same day.
 */
@Component
public class TrainingReminders {

    static final String DUE_IN = "DUE_IN_";
    static final String OVERDUE = "OVERDUE";
    static final String ESCALATION = "ESCALATION";

    private static final Logger LOG = LoggerFactory.getLogger(TrainingReminders.class);
    private static final int MAX_REPORTING_DEPTH = 50;

    /** What one run sent. */
    public record Outcome(int reminders, int overdueNotices, int escalations) {
    }

    private record OpenAssignment(long id, long employeeId, String moduleId, LocalDate dueOn, LocalizedText title) {
    }

    private final JdbcTemplate jdbc;
    private final EmployeeDirectory directory;
    private final Notifier notifier;
    private final CompanyCalendar calendar;
    private final TransactionTemplate transaction;
    private final DatabaseVendor vendor;
    private final List<Integer> daysBefore;
    private final int escalateAfterDays;

    TrainingReminders(JdbcTemplate jdbc, EmployeeDirectory directory, Notifier notifier, CompanyCalendar calendar,
            PlatformTransactionManager transactions, DatabaseVendor vendor,
            @Value("${uptake.training.reminders.days-before:7,1}") List<Integer> daysBefore,
            @Value("${uptake.training.reminders.escalate-after-days:14}") int escalateAfterDays) {
        if (daysBefore.isEmpty() || daysBefore.stream().anyMatch(d -> d == null || d < 0)) {
            throw new IllegalArgumentException(
                    "uptake.training.reminders.days-before must list days of 0 or more, e.g. 7,1: " + daysBefore);
        }
        if (escalateAfterDays < 1) {
            throw new IllegalArgumentException(
                    "uptake.training.reminders.escalate-after-days must be 1 or more: " + escalateAfterDays);
        }
        this.jdbc = jdbc;
        this.directory = directory;
        this.notifier = notifier;
        this.calendar = calendar;
        this.transaction = new TransactionTemplate(transactions);
        this.vendor = vendor;
        this.daysBefore = daysBefore.stream().distinct().sorted().toList();
        this.escalateAfterDays = escalateAfterDays;
    }

    /** Sends what is due today; a second call the same day sends nothing. */
    public Outcome run() {
        LocalDate today = calendar.today();
        LocalDate horizon = today.plusDays(daysBefore.getLast());
        List<OpenAssignment> open = jdbc.query("""
                select a.id, a.employee_id, a.module_id, a.due_on, v.title_en, v.title_de
                from training_assignment a
                join training_module_version v on v.id = (select max(w.id) from training_module_version w
                                                          where w.module_id = a.module_id)
                where a.completed_at is null and a.due_on <= ?
                order by a.due_on, a.id""", (rs, n) -> new OpenAssignment(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getDate(4).toLocalDate(), new LocalizedText(rs.getString(5), rs.getString(6))),
                Date.valueOf(horizon));
        if (open.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        Map<Long, Set<String>> sent = new HashMap<>();
        jdbc.query("""
                select r.assignment_id, r.kind from training_reminder r
                join training_assignment a on a.id = r.assignment_id and a.due_on = r.due_on
                where a.completed_at is null and a.due_on <= ?""",
                rs -> {
                    sent.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
                }, Date.valueOf(horizon));
        Map<Long, EmployeeContact> people = new HashMap<>(
                directory.contacts(open.stream().map(OpenAssignment::employeeId).toList()));

        int reminders = 0;
        int overdue = 0;
        int escalations = 0;
        for (OpenAssignment assignment : open) {
            EmployeeContact person = people.get(assignment.employeeId());
            if (person == null || !person.employedOn(today)) {
                continue;
            }
            Set<String> already = sent.getOrDefault(assignment.id(), Set.of());
            Optional<String> stage = employeeStage(assignment.dueOn(), today, daysBefore);
            if (stage.isPresent() && !covered(stage.get(), already)) {
                long days = Math.abs(ChronoUnit.DAYS.between(today, assignment.dueOn()));
                boolean late = stage.get().equals(OVERDUE);
                if (send(assignment, stage.get(), person.employeeId(),
                        late ? "TRAINING_OVERDUE" : "TRAINING_DUE_SOON",
                        late ? "training.reminder.overdue" : "training.reminder.dueSoon",
                        List.of(assignment.title(), assignment.dueOn(), days), "training")) {
                    if (late) {
                        overdue++;
                    } else {
                        reminders++;
                    }
                }
            }
            if (escalationDue(assignment.dueOn(), today, escalateAfterDays) && !already.contains(ESCALATION)) {
                EmployeeContact manager = firstEmployedManager(person, today, people);
                if (manager != null && send(assignment, ESCALATION, manager.employeeId(), "TRAINING_ESCALATION",
                        "training.reminder.escalation", List.of(assignment.title(), assignment.dueOn(),
                                ChronoUnit.DAYS.between(assignment.dueOn(), today), person.name()),
                        "people/" + person.employeeId())) {
                    escalations++;
                }
            }
        }
        return new Outcome(reminders, overdue, escalations);
    }

    /**
     * The stage of the employee's track reached today: {@code OVERDUE} after the due date, else
     * {@code DUE_IN_<n>} for the smallest configured n of at least the days left, else nothing yet.
     */
    static Optional<String> employeeStage(LocalDate dueOn, LocalDate today, List<Integer> daysBefore) {
        if (today.isAfter(dueOn)) {
            return Optional.of(OVERDUE);
        }
        long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
        return daysBefore.stream().filter(d -> d >= daysLeft).min(Integer::compare).map(d -> DUE_IN + d);
    }

    static boolean escalationDue(LocalDate dueOn, LocalDate today, int escalateAfterDays) {
        return !today.isBefore(dueOn.plusDays(escalateAfterDays));
    }

    /** Whether this stage or a later one of the employee's track was sent already. */
    static boolean covered(String stage, Set<String> sent) {
        return sent.stream().filter(kind -> !kind.equals(ESCALATION)).anyMatch(kind -> rank(kind) >= rank(stage));
    }

    /** Later stages rank higher: 7 days before, 1 day before, overdue. */
    private static int rank(String kind) {
        if (kind.equals(OVERDUE)) {
            return Integer.MAX_VALUE;
        }
        if (kind.startsWith(DUE_IN)) {
            try {
                return -Integer.parseInt(kind.substring(DUE_IN.length()));
            } catch (NumberFormatException e) {
                return Integer.MIN_VALUE;
            }
        }
        return Integer.MIN_VALUE;
    }

    private EmployeeContact firstEmployedManager(EmployeeContact person, LocalDate today, Map<Long, EmployeeContact> people) {
        EmployeeContact current = person;
        for (int depth = 0; depth < MAX_REPORTING_DEPTH && current.managerId() != null; depth++) {
            long managerId = current.managerId();
            EmployeeContact manager = people.computeIfAbsent(managerId,
                    id -> directory.contacts(List.of(id)).get(id));
            if (manager == null) {
                return null;
            }
            if (manager.employedOn(today)) {
                return manager;
            }
            current = manager;
        }
        return null;
    }

    /**
     * Records the message and stores its notification in one transaction; false when it was recorded before (by
     * an earlier run or another node) or the assignment changed meanwhile. A failure is logged and skips only
     * this message, which the next run tries again.
     */
    private boolean send(OpenAssignment assignment, String kind, long recipientId, String notificationKind,
            String messageKey, List<?> params, String route) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                if (record(assignment, kind, recipientId) == 0) {
                    return false;
                }
                notifier.notify(recipientId, notificationKind, messageKey, params, route);
                return true;
            }));
        } catch (RuntimeException e) {
            LOG.error("Training reminder {} of assignment {} to employee {} failed", kind, assignment.id(), recipientId, e);
            return false;
        }
    }

    private int record(OpenAssignment assignment, String kind, long recipientId) {
        Timestamp now = Timestamp.from(calendar.now());
        Date due = Date.valueOf(assignment.dueOn());
        String insert = """
                insert into training_reminder (assignment_id, kind, due_on, recipient_id, sent_at)
                select ?, ?, ?, ?, ? from training_assignment where id = ? and due_on = ? and completed_at is null""";
        if (vendor.isPostgres()) {
            return jdbc.update(insert + " on conflict do nothing", assignment.id(), kind, due, recipientId, now,
                    assignment.id(), due);
        }
        try {
            return jdbc.update(insert + " and not exists (select 1 from training_reminder where assignment_id = ? "
                    + "and kind = ? and due_on = ?)", assignment.id(), kind, due, recipientId, now, assignment.id(), due,
                    assignment.id(), kind, due);
        } catch (DuplicateKeyException concurrentRunWasFirst) {
            // H2 keeps the transaction usable after a failed statement, unlike PostgreSQL
            return 0;
        }
    }
}
