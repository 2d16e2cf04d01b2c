package app.uptake.adoption.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.adoption.AdoptionComponent;
import app.uptake.shared.ui.Chart;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MyAdoptionViewTest extends UiTest {

    @Test
    void anEmployeeSeesThisWeekEachComponentExplainedTheTrendAndItsNumbers() {
        signInAs(DemoLogins.EMPLOYEE);
        navigate(MyAdoptionView.class);

        assertThat($(Span.class).id("my-adoption-index").getText()).endsWith(" %");
        for (AdoptionComponent component : AdoptionComponent.values()) {
            Div card = $(Div.class).id("component-" + component.name());
            assertThat(card.getElement().getTextRecursively()).contains("Weight in the index");
        }
        assertThat($(Div.class).id("component-TRAINING").getElement().getTextRecursively())
                .contains("Mandatory training modules completed");
        assertThat($(Span.class).id("component-value-TRAINING").getText()).endsWith(" %");

        Chart chart = $(Chart.class).id("my-adoption-trend");
        assertThat(chart.getOptionJson()).contains("\"type\":\"line\"");
        Grid<?> table = $(Grid.class).id("my-adoption-table");
        assertThat(test(table).size()).isEqualTo(12);
        assertThat(test(table).getCellText(0, 0)).startsWith("W");

        Div next = $(Div.class).id("my-adoption-next");
        assertThat(next.getElement().getTextRecursively()).startsWith("What to do next");
    }

    @Test
    void speaksGerman() {
        signInAs(DemoLogins.MANAGER);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(MyAdoptionView.class);
        assertThat($(Div.class).id("component-USAGE").getElement().getTextRecursively()).contains("CRM-Nutzung")
                .contains("Arbeitstage");
        assertThat(test((Grid<?>) $(Grid.class).id("my-adoption-table")).getCellText(0, 0)).startsWith("KW ");
    }
}
