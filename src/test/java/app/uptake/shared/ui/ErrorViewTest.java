package app.uptake.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.Test;

class ErrorViewTest extends UiTest {

    /** A page that fails while it is built, as a bug would. */
    @Route("test/failing-page")
    @PermitAll
    public static class FailingView extends VerticalLayout {
        public FailingView() {
            throw new IllegalStateException("broken on purpose");
        }
    }

    @Test
    void anUnexpectedErrorShowsAnApologyWithAReferenceInsteadOfAStackTrace() {
        signInAs(DemoLogins.EMPLOYEE);
        navigate("test/failing-page", ErrorView.class);
        assertThat(getCurrentView()).isInstanceOf(ErrorView.class);
        String text = $(Paragraph.class).first().getText();
        assertThat(text).startsWith("We are sorry").doesNotContain("broken on purpose", "IllegalStateException");
    }
}
