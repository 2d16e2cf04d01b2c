package app.uptake.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import app.uptake.training.QuizFixture;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class QuizViewTest extends UiTest {

    private static final String MODULE = "every-channel-counts";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QuizFixture fixture;
    private long jonas;

    @BeforeEach
    void setUp() {
        jonas = fixture.employeeId(DemoLogins.EMPLOYEE);
        cleanUp();
        signInAs(DemoLogins.EMPLOYEE);
    }

    @AfterEach
    void cleanUp() {
        fixture.reset(jonas, MODULE);
    }

    @SuppressWarnings("unchecked")
    private void answer(Map<String, Set<String>> answers) {
        fixture.module(MODULE).quiz().forEach(question -> {
            Component field = $(Component.class).id("q-" + question.id());
            Set<String> chosen = answers.get(question.id());
            if (question.multiple()) {
                ((CheckboxGroup<String>) field).setValue(chosen);
            } else {
                ((RadioButtonGroup<String>) field).setValue(chosen.iterator().next());
            }
        });
    }

    @Test
    void theQuizWaitsForTheLessons() {
        navigate("quiz/" + MODULE, QuizView.class);
        assertThat($(Paragraph.class).id("quiz-refused").getText()).startsWith("Read all lessons first");
    }

    @Test
    void jonasFailsSeesWhyRetriesPassesAndGetsHisCertificate() {
        fixture.readAllLessons(MODULE);
        navigate(MyTrainingView.class);
        test($(Button.class).id("quiz-" + MODULE)).click();
        assertThat(getCurrentView()).isInstanceOf(QuizView.class);
        assertThat($(H2.class).id("quiz-title").getText()).isEqualTo("Quiz: " + fixture.module(MODULE).title().en());

        // nothing answered: every question says so, and nothing is graded
        test($(Button.class).id("quiz-submit")).click();
        String first = "q-" + fixture.module(MODULE).quiz().getFirst().id();
        assertThat(((HasValidation) $(Component.class).id(first)).isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from training_quiz_attempt where employee_id = ? and module_id = ? "
                + "and outcome = 'OPEN'", Long.class, jonas, MODULE)).isEqualTo(1);

        answer(fixture.wrongAnswers(MODULE));
        test($(Button.class).id("quiz-submit")).click();
        int questions = fixture.module(MODULE).quiz().size();
        assertThat($(H2.class).id("quiz-outcome").getText()).startsWith("Not passed: 0 of " + questions);
        assertThat($(Span.class).id("verdict-" + fixture.module(MODULE).quiz().getFirst().id()).getText())
                .isEqualTo("Not correct");
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Not right: "));

        test($(Button.class).id("quiz-retry")).click();
        answer(fixture.rightAnswers(MODULE));
        test($(Button.class).id("quiz-submit")).click();
        assertThat($(H2.class).id("quiz-outcome").getText()).isEqualTo("Passed: " + questions + " of " + questions
                + " questions correct (100 %).");
        String code = jdbc.queryForObject("select code from training_certificate where employee_id = ? and module_id = ?",
                String.class, jonas, MODULE);
        assertThat($(Span.class).id("quiz-certificate-code").getText()).isEqualTo("Verification code: " + code);
        assertThat($(Anchor.class).id("quiz-certificate").getHref()).isNotBlank();

        navigate(MyTrainingView.class);
        assertThat($(Span.class).id("status-" + MODULE).getText()).isEqualTo("Completed");
        assertThat($(Anchor.class).id("certificate-" + MODULE).getHref()).isNotBlank();
        assertThat($(Anchor.class).id("pdf-" + code).getText()).isEqualTo("Certificate");
    }

    @Test
    void aGermanLearnerGetsTheQuizInGerman() {
        fixture.readAllLessons(MODULE);
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        navigate("quiz/" + MODULE, QuizView.class);
        assertThat($(H2.class).id("quiz-title").getText()).isEqualTo("Quiz: " + fixture.module(MODULE).title().de());
        assertThat($(Button.class).id("quiz-submit").getText()).isEqualTo("Antworten abgeben");
    }
}
