package app.uptake.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import app.uptake.training.QuizFixture;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

class CertificateVerificationViewTest extends UiTest {

    private static final String MODULE = "why-crm-fails";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QuizFixture fixture;

    @AfterEach
    void cleanUp() {
        fixture.reset(fixture.employeeId(DemoLogins.HR), MODULE);
    }

    @Test
    void anybodyCanCheckACodeAndLearnsNothingAboutTheHolder() {
        signInAs(DemoLogins.HR);
        fixture.reset(fixture.employeeId(DemoLogins.HR), MODULE);
        String code = fixture.pass(MODULE);
        SecurityContextHolder.clearContext();

        navigate("verify/" + code, CertificateVerificationView.class);
        assertThat($(H2.class).id("verify-verdict").getText()).isEqualTo("Valid certificate");
        String shown = $(Div.class).id("verify-outcome").getElement().getTextRecursively();
        assertThat(shown).contains(fixture.module(MODULE).title().en());
        String last = jdbc.queryForObject("select last_name from employee where email = ?", String.class, DemoLogins.HR);
        assertThat(shown).doesNotContain(last);
    }

    @Test
    void aMistypedOrUnknownCodeIsSaidSo() {
        navigate(CertificateVerificationView.class);
        test($(TextField.class).id("verify-code")).setValue("ABC");
        test($(Button.class).id("verify-check")).click();
        assertThat($(TextField.class).id("verify-code").isInvalid()).isTrue();
        assertThat($(TextField.class).id("verify-code").getErrorMessage()).startsWith("A code has 12 letters");

        test($(TextField.class).id("verify-code")).setValue("0000-0000-0000");
        test($(Button.class).id("verify-check")).click();
        assertThat($(TextField.class).id("verify-code").isInvalid()).isFalse();
        assertThat($(Div.class).id("verify-outcome").getElement().getTextRecursively())
                .contains("No certificate has this code.");
    }
}
