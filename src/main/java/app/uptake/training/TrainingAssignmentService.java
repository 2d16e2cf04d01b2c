package app.uptake.training;

import app.uptake.audit.AuditService;
import app.uptake.organization.CurrentUser;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.EmployeeScope;
import app.uptake.organization.Employment;
import app.uptake.organization.ScopePurpose;
import app.uptake.organization.VisibilityService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.training.internal.AssignmentRules;
import app.uptake.training.internal.ComplianceQueries;
import app.uptake.training.internal.ContentPublisher;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning a live module to chosen people by hand, besides the rules: managers for the people in their reporting
 * line, HR and the program office for anybody still employed.
 *
 * <p>Existing assignments: a completed one is never touched (its completion and due date stay). An open one gets
 * the new due date only when a date is given explicitly; without a date, new assignments are due after the
 * module's due period and open ones keep theirs. An assignment keeps its source (a rule assignment stays RULE).
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER','HR','ADMIN')")
public class TrainingAssignmentService {

    /** Field names for {@link BusinessRuleException#field()}, as the assignment dialog binds them. */
    public static final String FIELD_MODULE = "module";
    public static final String FIELD_DUE_ON = "dueOn";
    public static final String FIELD_EMPLOYEES = "employees";

    private final JdbcTemplate jdbc;
    private final ComplianceQueries queries;
    private final ContentPublisher publisher;
    private final EmployeeDirectory directory;
    private final VisibilityService visibility;
    private final CurrentUserService users;
    private final CompanyCalendar calendar;
    private final AuditService audit;

    TrainingAssignmentService(JdbcTemplate jdbc, ComplianceQueries queries, ContentPublisher publisher,
            EmployeeDirectory directory, VisibilityService visibility, CurrentUserService users,
            CompanyCalendar calendar, AuditService audit) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.publisher = publisher;
        this.directory = directory;
        this.visibility = visibility;
        this.users = users;
        this.calendar = calendar;
        this.audit = audit;
    }

    /**
     * Assigns the module to the people, recorded as MANUAL with the caller as the one who assigned it.
     *
     * @param dueOn null for the module's due period from today
     * @throws AccessDeniedException  when a person is outside the caller's reporting line (managers)
     * @throws BusinessRuleException  on the field {@code module} when the module is not live, {@code dueOn} when the
     *                                date is in the past, {@code employees} when nobody is chosen, a person is
     *                                unknown or has left
     */
    @Transactional
    public AssignmentOutcome assign(Collection<Long> employeeIds, String moduleId, LocalDate dueOn) {
        CurrentUser me = users.require();
        if (employeeIds == null || employeeIds.isEmpty()) {
            throw BusinessRuleException.onField(FIELD_EMPLOYEES, "trainingAssign.error.noEmployees");
        }
        TreeSet<Long> people = new TreeSet<>(employeeIds);
        EmployeeScope scope = visibility.scopeOf(me, ScopePurpose.INDIVIDUAL);
        List<Long> outside = people.stream().filter(id -> !scope.includes(id)).toList();
        if (!outside.isEmpty()) {
            throw new AccessDeniedException("Employees " + outside + " are not in the caller's reporting line");
        }
        if (moduleId == null || moduleId.isBlank()) {
            throw BusinessRuleException.onField(FIELD_MODULE, "validation.required");
        }
        if (!queries.isLive(moduleId)) {
            throw BusinessRuleException.onField(FIELD_MODULE, "trainingAssign.error.moduleNotLive", moduleId);
        }
        LocalDate today = calendar.today();
        if (dueOn != null && dueOn.isBefore(today)) {
            throw BusinessRuleException.onField(FIELD_DUE_ON, "trainingAssign.error.dueInPast");
        }
        requireCurrentEmployees(people, today);

        LocalDate due = dueOn != null ? dueOn : defaultDue(moduleId, today);
        Map<Long, Object[]> existing = new HashMap<>();
        jdbc.query("select employee_id, due_on, completed_at from training_assignment where module_id = ? "
                + "and employee_id = any(?)", rs -> {
                    existing.put(rs.getLong(1), new Object[] {rs.getDate(2).toLocalDate(), rs.getTimestamp(3)});
                }, moduleId, people.toArray(Long[]::new));

        Timestamp now = Timestamp.from(calendar.now());
        List<Long> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int unchanged = 0;
        int completedKept = 0;
        for (long person : people) {
            Object[] before = existing.get(person);
            if (before == null) {
                // conditional, so that a rule run adding the same row a moment earlier does not abort the transaction
                int rows = jdbc.update("insert into training_assignment (employee_id, module_id, due_on, source, "
                        + "assigned_at, assigned_by) select ?, ?, ?, 'MANUAL', ?, ? where not exists (select 1 from "
                        + "training_assignment where employee_id = ? and module_id = ?)", person, moduleId,
                        Date.valueOf(due), now, me.employeeId(), person, moduleId);
                if (rows == 1) {
                    added.add(person);
                } else {
                    unchanged++;
                }
            } else if (before[1] != null) {
                completedKept++;
            } else if (dueOn != null && !dueOn.equals(before[0])) {
                jdbc.update("update training_assignment set due_on = ? where employee_id = ? and module_id = ? "
                        + "and completed_at is null", Date.valueOf(dueOn), person, moduleId);
                changed.add(person + " " + before[0] + "→" + dueOn);
            } else {
                unchanged++;
            }
        }
        AssignmentOutcome outcome = new AssignmentOutcome(added.size(), changed.size(), unchanged, completedKept, due);
        audit.record("TRAINING_ASSIGNED", "TrainingModule", moduleId, "due " + due + (dueOn == null ? " (module default)" : "")
                + "; added " + added + "; due changed " + changed + "; unchanged " + unchanged
                + "; completed kept " + completedKept);
        return outcome;
    }

    private void requireCurrentEmployees(Collection<Long> people, LocalDate today) {
        Map<Long, Employment> found = new HashMap<>();
        directory.of(people).forEach(e -> found.put(e.employeeId(), e));
        for (long id : people) {
            Employment employment = found.get(id);
            if (employment == null) {
                throw BusinessRuleException.onField(FIELD_EMPLOYEES, "trainingAssign.error.unknownEmployee", String.valueOf(id));
            }
            if (employment.leftBefore(today)) {
                throw BusinessRuleException.onField(FIELD_EMPLOYEES, "trainingAssign.error.leaver",
                        directory.names(List.of(id)).get(id));
            }
        }
    }

    private LocalDate defaultDue(String moduleId, LocalDate today) {
        Integer days = publisher.live(moduleId).map(TrainingModule::dueWithinDays).orElse(null);
        return today.plusDays(days == null ? AssignmentRules.DEFAULT_DUE_WITHIN_DAYS : days);
    }
}
