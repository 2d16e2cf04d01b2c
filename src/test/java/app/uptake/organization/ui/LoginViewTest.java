package app.uptake.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.support.UiTest;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;

class LoginViewTest extends UiTest {

    @Test
    void showsTheFormWithoutAnError() {
        navigate(LoginView.class);
        LoginForm form = $(LoginForm.class).id("login-form");
        assertThat(form.isError()).isFalse();
        assertThat(form.getAction()).isEqualTo("login");
    }

    @Test
    void aFailedSignInSaysSoWithoutSayingWhetherTheUserExists() {
        com.vaadin.flow.component.UI.getCurrent().navigate("login",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "")));
        LoginForm form = $(LoginForm.class).id("login-form");
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("The e-mail or the password is not correct. Please try again.");
    }
}
