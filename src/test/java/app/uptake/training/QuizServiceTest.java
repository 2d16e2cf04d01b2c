package app.uptake.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.shared.BusinessRuleException;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class QuizServiceTest extends UiTest {

    private static final String MODULE = "crm-way-of-working";

    @Autowired
    QuizService quiz;
    @Autowired
    MyTrainingService training;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @Autowired
    QuizFixture fixture;
    private long employee;

    @BeforeEach
    void freshStart() {
        employee = fixture.employeeId(DemoLogins.EMPLOYEE);
        reset();
        signInAs(DemoLogins.EMPLOYEE);
    }

    @AfterEach
    void reset() {
        fixture.reset(employee, MODULE);
    }

    private void readAllLessons() {
        fixture.readAllLessons(MODULE);
    }

    private int lessons() {
        return fixture.module(MODULE).lessons().size();
    }

    private Map<String, Set<String>> rightAnswers() {
        return fixture.rightAnswers(MODULE);
    }

    private Map<String, Set<String>> wrongAnswers() {
        return fixture.wrongAnswers(MODULE);
    }

    private long attempts(String outcome) {
        return jdbc.queryForObject("select count(*) from training_quiz_attempt where employee_id = ? and module_id = ? "
                + "and outcome = ?", Long.class, employee, MODULE, outcome);
    }

    private static BusinessRuleException refusal(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void theQuizOpensOnlyAfterEveryLessonWasRead() {
        training.openLesson(MODULE, 1, Locale.ENGLISH);
        BusinessRuleException refused = refusal(() -> quiz.start(MODULE, Locale.ENGLISH));
        assertThat(refused.messageKey()).isEqualTo("training.quiz.readFirst");
        assertThat(refused.args()).containsExactly(lessons() - 1);
        assertThat(attempts("OPEN")).isZero();
    }

    @Test
    void aModuleNotAssignedHasNoQuiz() {
        assertThatThrownBy(() -> quiz.start("leading-the-change", Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void failingShowsWhatWasWrongThenPassingCompletesAndCertifies() {
        readAllLessons();
        QuizSheet sheet = quiz.start(MODULE, Locale.GERMAN);
        assertThat(sheet.questions()).hasSize(rightAnswers().size());
        assertThat(sheet.questions().getFirst().number()).isEqualTo(1);
        // reopening the page goes on with the same attempt
        assertThat(quiz.start(MODULE, Locale.GERMAN).attemptToken()).isEqualTo(sheet.attemptToken());

        QuizResult failed = quiz.submit(sheet.attemptToken(), wrongAnswers(), Locale.GERMAN);
        assertThat(failed.passed()).isFalse();
        assertThat(failed.correct()).isZero();
        assertThat(failed.scorePercent()).isZero();
        assertThat(failed.certificateCode()).isNull();
        assertThat(failed.minutesUntilRetry()).isZero();
        assertThat(failed.feedback()).allSatisfy(f -> {
            assertThat(f.correct()).isFalse();
            assertThat(f.wrongChoices()).hasSize(1);
            assertThat(f.missedCount()).isPositive();
            assertThat(f.explanation()).isNotBlank();
        });
        assertThat(training.mine(Locale.ENGLISH)).filteredOn(a -> a.moduleId().equals(MODULE)).singleElement()
                .satisfies(a -> assertThat(a.status()).isNotEqualTo(TrainingStatus.COMPLETED));
        assertThat(events.stream(TrainingCompleted.class)).isEmpty();

        QuizSheet retry = quiz.start(MODULE, Locale.ENGLISH);
        assertThat(retry.attemptToken()).isNotEqualTo(sheet.attemptToken());
        QuizResult passed = quiz.submit(retry.attemptToken(), rightAnswers(), Locale.ENGLISH);
        assertThat(passed.passed()).isTrue();
        assertThat(passed.scorePercent()).isEqualTo(100);
        assertThat(passed.certificateCode()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(passed.feedback()).allSatisfy(f -> assertThat(f.correct()).isTrue());

        assertThat(events.stream(TrainingCompleted.class)).singleElement().satisfies(done -> {
            assertThat(done.employeeId()).isEqualTo(employee);
            assertThat(done.moduleId()).isEqualTo(MODULE);
            assertThat(done.certificateCode()).isEqualTo(passed.certificateCode());
        });
        assertThat(training.mine(Locale.ENGLISH)).filteredOn(a -> a.moduleId().equals(MODULE)).singleElement()
                .satisfies(a -> {
                    assertThat(a.status()).isEqualTo(TrainingStatus.COMPLETED);
                    assertThat(a.certificateCode()).isEqualTo(passed.certificateCode());
                    assertThat(a.quizReady()).isFalse();
                });
        assertThat(jdbc.queryForObject("select completed_version from training_assignment where employee_id = ? "
                + "and module_id = ?", String.class, employee, MODULE)).isEqualTo(fixture.module(MODULE).version());
        assertThat(attempts("FAILED")).isEqualTo(1);
        assertThat(attempts("PASSED")).isEqualTo(1);
        assertThat(refusal(() -> quiz.start(MODULE, Locale.ENGLISH)).messageKey()).isEqualTo("training.quiz.completed");
    }

    @Test
    void afterTheFreeRetryTheNextAttemptWaitsTheCoolDown() {
        readAllLessons();
        quiz.submit(quiz.start(MODULE, Locale.ENGLISH).attemptToken(), wrongAnswers(), Locale.ENGLISH);
        QuizResult second = quiz.submit(quiz.start(MODULE, Locale.ENGLISH).attemptToken(), wrongAnswers(), Locale.ENGLISH);
        assertThat(second.minutesUntilRetry()).isEqualTo(30);
        BusinessRuleException waiting = refusal(() -> quiz.start(MODULE, Locale.ENGLISH));
        assertThat(waiting.messageKey()).isEqualTo("training.quiz.coolDown");
        assertThat(waiting.args()).containsExactly(30L);

        // 31 minutes later
        jdbc.update("update training_quiz_attempt set submitted_at = submitted_at - interval '31' minute "
                + "where employee_id = ? and module_id = ?", employee, MODULE);
        assertThat(quiz.start(MODULE, Locale.ENGLISH).attemptToken()).isNotBlank();
    }

    @Test
    void replayedForeignAndUnknownSubmissionsChangeNothing() {
        readAllLessons();
        String token = quiz.start(MODULE, Locale.ENGLISH).attemptToken();
        quiz.submit(token, wrongAnswers(), Locale.ENGLISH);
        assertThat(refusal(() -> quiz.submit(token, rightAnswers(), Locale.ENGLISH)).messageKey())
                .isEqualTo("training.quiz.submitted");
        assertThat(refusal(() -> quiz.submit("not-a-token", rightAnswers(), Locale.ENGLISH)).messageKey())
                .isEqualTo("training.quiz.noAttempt");

        String open = quiz.start(MODULE, Locale.ENGLISH).attemptToken();
        signInAs(DemoLogins.MANAGER);
        assertThat(refusal(() -> quiz.submit(open, rightAnswers(), Locale.ENGLISH)).messageKey())
                .isEqualTo("training.quiz.noAttempt");
        assertThat(attempts("PASSED")).isZero();
        assertThat(attempts("FAILED")).isEqualTo(1);
        assertThat(attempts("OPEN")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from training_assignment where employee_id = ? and module_id = ? "
                + "and completed_at is null", Long.class, employee, MODULE)).isEqualTo(1);
    }

    @Test
    void incompleteOrTamperedAnswersAreRefusedAndTheAttemptStaysOpen() {
        readAllLessons();
        String token = quiz.start(MODULE, Locale.ENGLISH).attemptToken();
        Map<String, Set<String>> missing = new HashMap<>(rightAnswers());
        missing.remove("q2");
        BusinessRuleException unanswered = refusal(() -> quiz.submit(token, missing, Locale.ENGLISH));
        assertThat(unanswered.messageKey()).isEqualTo("training.quiz.unanswered");
        assertThat(unanswered.field()).isEqualTo("q2");

        Map<String, Set<String>> forged = new HashMap<>(rightAnswers());
        forged.put("q1", Set.of("a", "b", "c"));
        assertThat(refusal(() -> quiz.submit(token, forged, Locale.ENGLISH)).messageKey()).isEqualTo("training.quiz.tampered");
        Map<String, Set<String>> extra = new HashMap<>(rightAnswers());
        extra.put("q99", Set.of("a"));
        assertThat(refusal(() -> quiz.submit(token, extra, Locale.ENGLISH)).messageKey()).isEqualTo("training.quiz.tampered");

        assertThat(attempts("OPEN")).isEqualTo(1);
        assertThat(quiz.submit(token, rightAnswers(), Locale.ENGLISH).passed()).isTrue();
    }

    @Test
    void anAttemptOpenedOnAnEarlierVersionCannotBeGraded() {
        readAllLessons();
        String token = quiz.start(MODULE, Locale.ENGLISH).attemptToken();
        // as if the module had been republished as a new version while the learner answered
        jdbc.update("update training_quiz_attempt set module_version = '0.9.0' where token = ?", token);
        assertThat(refusal(() -> quiz.submit(token, rightAnswers(), Locale.ENGLISH)).messageKey())
                .isEqualTo("training.quiz.moduleChanged");
        // starting again closes the stale attempt and opens one on the version in force
        String fresh = quiz.start(MODULE, Locale.ENGLISH).attemptToken();
        assertThat(fresh).isNotEqualTo(token);
        assertThat(attempts("VOID")).isEqualTo(1);
        assertThat(quiz.submit(fresh, rightAnswers(), Locale.ENGLISH).passed()).isTrue();
    }

    @Test
    void theSheetCarriesNoAnswerKey() {
        readAllLessons();
        QuizSheet sheet = quiz.start(MODULE, Locale.ENGLISH);
        assertThat(List.of(QuizSheet.Option.class.getRecordComponents())).extracting(c -> c.getName())
                .containsExactly("id", "text");
        assertThat(sheet.toString()).doesNotContain("correct", "explanation");
    }
}
