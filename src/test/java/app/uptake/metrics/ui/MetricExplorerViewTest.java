package app.uptake.metrics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.metrics.BreakdownRow;
import app.uptake.metrics.MetricSubject;
import app.uptake.shared.ui.Chart;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;

class MetricExplorerViewTest extends UiTest {

    @Test
    @SuppressWarnings("unchecked")
    void executivesSeeTheCompanyWithItsTrendBreakdownAndDefinition() {
        signInAs(DemoLogins.EXECUTIVE);
        navigate(MetricExplorerView.class);

        assertThat($(Div.class).id("metric-value").getElement().getTextRecursively()).contains("Activities logged per week");
        assertThat($(Div.class).id("metric-value").getElement().getTextRecursively()).contains("divided by");
        assertThat($(Chart.class).id("metric-trend").getOptionJson()).contains("\"type\":\"line\"");
        Grid<BreakdownRow> breakdown = $(Grid.class).id("breakdown");
        assertThat(test(breakdown).size()).isGreaterThan(2);
        assertThat(test(breakdown).getRow(0).subject()).isInstanceOf(MetricSubject.OrgUnit.class);
        assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).id("metric-definition")
                .getElement().getTextRecursively()).contains("person-weeks", "CRM Program Office");
    }

    @Test
    @SuppressWarnings("unchecked")
    void employeesSeeOnlyTheirOwnFigures() {
        signInAs(DemoLogins.EMPLOYEE);
        navigate(MetricExplorerView.class);
        RadioButtonGroup<MetricExplorerView.Scope> scope = $(RadioButtonGroup.class).id("scope");
        assertThat(scope.getListDataView().getItems()).containsExactly(MetricExplorerView.Scope.ME);
        // hidden components are not found by the tester's queries
        assertThat($(ComboBox.class).withId("unit").exists()).isFalse();
        assertThat($(Grid.class).withId("breakdown").exists()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void managersSeeTheirTeamPersonByPerson() {
        signInAs(DemoLogins.MANAGER);
        navigate(MetricExplorerView.class);
        RadioButtonGroup<MetricExplorerView.Scope> scope = $(RadioButtonGroup.class).id("scope");
        assertThat(scope.getValue()).isEqualTo(MetricExplorerView.Scope.TEAM);
        Grid<BreakdownRow> breakdown = $(Grid.class).id("breakdown");
        assertThat(test(breakdown).size()).isGreaterThan(0);
        assertThat(test(breakdown).getRow(0).subject()).isInstanceOf(MetricSubject.Employee.class);
    }

    @Test
    void germanUsersReadTheDefinitionInGerman() {
        signInAs(DemoLogins.EXECUTIVE);
        // the account's stored language is applied on the first page of a session; choose German after it
        navigate(MetricExplorerView.class);
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        navigate(MetricCatalogView.class);
        navigate(MetricExplorerView.class);
        assertThat($(Div.class).id("metric-value").getElement().getTextRecursively()).contains("Erfasste Aktivitäten pro Woche");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLinkChoosesMetricUnitAndACustomPeriod() {
        signInAs(DemoLogins.EXECUTIVE);
        java.time.LocalDate today = java.time.LocalDate.now();
        com.vaadin.flow.component.UI.getCurrent().navigate(MetricExplorerView.class,
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("metric", "WIN_RATE", "unit", "SALES",
                        "from", today.minusDays(40).toString(), "to", today.minusDays(10).toString())));
        assertThat($(Div.class).id("metric-value").getElement().getTextRecursively()).contains("Win rate");
        assertThat(((ComboBox<app.uptake.organization.OrgUnit>) $(ComboBox.class).id("unit")).getValue().code())
                .isEqualTo("SALES");
        assertThat($(com.vaadin.flow.component.datepicker.DatePicker.class).id("period-from").getValue())
                .isEqualTo(today.minusDays(40));
        Grid<BreakdownRow> breakdown = $(Grid.class).id("breakdown");
        assertThat(test(breakdown).size()).isGreaterThan(1);
    }
}
