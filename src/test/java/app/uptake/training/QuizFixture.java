package app.uptake.training;

import app.uptake.training.internal.ContentPublisher;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes a learner through a module for tests: clean slate, lessons read, right or wrong answers, a pass. A bean of
 * the test context (component scanning finds it), so tests simply inject it.
 */
@Component
public class QuizFixture {

    private final JdbcTemplate jdbc;
    private final ContentPublisher publisher;
    private final MyTrainingService training;
    private final QuizService quiz;

    QuizFixture(JdbcTemplate jdbc, ContentPublisher publisher, MyTrainingService training, QuizService quiz) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.training = training;
        this.quiz = quiz;
    }

    public long employeeId(String login) {
        return jdbc.queryForObject("select id from employee where email = ?", Long.class, login);
    }

    /** Forgets everything the learner did in the module: attempts, certificates, lessons read, completion. */
    public void reset(long employeeId, String moduleId) {
        jdbc.update("delete from training_certificate where employee_id = ? and module_id = ?", employeeId, moduleId);
        jdbc.update("delete from training_quiz_attempt where employee_id = ? and module_id = ?", employeeId, moduleId);
        jdbc.update("delete from training_lesson_read where employee_id = ? and module_id = ?", employeeId, moduleId);
        jdbc.update("update training_assignment set completed_at = null, completed_version = null, completed_major = null, "
                + "last_lesson = null where employee_id = ? and module_id = ?", employeeId, moduleId);
    }

    /** Opens every lesson as the signed-in learner. */
    public void readAllLessons(String moduleId) {
        for (int lesson = 1; lesson <= module(moduleId).lessons().size(); lesson++) {
            training.openLesson(moduleId, lesson, Locale.ENGLISH);
        }
    }

    /** Reads the lessons and passes the quiz as the signed-in learner; returns the certificate code. */
    public String pass(String moduleId) {
        readAllLessons(moduleId);
        return quiz.submit(quiz.start(moduleId, Locale.ENGLISH).attemptToken(), rightAnswers(moduleId), Locale.ENGLISH)
                .certificateCode();
    }

    /** The right answers, from the answer key that never leaves the server. */
    public Map<String, Set<String>> rightAnswers(String moduleId) {
        return module(moduleId).quiz().stream().collect(Collectors.toMap(TrainingModule.Question::id,
                q -> q.options().stream().filter(TrainingModule.Option::correct).map(TrainingModule.Option::id)
                        .collect(Collectors.toSet())));
    }

    /** One wrong option for every question. */
    public Map<String, Set<String>> wrongAnswers(String moduleId) {
        return module(moduleId).quiz().stream().collect(Collectors.toMap(TrainingModule.Question::id,
                q -> Set.of(q.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().id())));
    }

    public TrainingModule module(String moduleId) {
        return publisher.live(moduleId).orElseThrow();
    }
}
