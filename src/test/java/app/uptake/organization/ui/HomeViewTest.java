package app.uptake.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;

class HomeViewTest extends UiTest {

    @Test
    void greetsTheEmployeeWithoutCompanyFigures() {
        signInAs(DemoLogins.EMPLOYEE);
        navigate(HomeView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Welcome, Jonas Becker");
        assertThat($(Div.class).withId("headcount-card").exists()).isFalse();
    }

    @Test
    void showsExecutivesTheHeadcountByDivision() {
        signInAs(DemoLogins.EXECUTIVE);
        navigate(HomeView.class);
        Div card = $(Div.class).id("headcount-card");
        assertThat(card.getElement().getTextRecursively()).contains("Sales", "Marketing", "Customer Service");
    }
}
