package app.uptake.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.shared.ui.Chart;
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
        Chart chart = $(Chart.class).id("headcount-chart");
        assertThat(chart.getOptionJson()).contains("\"Sales\"", "\"Marketing\"", "\"Customer Service\"");
        assertThat($(Div.class).id("headcount-card").getElement().getTextRecursively()).containsPattern("\\d{3} active employees");
    }
}
