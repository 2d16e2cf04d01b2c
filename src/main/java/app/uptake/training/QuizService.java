package app.uptake.training;

import app.uptake.organization.CurrentUser;
import app.uptake.organization.CurrentUserService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.training.internal.Certificates;
import app.uptake.training.internal.ContentPublisher;
import app.uptake.training.internal.QuizAttempts;
import app.uptake.training.internal.QuizGrader;
import app.uptake.training.internal.RetryPolicy;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's quiz on an assigned module. The questions go to the browser without the answer key; answers come
 * back with the token of an open attempt and are graded here, against the version the attempt was opened on.
 * Passing completes the assignment, issues a certificate and announces {@link TrainingCompleted}.
 */
@Service
public class QuizService {

    private final JdbcTemplate jdbc;
    private final ContentPublisher publisher;
    private final QuizAttempts attempts;
    private final Certificates certificates;
    private final RetryPolicy retries;
    private final CurrentUserService users;
    private final CompanyCalendar calendar;
    private final ApplicationEventPublisher events;

    QuizService(JdbcTemplate jdbc, ContentPublisher publisher, QuizAttempts attempts, Certificates certificates,
            RetryPolicy retries, CurrentUserService users, CompanyCalendar calendar, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.attempts = attempts;
        this.certificates = certificates;
        this.retries = retries;
        this.users = users;
        this.calendar = calendar;
        this.events = events;
    }

    /**
     * Opens an attempt (or goes on with the caller's open one) and returns the questions.
     *
     * @throws AccessDeniedException  when the module is not assigned to the caller
     * @throws NoSuchElementException when no version of the module is in force
     * @throws BusinessRuleException  {@code training.quiz.completed}, {@code training.quiz.readFirst} (lessons
     *                                left) or {@code training.quiz.coolDown} (minutes to wait)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public QuizSheet start(String moduleId, Locale locale) {
        CurrentUser me = users.require();
        Assignment assignment = assignment(me.employeeId(), moduleId);
        TrainingModule module = live(moduleId);
        if (assignment.completed()) {
            throw new BusinessRuleException("training.quiz.completed");
        }
        int unread = module.lessons().size() - lessonsRead(me.employeeId(), module);
        if (unread > 0) {
            throw new BusinessRuleException("training.quiz.readFirst", unread);
        }
        Instant now = calendar.now();
        long wait = minutesUntilRetry(me.employeeId(), moduleId, now);
        if (wait > 0) {
            throw new BusinessRuleException("training.quiz.coolDown", wait);
        }
        QuizAttempts.Attempt attempt = attempts.openOrReuse(me.employeeId(), moduleId, module.version(),
                module.quiz().size(), now);
        List<QuizSheet.Question> questions = new ArrayList<>();
        for (int i = 0; i < module.quiz().size(); i++) {
            TrainingModule.Question q = module.quiz().get(i);
            questions.add(new QuizSheet.Question(q.id(), i + 1, q.multiple(), q.text().in(locale), q.options().stream()
                    .map(o -> new QuizSheet.Option(o.id(), o.text().in(locale))).toList()));
        }
        return new QuizSheet(attempt.token(), moduleId, module.title().in(locale), module.version(), module.passMark(),
                questions);
    }

    /**
     * Grades the answers of an open attempt of the caller.
     *
     * @param answers question id → chosen option ids
     * @throws BusinessRuleException {@code training.quiz.noAttempt} for a token that is not the caller's,
     *                               {@code training.quiz.submitted} for a replay, {@code training.quiz.moduleChanged}
     *                               when a new version went live meanwhile, and what {@link QuizGrader#check}
     *                               refuses; none of them changes anything
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public QuizResult submit(String attemptToken, Map<String, Set<String>> answers, Locale locale) {
        CurrentUser me = users.require();
        QuizAttempts.Attempt attempt = attempts.findForUpdate(attemptToken)
                .filter(a -> a.employeeId() == me.employeeId())
                .orElseThrow(() -> new BusinessRuleException("training.quiz.noAttempt"));
        if (!attempt.open()) {
            throw new BusinessRuleException("training.quiz.submitted");
        }
        TrainingModule module = live(attempt.moduleId());
        if (!module.version().equals(attempt.version())) {
            throw new BusinessRuleException("training.quiz.moduleChanged");
        }
        QuizGrader.check(module.quiz(), answers);
        QuizGrader.Grading grading = QuizGrader.grade(module.quiz(), answers, module.passMark());
        Instant now = calendar.now();
        attempts.close(attempt.id(), grading.passed(), grading.correct(), answers, now);

        String code = null;
        long wait = 0;
        if (grading.passed()) {
            code = complete(me.employeeId(), attempt.id(), module, now);
        } else {
            wait = minutesUntilRetry(me.employeeId(), module.id(), now);
        }
        return new QuizResult(module.id(), grading.passed(), grading.correct(), grading.total(), grading.scorePercent(),
                module.passMark(), feedback(module, answers, grading, locale), code, wait);
    }

    private String complete(long employeeId, long attemptId, TrainingModule module, Instant now) {
        jdbc.update("update training_assignment set completed_at = ?, completed_version = ?, completed_major = ? "
                + "where employee_id = ? and module_id = ? and completed_at is null", Timestamp.from(now),
                module.version(), module.majorVersion(), employeeId, module.id());
        Certificates.Certificate certificate = certificates.issue(employeeId, attemptId, module, now, calendar.dayOf(now));
        events.publishEvent(new TrainingCompleted(employeeId, module.id(), module.version(), now, certificate.code()));
        return certificate.code();
    }

    private static List<QuizResult.Feedback> feedback(TrainingModule module, Map<String, Set<String>> answers,
            QuizGrader.Grading grading, Locale locale) {
        List<QuizResult.Feedback> feedback = new ArrayList<>();
        for (int i = 0; i < module.quiz().size(); i++) {
            TrainingModule.Question q = module.quiz().get(i);
            Set<String> chosen = answers.getOrDefault(q.id(), Set.of());
            List<String> wrong = q.options().stream().filter(o -> !o.correct() && chosen.contains(o.id()))
                    .map(o -> o.text().in(locale)).toList();
            int missed = (int) q.options().stream().filter(o -> o.correct() && !chosen.contains(o.id())).count();
            feedback.add(new QuizResult.Feedback(q.id(), i + 1, q.text().in(locale), grading.correctByQuestion().get(q.id()),
                    wrong, missed, q.explanation().in(locale)));
        }
        return feedback;
    }

    private long minutesUntilRetry(long employeeId, String moduleId, Instant now) {
        Optional<Instant> next = retries.nextAttemptAt(attempts.failedSinceLastPass(employeeId, moduleId), now);
        // rounded up, so "in 1 minute" is never shown for a wait that has not run out
        return next.map(at -> (Duration.between(now, at).toSeconds() + 59) / 60).orElse(0L);
    }

    private record Assignment(boolean completed) {
    }

    private Assignment assignment(long employeeId, String moduleId) {
        return jdbc.query("select completed_at from training_assignment where employee_id = ? and module_id = ?",
                (rs, n) -> new Assignment(rs.getTimestamp(1) != null), employeeId, moduleId).stream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("Module " + moduleId + " is not assigned to the caller"));
    }

    private TrainingModule live(String moduleId) {
        return publisher.live(moduleId)
                .orElseThrow(() -> new NoSuchElementException("No version of " + moduleId + " is in force"));
    }

    private int lessonsRead(long employeeId, TrainingModule module) {
        Set<Integer> positions = new HashSet<>(jdbc.queryForList("select lesson_position from training_lesson_read "
                + "where employee_id = ? and module_id = ?", Integer.class, employeeId, module.id()));
        return (int) module.lessons().stream().filter(l -> positions.contains(l.position())).count();
    }
}
