package app.uptake.training;

import app.uptake.organization.CurrentUser;
import app.uptake.organization.CurrentUserService;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.LocalizedText;
import app.uptake.training.internal.ContentPublisher;
import app.uptake.training.internal.LessonRenderer;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in learner's own training: their assignments and the lessons of the modules assigned to them. */
@Service
public class MyTrainingService {

    private final JdbcTemplate jdbc;
    private final ContentPublisher publisher;
    private final CurrentUserService users;
    private final CompanyCalendar calendar;

    MyTrainingService(JdbcTemplate jdbc, ContentPublisher publisher, CurrentUserService users, CompanyCalendar calendar) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.users = users;
        this.calendar = calendar;
    }

    /** The caller's assignments, soonest due first, with the titles of the versions in force. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyAssignment> mine(Locale locale) {
        CurrentUser me = users.require();
        LocalDate today = calendar.today();
        return jdbc.query("""
                select a.module_id, a.due_on, a.last_lesson, a.completed_at, v.title_en, v.title_de, v.mandatory,
                       v.lesson_count,
                       (select count(*) from training_lesson_read r where r.employee_id = a.employee_id
                          and r.module_id = a.module_id and r.lesson_position <= v.lesson_count) as lessons_read,
                       a.completed_version,
                       (select max(c.code) from training_certificate c where c.employee_id = a.employee_id
                          and c.module_id = a.module_id and c.issued_at = (select max(d.issued_at)
                          from training_certificate d where d.employee_id = a.employee_id
                          and d.module_id = a.module_id)) as certificate
                from training_assignment a
                join training_module_version v on v.id = (select max(w.id) from training_module_version w
                                                          where w.module_id = a.module_id)
                where a.employee_id = ?""", (rs, n) -> {
            LocalDate due = rs.getDate(2).toLocalDate();
            int lastLesson = rs.getInt(3);
            boolean started = !rs.wasNull();
            boolean completed = rs.getTimestamp(4) != null;
            int lessonCount = rs.getInt(8);
            int read = rs.getInt(9);
            TrainingStatus status = TrainingStatus.of(completed, due, today, started || read > 0);
            int next = started ? Math.max(1, Math.min(lastLesson, lessonCount)) : 1;
            boolean recertifying = !completed && rs.getString(10) != null;
            return new MyAssignment(rs.getString(1), new LocalizedText(rs.getString(5), rs.getString(6)).in(locale), status, due,
                    rs.getBoolean(7), read, lessonCount, next, started, recertifying, rs.getString(11));
        }, me.employeeId()).stream()
                .sorted(Comparator.comparing(MyAssignment::dueOn).thenComparing(MyAssignment::title))
                .toList();
    }

    /**
     * Opens a lesson of a module assigned to the caller: records it as read and remembers it as the place where
     * the caller stopped.
     *
     * @throws AccessDeniedException  when the module is not assigned to the caller
     * @throws NoSuchElementException when the module has no version in force or no lesson at the position
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public LessonPage openLesson(String moduleId, int position, Locale locale) {
        CurrentUser me = users.require();
        Integer assigned = jdbc.queryForObject("select count(*) from training_assignment where employee_id = ? "
                + "and module_id = ?", Integer.class, me.employeeId(), moduleId);
        if (assigned == null || assigned == 0) {
            throw new AccessDeniedException("Module " + moduleId + " is not assigned to the caller");
        }
        TrainingModule module = publisher.live(moduleId)
                .orElseThrow(() -> new NoSuchElementException("No version of " + moduleId + " is in force"));
        TrainingModule.Lesson lesson = module.lessons().stream().filter(l -> l.position() == position).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Module " + moduleId + " has no lesson " + position));

        Timestamp now = Timestamp.from(calendar.now());
        // the first opening counts; opening it again changes nothing
        jdbc.update("insert into training_lesson_read (employee_id, module_id, lesson_position, read_at) select ?, ?, ?, ? "
                + "where not exists (select 1 from training_lesson_read where employee_id = ? and module_id = ? "
                + "and lesson_position = ?)", me.employeeId(), moduleId, position, now, me.employeeId(), moduleId, position);
        jdbc.update("update training_assignment set last_lesson = ? where employee_id = ? and module_id = ?",
                position, me.employeeId(), moduleId);

        String language = new LocalizedText("en", "de").in(locale);
        return new LessonPage(moduleId, module.title().in(locale), position, module.lessons().size(),
                lesson.titleByLanguage().get(language),
                LessonRenderer.toHtml(lesson.markdownByLanguage().get(language), module.images()));
    }
}
