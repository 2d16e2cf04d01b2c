package app.uptake.goals.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.goals.progress.GoalStatusThresholdService;
import app.uptake.shared.ui.NotFoundView;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GoalStatusThresholdsViewTest extends UiTest {

    @Autowired
    GoalStatusThresholdService thresholds;

    @AfterEach
    void restoreDefaults() {
        signInAs(DemoLogins.ADMIN);
        thresholds.update(new BigDecimal("95"), new BigDecimal("80"));
    }

    @Test
    void theAdminSetsThresholdsAndBadInputIsShownAtTheField() {
        signInAs(DemoLogins.ADMIN);
        navigate(GoalStatusThresholdsView.class);
        TextField onTrack = $(TextField.class).id("on-track-threshold");
        TextField atRisk = $(TextField.class).id("at-risk-threshold");
        assertThat(onTrack.getValue()).isEqualTo("95");
        assertThat(atRisk.getValue()).isEqualTo("80");

        test(onTrack).setValue("ninety");
        test($(Button.class).id("save-goal-thresholds")).click();
        assertThat(onTrack.isInvalid()).isTrue();
        assertThat(onTrack.getErrorMessage()).isEqualTo("Enter a number, e.g. 95 or 92.5.");

        test(onTrack).setValue("75");
        test($(Button.class).id("save-goal-thresholds")).click();
        assertThat(onTrack.getErrorMessage()).isEqualTo("The on-track threshold must be above the at-risk threshold.");

        test(onTrack).setValue("90");
        test(atRisk).setValue("250");
        test($(Button.class).id("save-goal-thresholds")).click();
        assertThat(atRisk.isInvalid()).isTrue();
        assertThat(atRisk.getErrorMessage()).isEqualTo("Enter a percentage from 0 to 200.");
        assertThat(thresholds.current().onTrackPercent()).isEqualByComparingTo("95");

        test(atRisk).setValue("72.5 %");
        test($(Button.class).id("save-goal-thresholds")).click();
        assertThat(onTrack.isInvalid()).isFalse();
        assertThat(atRisk.isInvalid()).isFalse();
        assertThat(thresholds.current().onTrackPercent()).isEqualByComparingTo("90");
        assertThat(thresholds.current().atRiskPercent()).isEqualByComparingTo("72.5");
        assertThat($(Paragraph.class).id("goal-thresholds-example").getText()).startsWith("A goal at 90 % or more");
    }

    @Test
    void speaksGermanAndTakesADecimalComma() {
        signInAs(DemoLogins.ADMIN);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(GoalStatusThresholdsView.class);
        TextField onTrack = $(TextField.class).id("on-track-threshold");
        assertThat(onTrack.getLabel()).isEqualTo("Im Plan ab");
        test(onTrack).setValue("97,5");
        test($(Button.class).id("save-goal-thresholds")).click();
        assertThat(thresholds.current().onTrackPercent()).isEqualByComparingTo("97.5");
        assertThat(onTrack.getValue()).isEqualTo("97,5");
        test(onTrack).setValue("neunzig");
        test($(Button.class).id("save-goal-thresholds")).click();
        assertThat(onTrack.getErrorMessage()).isEqualTo("Geben Sie eine Zahl ein, z. B. 95 oder 92,5.");
    }

    @Test
    void otherRolesCannotOpenIt() {
        signInAs(DemoLogins.EXECUTIVE);
        navigate("admin/goals/thresholds", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
