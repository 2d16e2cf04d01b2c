package app.uptake.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.time.LocalDate;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class MyTrainingServiceTest extends UiTest {

    @Autowired
    MyTrainingService training;
    @Autowired
    JdbcTemplate jdbc;

    private long id(String login) {
        return jdbc.queryForObject("select id from employee where email = ?", Long.class, login);
    }

    @Test
    void everybodySeesOnlyTheirOwnAssignments() {
        signInAs(DemoLogins.EMPLOYEE);
        assertThat(training.mine(Locale.ENGLISH)).extracting(MyAssignment::moduleId)
                .contains("crm-way-of-working").doesNotContain("leading-the-change");
        signInAs(DemoLogins.MANAGER);
        assertThat(training.mine(Locale.GERMAN)).extracting(MyAssignment::moduleId).contains("leading-the-change");
        assertThat(training.mine(Locale.GERMAN)).filteredOn(a -> a.moduleId().equals("leading-the-change"))
                .extracting(MyAssignment::title).containsExactly("Die CRM-Veränderung führen");
    }

    @Test
    void aModuleNotAssignedIsRefusedAndAMissingLessonIsNotFound() {
        signInAs(DemoLogins.EMPLOYEE);
        assertThatThrownBy(() -> training.openLesson("leading-the-change", 1, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> training.openLesson("no-such-module", 1, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> training.openLesson("crm-way-of-working", 0, Locale.ENGLISH))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void openingALessonRecordsItOnceForTheCallerOnly() {
        signInAs(DemoLogins.MANAGER);
        LessonPage page = training.openLesson("leading-the-change", 3, Locale.ENGLISH);
        training.openLesson("leading-the-change", 3, Locale.ENGLISH);
        assertThat(page.position()).isEqualTo(3);
        assertThat(page.hasNext()).isFalse();
        assertThat(page.html()).startsWith("<div class=\"lesson\">");
        assertThat(jdbc.queryForObject("select count(*) from training_lesson_read where employee_id = ? "
                + "and module_id = 'leading-the-change' and lesson_position = 3", Long.class, id(DemoLogins.MANAGER)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select last_lesson from training_assignment where employee_id = ? "
                + "and module_id = 'leading-the-change'", Integer.class, id(DemoLogins.MANAGER))).isEqualTo(3);
        assertThat(training.mine(Locale.ENGLISH)).filteredOn(a -> a.moduleId().equals("leading-the-change"))
                .singleElement().satisfies(a -> {
                    assertThat(a.started()).isTrue();
                    assertThat(a.nextLesson()).isEqualTo(3);
                });
    }

    @Test
    void aModuleNotCompletedByItsDueDateIsOverdue() {
        signInAs(DemoLogins.EXECUTIVE);
        jdbc.update("update training_assignment set due_on = ? where employee_id = ? and module_id = 'why-crm-fails'",
                LocalDate.now().minusDays(3), id(DemoLogins.EXECUTIVE));
        assertThat(training.mine(Locale.ENGLISH)).filteredOn(a -> a.moduleId().equals("why-crm-fails"))
                .extracting(MyAssignment::status).containsExactly(TrainingStatus.OVERDUE);
        jdbc.update("update training_assignment set completed_at = current_timestamp where employee_id = ? "
                + "and module_id = 'why-crm-fails'", id(DemoLogins.EXECUTIVE));
        assertThat(training.mine(Locale.ENGLISH)).filteredOn(a -> a.moduleId().equals("why-crm-fails"))
                .extracting(MyAssignment::status).containsExactly(TrainingStatus.COMPLETED);
        // the overdue module comes first
        assertThat(training.mine(Locale.ENGLISH)).extracting(MyAssignment::dueOn).isSorted();
    }
}
