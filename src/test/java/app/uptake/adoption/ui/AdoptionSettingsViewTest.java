package app.uptake.adoption.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.adoption.AdoptionComponent;
import app.uptake.adoption.AdoptionSettings;
import app.uptake.adoption.AdoptionSettingsService;
import app.uptake.organization.JobRole;
import app.uptake.shared.ui.NotFoundView;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdoptionSettingsViewTest extends UiTest {

    @Autowired
    AdoptionSettingsService settings;

    private AdoptionSettings before;

    @BeforeEach
    void remember() {
        signInAs(DemoLogins.ADMIN);
        before = settings.current();
    }

    @AfterEach
    void restore() {
        signInAs(DemoLogins.ADMIN);
        settings.update(before);
    }

    @Test
    void theAdminSetsWeightsNormsAndGroupSizeAndBadInputIsShownWhereItBelongs() {
        navigate(AdoptionSettingsView.class);
        TextField usage = $(TextField.class).id("weight-USAGE");
        TextField logging = $(TextField.class).id("weight-LOGGING");
        assertThat(usage.getValue()).isEqualTo("30");
        assertThat($(Span.class).id("weight-sum").getText()).startsWith("Sum of the weights: 100 %");
        assertThat($(Div.class).id("explain-QUALITY").getElement().getTextRecursively())
                .contains("required fields");

        test(usage).setValue("40");
        assertThat($(Span.class).id("weight-sum").getText()).startsWith("Sum of the weights: 110 %");
        test($(Button.class).id("save-adoption-settings")).click();
        TextField weightsError = $(TextField.class).id("weights-error");
        assertThat(weightsError.isVisible()).isTrue();
        assertThat(weightsError.getErrorMessage())
                .isEqualTo("The weights add up to 110 %; they must add up to exactly 100 %.");
        assertThat(settings.current()).isEqualTo(before);

        test(logging).setValue("zehn");
        test($(Button.class).id("save-adoption-settings")).click();
        assertThat(logging.isInvalid()).isTrue();
        assertThat(logging.getErrorMessage()).isEqualTo("Enter a number, e.g. 20 or 12.5.");

        test(logging).setValue("10");
        TextField norm = $(TextField.class).id("norm-INSIDE_SALES");
        test(norm).setValue("30.5");
        IntegerField minimum = $(IntegerField.class).id("min-group-size");
        test(minimum).setValue(1);
        test($(Button.class).id("save-adoption-settings")).click();
        assertThat(minimum.isInvalid()).isTrue();
        assertThat(minimum.getErrorMessage()).isEqualTo("Enter a minimum group size from 2 to 100.");

        test(minimum).setValue(8);
        test($(Button.class).id("save-adoption-settings")).click();
        AdoptionSettings saved = settings.current();
        assertThat(saved.weights().of(AdoptionComponent.USAGE)).isEqualByComparingTo("40");
        assertThat(saved.weights().of(AdoptionComponent.LOGGING)).isEqualByComparingTo("10");
        assertThat(saved.normOf(JobRole.INSIDE_SALES)).isEqualByComparingTo("30.5");
        assertThat(saved.minGroupSize()).isEqualTo(8);
        assertThat(weightsError.isVisible()).isFalse();
    }

    @Test
    void speaksGermanAndTakesADecimalComma() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(AdoptionSettingsView.class);
        TextField norm = $(TextField.class).id("norm-SERVICE_AGENT");
        assertThat($(TextField.class).id("weight-USAGE").getLabel()).isEqualTo("CRM-Nutzung");
        test(norm).setValue("17,5");
        test($(Button.class).id("save-adoption-settings")).click();
        assertThat(settings.current().normOf(JobRole.SERVICE_AGENT)).isEqualByComparingTo("17.5");
        assertThat(norm.getValue()).isEqualTo("17,5");
    }

    @Test
    void otherRolesCannotOpenIt() {
        signInAs(DemoLogins.EXECUTIVE);
        navigate("adoption/settings", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
