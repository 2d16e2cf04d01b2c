package app.uptake.incentives.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.incentives.plan.IncentivePlanService;
import app.uptake.incentives.plan.PlanDraft;
import app.uptake.incentives.plan.PlanFixture;
import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.incentives.plan.PlanSpecs;
import app.uptake.incentives.plan.VersionDraft;
import app.uptake.incentives.plan.PlanSummary;
import app.uptake.organization.EmployeeFilter;
import app.uptake.organization.EmployeeService;
import app.uptake.organization.EmployeeSummary;
import app.uptake.shared.OffsetLimit;
import app.uptake.shared.ui.NotFoundView;
import app.uptake.support.DemoLogins;
import app.uptake.support.TestPeople.Person;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** HR designs plans in the views; nobody else gets in. */
class IncentivePlanViewsTest extends UiTest {

    @Autowired
    IncentivePlanService plans;
    @Autowired
    EmployeeService employees;
    @Autowired
    ApplicationContext context;

    PlanFixture fixture;

    @BeforeEach
    void setUp() {
        signInAs(DemoLogins.ADMIN);
        fixture = new PlanFixture(context);
        signInAs(DemoLogins.HR);
    }

    @AfterEach
    void tearDown() {
        fixture.remove();
    }

    private void openPlan(long id) {
        navigate(IncentivePlanView.class, java.util.Map.of("id", String.valueOf(id)));
    }

    @Test
    void hrCreatesAPlanFromTheList_badInputShownAtTheField() {
        navigate(IncentivePlansView.class);
        Grid<PlanSummary> grid = $(Grid.class).id("plans-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        // the demo company's plan
        test($(TextField.class).id("plan-search")).setValue("SALES-BAV");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("SALES-BAV");

        test($(Button.class).id("new-plan")).click();
        test($(TextField.class).id("plan-code")).setValue(fixture.code("UI"));
        test($(TextField.class).id("plan-name-en")).setValue("Inside sales");
        test($(TextField.class).id("plan-name-de")).setValue("Innendienst");
        test($(TextField.class).id("plan-currency")).setValue("EURO");
        test($(TextField.class).id("plan-target-incentive")).setValue("4000");
        test($(Button.class).id("create-plan")).click();
        TextField currency = $(TextField.class).id("plan-currency");
        assertThat(currency.isInvalid()).isTrue();
        assertThat(currency.getErrorMessage()).isEqualTo("EURO is not a currency code; use the three letters of "
                + "ISO 4217, e.g. EUR or CHF.");

        test(currency).setValue("EUR");
        test($(Button.class).id("create-plan")).click();
        assertThat(getCurrentView()).isInstanceOf(IncentivePlanView.class);
        fixture.track(plans.list(fixture.code("UI"), 0, 1).getFirst().id());
        assertThat($(H2.class).id("plan-title").getText()).isEqualTo(fixture.code("UI") + " · Inside sales");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("no-versions").getText())
                .startsWith("This plan has no version yet");
    }

    @SuppressWarnings("unchecked")
    @Test
    void hrWritesAVersion_refusalsAtTheRow_thenTheVersionReadsInWords() {
        long id = plans.create(new PlanDraft(fixture.code("V"), "Field sales", "Außendienst", null,
                PlanPeriodType.QUARTER, new java.math.BigDecimal("6000"), false));
        fixture.track(id);
        openPlan(id);
        test($(Button.class).id("new-version")).click();
        Dialog editor = $(Dialog.class).id("version-editor");
        assertThat(editor.isOpened()).isTrue();
        ((DatePicker) $(DatePicker.class).id("version-valid-from")).setValue(LocalDate.of(2025, 1, 1));
        test($(TextArea.class).id("version-reason")).setValue("First version");
        test($(TextField.class).id("component-0-code")).setValue("MEETINGS");
        test($(TextField.class).id("component-0-name-en")).setValue("Meetings");
        test($(TextField.class).id("component-0-name-de")).setValue("Termine");
        ComboBox<app.uptake.metrics.MetricDefinition> metric = $(ComboBox.class).id("component-0-metric");
        metric.setValue(metric.getListDataView().getItems()
                .filter(m -> m.code().equals("MEETINGS_PER_WEEK")).findFirst().orElseThrow());
        test($(TextField.class).id("component-0-target")).setValue("4");
        test($(TextField.class).id("component-0-weight")).setValue("90");
        test($(TextField.class).id("component-0-tiers")).setValue("100-120:1.5; 115-:2");
        test($(Button.class).id("save-version")).click();
        TextField tiers = $(TextField.class).id("component-0-tiers");
        assertThat(tiers.isInvalid()).isTrue();
        assertThat(tiers.getErrorMessage()).startsWith("The tiers overlap: one ends at 120%, the next already "
                + "starts at 115%.");

        test(tiers).setValue("100-120:1,5; 120-:0,5");
        test($(Button.class).id("save-version")).click();
        TextField weight = $(TextField.class).id("component-0-weight");
        assertThat(weight.getErrorMessage()).isEqualTo("The weights add up to 90%; they must add up to exactly 100%.");

        test(weight).setValue("100");
        test($(TextField.class).id("component-0-cap")).setValue("viel");
        test($(Button.class).id("save-version")).click();
        assertThat($(TextField.class).id("component-0-cap").getErrorMessage())
                .isEqualTo("Enter a number, e.g. 80 or 92.5.");
        assertThat(plans.detail(id).versions()).isEmpty();

        test($(TextField.class).id("component-0-cap")).setValue("200");
        test($(Button.class).id("add-gate")).click();
        test($(TextField.class).id("gate-0-code")).setValue("DATA");
        ((Select<app.uptake.incentives.calc.GateMeasure>) $(Select.class).id("gate-0-measure"))
                .setValue(app.uptake.incentives.calc.GateMeasure.DATA_COMPLETENESS);
        test($(TextField.class).id("gate-0-minimum")).setValue("80");
        ((Select<app.uptake.incentives.plan.GateSpec.Effect>) $(Select.class).id("gate-0-effect"))
                .setValue(app.uptake.incentives.plan.GateSpec.Effect.CAP);
        test($(TextField.class).id("gate-0-percent")).setValue("100");
        test($(Button.class).id("save-version")).click();

        assertThat(plans.detail(id).versions()).hasSize(1);
        List<String> lines = $(ListItem.class).all().stream().map(this::text).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Meetings (MEETINGS) · weight 100% · bound to "
                + "the metric Meetings and visits per week with the target 4 (higher is better)"));
        assertThat(lines).contains(
                "Below 80% attainment nothing; from 80% it pays 50%, rising in a straight line to 100% at the target",
                "Tier 1: above 100% up to 120%, rate ×1.5 (accelerator)",
                "Tier 2: above 120%, rate ×0.5 (decelerator)",
                "Capped at 200%",
                "DATA: Data completeness in the CRM at least 80%; if not met, the payout is capped at 100% (on the "
                        + "whole payout)");
    }

    private String text(ListItem item) {
        return item.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()).findFirst()
                .orElse(item.getText());
    }

    @SuppressWarnings("unchecked")
    @Test
    void hrAddsAndEndsParticipations() {
        long id = plans.create(new PlanDraft(fixture.code("P"), "Part time", "Teilzeit", null, PlanPeriodType.MONTH,
                new java.math.BigDecimal("1000"), false));
        fixture.track(id);
        Person eve = fixture.person("Eve", fixture.departmentId, "ACCOUNT_EXECUTIVE", LocalDate.of(2020, 1, 1), null);
        openPlan(id);
        EmployeeSummary summary = employees.list(EmployeeFilter.none().withText(eve.email()), new OffsetLimit(0, 1))
                .getFirst();
        ((ComboBox<EmployeeSummary>) $(ComboBox.class).id("participation-employee")).setValue(summary);
        ((DatePicker) $(DatePicker.class).id("participation-from")).setValue(LocalDate.of(2025, 1, 1));
        test($(TextField.class).id("participation-fte")).setValue("1,5");
        test($(Button.class).id("add-participation")).click();
        assertThat($(TextField.class).id("participation-fte").getErrorMessage())
                .isEqualTo("An FTE of 1.5 is not possible; it must be above 0 and at most 1.");

        test($(TextField.class).id("participation-fte")).setValue("0,5");
        test($(Button.class).id("add-participation")).click();
        Grid<?> grid = $(Grid.class).id("participations-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Eve Plan");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("0.5");

        long participation = plans.participations(id, 0, 1).getFirst().id();
        assertThat(participation).isPositive();
        test((Button) test(grid).getCellComponent(0, 5)).click();
        ((DatePicker) $(DatePicker.class).id("participation-last-day")).setValue(LocalDate.of(2024, 12, 31));
        test($(Button.class).id("confirm-end-participation")).click();
        assertThat($(DatePicker.class).id("participation-last-day").getErrorMessage())
                .isEqualTo("The last day lies before the first.");
        ((DatePicker) $(DatePicker.class).id("participation-last-day")).setValue(LocalDate.of(2025, 6, 30));
        test($(Button.class).id("confirm-end-participation")).click();
        assertThat(plans.participations(id, 0, 1).getFirst().to()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void speaksGerman() {
        long id = plans.create(new PlanDraft(fixture.code("DE"), "Sales", "Vertrieb", null, PlanPeriodType.QUARTER,
                new java.math.BigDecimal("6000"), false));
        fixture.track(id);
        plans.saveVersion(id, new VersionDraft(LocalDate.of(2025, 1, 1), new java.math.BigDecimal("6000"),
                List.of(PlanSpecs.metricComponent("100")), PlanSpecs.gates().subList(0, 1), "Start"));
        UI.getCurrent().setLocale(Locale.GERMAN);
        openPlan(id);
        assertThat($(H2.class).id("plan-title").getText()).isEqualTo(fixture.code("DE") + " · Vertrieb");
        List<String> lines = $(ListItem.class).all().stream().map(this::text).toList();
        assertThat(lines).doesNotContain("Unter 0 % Zielerreichung nichts").contains("Ab 100 % bis unter 125 %: 100 %",
                "Ab 125 %: 150 %", "TRAINING: Pflichtschulungen bis Ende des Zeitraums "
                + "abgeschlossen; falls nicht erfüllt, wird die Auszahlung um 50 % gekürzt (auf die gesamte "
                + "Auszahlung)");
    }

    @Test
    void employeesManagersAndExecutivesAreRefused() {
        long demoPlan = plans.list("SALES-BAV", 0, 1).getFirst().id();
        for (String login : List.of(DemoLogins.EMPLOYEE, DemoLogins.MANAGER, DemoLogins.EXECUTIVE)) {
            signInAs(login);
            navigate("incentives/plans", Component.class);
            assertThat(getCurrentView()).as(login).isInstanceOf(NotFoundView.class);
            navigate("incentives/plans/" + demoPlan, Component.class);
            assertThat(getCurrentView()).as(login).isInstanceOf(NotFoundView.class);
        }
        signInAs(DemoLogins.ADMIN);
        navigate("incentives/plans/" + demoPlan, Component.class);
        assertThat(getCurrentView()).isInstanceOf(IncentivePlanView.class);
        navigate("incentives/plans/0", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
