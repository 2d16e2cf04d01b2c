package app.uptake.training.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The quiz attempts table: opening, locking and closing attempts. Callers hold the transaction. */
@Component
public class QuizAttempts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    QuizAttempts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Attempt(long id, String token, long employeeId, String moduleId, String version, String outcome) {

        public boolean open() {
            return "OPEN".equals(outcome);
        }
    }

    /**
     * The learner's open attempt on this version, or a new one. Open attempts on other versions are closed as
     * VOID first: they can no longer be graded.
     */
    public Attempt openOrReuse(long employeeId, String moduleId, String version, int questionCount, Instant now) {
        jdbc.update("update training_quiz_attempt set outcome = 'VOID', submitted_at = ? where employee_id = ? "
                + "and module_id = ? and outcome = 'OPEN' and module_version <> ?", Timestamp.from(now), employeeId,
                moduleId, version);
        Optional<Attempt> open = jdbc.query("select id, token, employee_id, module_id, module_version, outcome "
                + "from training_quiz_attempt where employee_id = ? and module_id = ? and outcome = 'OPEN' order by id",
                QuizAttempts::attempt, employeeId, moduleId).stream().findFirst();
        if (open.isPresent()) {
            return open.get();
        }
        String token = UUID.randomUUID().toString();
        jdbc.update("insert into training_quiz_attempt (token, employee_id, module_id, module_version, started_at, "
                + "outcome, question_count) values (?, ?, ?, ?, ?, 'OPEN', ?)", token, employeeId, moduleId, version,
                Timestamp.from(now), questionCount);
        return findForUpdate(token).orElseThrow();
    }

    /** The attempt with this token, locked until the transaction ends, so one submission grades it. */
    public Optional<Attempt> findForUpdate(String token) {
        return jdbc.query("select id, token, employee_id, module_id, module_version, outcome from training_quiz_attempt "
                + "where token = ? for update", QuizAttempts::attempt, token).stream().findFirst();
    }

    public void close(long attemptId, boolean passed, int correct, Map<String, Set<String>> answers, Instant now) {
        jdbc.update("update training_quiz_attempt set outcome = ?, correct_count = ?, answers = ?, submitted_at = ? "
                + "where id = ?", passed ? "PASSED" : "FAILED", correct, JSON.writeValueAsString(answers),
                Timestamp.from(now), attemptId);
    }

    /** When the learner failed this module's quiz since their last pass (or ever, if they never passed). */
    public List<Instant> failedSinceLastPass(long employeeId, String moduleId) {
        return jdbc.query("select submitted_at from training_quiz_attempt f where f.employee_id = ? and f.module_id = ? "
                + "and f.outcome = 'FAILED' and f.id > coalesce((select max(p.id) from training_quiz_attempt p "
                + "where p.employee_id = f.employee_id and p.module_id = f.module_id and p.outcome = 'PASSED'), 0)",
                (rs, n) -> rs.getTimestamp(1).toInstant(), employeeId, moduleId);
    }

    private static Attempt attempt(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Attempt(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
    }
}
