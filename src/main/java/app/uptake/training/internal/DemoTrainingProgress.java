package app.uptake.training.internal;

import app.uptake.organization.EmployeeDirectory;
import app.uptake.shared.CompanyCalendar;
import app.uptake.training.TrainingModule;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo company a training programme that started {@value #PROGRAMME_AGE_DAYS} days ago, on the first
 * start: the first publications and due dates are moved back accordingly, and everybody but the demo logins
 * (who start fresh) have read lessons, failed and passed quizzes and hold certificates, each at their own
 * pace, so My training, the compliance figures and the reminders have something to show.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("uptake.demo.enabled")
class DemoTrainingProgress implements ApplicationRunner {

    static final int PROGRAMME_AGE_DAYS = 40;
    private static final Logger log = LoggerFactory.getLogger(DemoTrainingProgress.class);

    private final JdbcTemplate jdbc;
    private final ContentPublisher publisher;
    private final Certificates certificates;
    private final EmployeeDirectory directory;
    private final CompanyCalendar calendar;
    private final TransactionTemplate transaction;
    private final long seed;

    DemoTrainingProgress(JdbcTemplate jdbc, ContentPublisher publisher, Certificates certificates,
            EmployeeDirectory directory, CompanyCalendar calendar, PlatformTransactionManager transactions,
            @Value("${uptake.demo.seed:20261122}") long seed) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.certificates = certificates;
        this.directory = directory;
        this.calendar = calendar;
        this.transaction = new TransactionTemplate(transactions);
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer attempts = jdbc.queryForObject("select count(*) from training_quiz_attempt", Integer.class);
        Integer assignments = jdbc.queryForObject("select count(*) from training_assignment", Integer.class);
        if (attempts == null || attempts > 0 || assignments == null || assignments == 0) {
            return;
        }
        int completed = transaction.execute(status -> {
            backdateProgramme();
            return progress();
        });
        log.info("Demo training progress created: {} modules completed", completed);
    }

    /** As if the modules had been published {@value #PROGRAMME_AGE_DAYS} days ago, with due dates to match. */
    private void backdateProgramme() {
        Instant start = calendar.now().minus(Duration.ofDays(PROGRAMME_AGE_DAYS));
        jdbc.update("update training_module_version set published_at = ?", Timestamp.from(start));
        LocalDate published = calendar.dayOf(start);
        Map<String, Integer> dueWithin = new HashMap<>();
        Map<Long, LocalDate> startDates = new HashMap<>();
        directory.everyone().forEach(e -> startDates.put(e.employeeId(), e.startDate()));
        List<Object[]> updates = new ArrayList<>();
        jdbc.query("select id, employee_id, module_id from training_assignment", rs -> {
            String moduleId = rs.getString(3);
            Integer days = dueWithin.computeIfAbsent(moduleId, id -> publisher.live(id).map(TrainingModule::dueWithinDays)
                    .orElse(AssignmentRules.DEFAULT_DUE_WITHIN_DAYS));
            LocalDate from = startDates.getOrDefault(rs.getLong(2), published);
            LocalDate assigned = from.isAfter(published) ? from : published;
            updates.add(new Object[] {Date.valueOf(AssignmentRules.dueOn(from, published, days)),
                    Timestamp.from(assigned.atStartOfDay(calendar.zone()).toInstant()), rs.getLong(1)});
        });
        jdbc.batchUpdate("update training_assignment set due_on = ?, assigned_at = ? where id = ?", updates);
    }

    private int progress() {
        Random random = new Random(seed);
        Set<Long> demoLogins = directory.demoLoginEmployees();
        Map<String, TrainingModule> modules = new HashMap<>();
        Map<Long, Double> diligence = new HashMap<>();
        Instant now = calendar.now();
        int completed = 0;
        List<Object[]> assignments = jdbc.query("select employee_id, module_id, assigned_at from training_assignment "
                + "order by employee_id, module_id", (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant()});
        for (Object[] row : assignments) {
            long employee = (Long) row[0];
            if (demoLogins.contains(employee)) {
                continue;
            }
            TrainingModule module = modules.computeIfAbsent((String) row[1], id -> publisher.live(id).orElse(null));
            if (module == null) {
                continue;
            }
            // some people finish everything early, some hardly start
            double pace = diligence.computeIfAbsent(employee, id -> 0.15 + 0.8 * random.nextDouble());
            Instant assigned = (Instant) row[2];
            long days = Math.max(1, Duration.between(assigned, now).toDays());
            if (random.nextDouble() < pace) {
                Instant done = assigned.plus(Duration.ofHours(6 + random.nextLong(days * 24 - 6 + 1)));
                complete(employee, module, done, random);
                completed++;
            } else if (random.nextDouble() < pace + 0.2) {
                int read = 1 + random.nextInt(module.lessons().size());
                readLessons(employee, module, read, assigned.plus(Duration.ofDays(random.nextLong(days) / 2 + 1)));
            }
        }
        return completed;
    }

    private void complete(long employee, TrainingModule module, Instant done, Random random) {
        Instant read = done.minus(Duration.ofMinutes(module.estimatedMinutes()));
        readLessons(employee, module, module.lessons().size(), read);
        if (random.nextDouble() < 0.3) {
            attempt(employee, module, done.minus(Duration.ofMinutes(20)), false, module.quiz().size() / 2);
        }
        long attempt = attempt(employee, module, done, true, module.quiz().size());
        jdbc.update("update training_assignment set completed_at = ?, completed_version = ?, completed_major = ? "
                + "where employee_id = ? and module_id = ?", Timestamp.from(done), module.version(), module.majorVersion(),
                employee, module.id());
        certificates.issue(employee, attempt, module, done, calendar.dayOf(done));
    }

    private long attempt(long employee, TrainingModule module, Instant at, boolean passed, int correct) {
        String token = UUID.randomUUID().toString();
        jdbc.update("insert into training_quiz_attempt (token, employee_id, module_id, module_version, started_at, "
                + "submitted_at, outcome, correct_count, question_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", token,
                employee, module.id(), module.version(), Timestamp.from(at.minus(Duration.ofMinutes(8))),
                Timestamp.from(at), passed ? "PASSED" : "FAILED", correct, module.quiz().size());
        return jdbc.queryForObject("select id from training_quiz_attempt where token = ?", Long.class, token);
    }

    private void readLessons(long employee, TrainingModule module, int lessons, Instant at) {
        List<Object[]> reads = new ArrayList<>();
        for (int position = 1; position <= lessons; position++) {
            reads.add(new Object[] {employee, module.id(), position, Timestamp.from(at.plus(Duration.ofMinutes(position * 7L)))});
        }
        jdbc.batchUpdate("insert into training_lesson_read (employee_id, module_id, lesson_position, read_at) "
                + "values (?, ?, ?, ?)", reads);
        jdbc.update("update training_assignment set last_lesson = ? where employee_id = ? and module_id = ?", lessons,
                employee, module.id());
    }
}
