package app.uptake.incentives.run.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.incentives.run.RunTest;
import app.uptake.support.DemoLogins;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The what-if page: the employee's figures so far in the form, and an estimate with its explanation. */
class WhatIfViewTest extends RunTest {

    @Test
    void anEmployeeChangesAFigureAndSeesTheEstimate() {
        long planId = teamPlan(false);
        signInAs(DemoLogins.EMPLOYEE);
        navigate(WhatIfView.class);
        assertThat($(Span.class).id("what-if-current-" + planId).getText()).startsWith("Payout with your figures so far: €");
        BigDecimalField calls = $(BigDecimalField.class).id("what-if-" + planId + "-CALLS");
        assertThat(calls.getHelperText()).startsWith("Target 10");
        calls.setValue(new BigDecimal("20"));
        test($(Button.class).id("what-if-estimate-" + planId)).click();
        assertThat($(Span.class).id("what-if-estimated-" + planId).getText()).startsWith("The plan would pay €");
        assertThat($(UnorderedList.class).id("what-if-explanation-" + planId).getChildren().count()).isPositive();

        calls.setValue(new BigDecimal("-3"));
        test($(Button.class).id("what-if-estimate-" + planId)).click();
        assertThat(calls.isInvalid()).isTrue();
        assertThat(calls.getErrorMessage()).isEqualTo("A figure cannot be negative.");
    }

    @Test
    void speaksGerman() {
        teamPlan(false);
        signInAs(DemoLogins.EMPLOYEE);
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(WhatIfView.class);
        assertThat($(com.vaadin.flow.component.html.H2.class).first().getText()).isEqualTo("Was wäre wenn: mein Incentive");
    }
}
