package app.uptake.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class MyTrainingViewTest extends UiTest {

    @Autowired
    JdbcTemplate jdbc;

    private List<String> shownModules() {
        return $(H3.class).all().stream().map(h -> h.getId().orElse("")).filter(id -> id.startsWith("title-"))
                .map(id -> id.substring("title-".length())).filter(id -> !id.startsWith("test-")).toList();
    }

    @Test
    void jonasOpensAModuleReadsOnAndThenContinuesWhereHeStopped() {
        signInAs(DemoLogins.EMPLOYEE);
        navigate(MyTrainingView.class);
        assertThat(shownModules()).containsExactlyInAnyOrder("crm-way-of-working", "customer-data-protection",
                "customer-value-and-service-levels", "dashboard-and-incentive-statement", "every-channel-counts",
                "goal-map-and-metrics", "opportunity-management", "relationship-management", "why-crm-fails");
        assertThat($(H3.class).id("title-relationship-management").getText())
                .isEqualTo("Relationship management – customer knowledge belongs in the CRM");
        assertThat($(Span.class).id("mandatory-relationship-management").getText()).isEqualTo("Mandatory");

        test($(Button.class).id("open-relationship-management")).click();
        assertThat(getCurrentView()).isInstanceOf(LessonView.class);
        assertThat($(Span.class).id("lesson-position").getText()).isEqualTo("Lesson 1 of 4");
        assertThat($(Button.class).id("lesson-previous").isEnabled()).isFalse();
        test($(Button.class).id("lesson-next")).click();
        assertThat($(Span.class).id("lesson-position").getText()).isEqualTo("Lesson 2 of 4");
        assertThat($(H2.class).id("lesson-title").getText()).isNotBlank();
        assertThat($(Html.class).id("lesson-content").getInnerHtml()).contains("<p>");

        navigate(MyTrainingView.class);
        assertThat($(Span.class).id("status-relationship-management").getText()).isEqualTo("In progress");
        assertThat($(Span.class).id("lessons-relationship-management").getText()).isEqualTo("2 of 4 lessons read");
        assertThat($(ProgressBar.class).id("progress-relationship-management").getValue()).isEqualTo(0.5);
        Button resume = $(Button.class).id("open-relationship-management");
        assertThat(resume.getText()).isEqualTo("Continue");
        test(resume).click();
        assertThat($(Span.class).id("lesson-position").getText()).isEqualTo("Lesson 2 of 4");
    }

    @Test
    void theSoonestDueComesFirst() {
        signInAs(DemoLogins.EMPLOYEE);
        navigate(MyTrainingView.class);
        List<String> shown = shownModules();
        long jonas = jdbc.queryForObject("select id from employee where email = ?", Long.class, DemoLogins.EMPLOYEE);
        List<java.time.LocalDate> dues = shown.stream().map(m -> jdbc.queryForObject("select due_on from "
                + "training_assignment where employee_id = ? and module_id = ?", java.time.LocalDate.class, jonas, m)).toList();
        assertThat(dues).isSorted();
    }

    @Test
    void aGermanSessionReadsTheLessonInGerman() {
        signInAs(DemoLogins.EMPLOYEE);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("training/goal-map-and-metrics/2", LessonView.class);
        assertThat($(Span.class).id("lesson-position").getText()).isEqualTo("Lektion 2 von 4");
        assertThat($(Span.class).id("lesson-module").getText()).isEqualTo("Unsere Zielkarte und Ihre Kennzahlen");
        // the module's own picture is embedded from the published content, in German
        assertThat($(Html.class).id("lesson-content").getInnerHtml()).contains("data:image/svg+xml;base64,")
                .contains("Zielkarte von der Geschäftsführung");
    }

    @Test
    void aModuleNotAssignedToJonasIsNotFound() {
        signInAs(DemoLogins.EMPLOYEE);
        navigate("training/leading-the-change/1", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(app.uptake.shared.ui.NotFoundView.class);
        navigate("training/crm-way-of-working/99", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(app.uptake.shared.ui.NotFoundView.class);
    }
}
