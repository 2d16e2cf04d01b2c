package app.uptake.incentives.run.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.incentives.run.PlanChoice;
import app.uptake.incentives.run.RunStatus;
import app.uptake.incentives.run.RunSummary;
import app.uptake.incentives.run.RunTest;
import app.uptake.support.DemoLogins;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The run pages without a browser: the runs grid and start dialog, the status flow buttons, results and a result. */
class IncentiveRunViewsTest extends RunTest {

    @SuppressWarnings("unchecked")
    private Grid<RunSummary> runsGrid() {
        return $(Grid.class).id("runs-grid");
    }

    @SuppressWarnings("unchecked")
    private Grid<app.uptake.incentives.run.ResultRow> results() {
        return $(Grid.class).id("run-results");
    }

    private boolean visible(String buttonId) {
        return $(Button.class).withId(buttonId).exists();
    }

    @Test
    void hrStartsARunFromTheDialogAndLandsOnItsPage() {
        signInAs(DemoLogins.HR);
        long planId = teamPlan(false);
        navigate(IncentiveRunsView.class);
        test($(Button.class).id("start-run")).click();
        StartRunDialog dialog = $(StartRunDialog.class).single();

        test(dialog.start).click();
        assertThat(dialog.plan.isInvalid()).isTrue();
        assertThat(dialog.plan.getErrorMessage()).isEqualTo("Choose one.");

        dialog.type.setValue(PlanPeriodType.MONTH);
        dialog.period.setValue(lastMonth());
        PlanChoice choice = dialog.plan.getListDataView().getItems().filter(p -> p.planId() == planId).findFirst()
                .orElseThrow();
        dialog.plan.setValue(choice);
        test(dialog.start).click();

        assertThat(getCurrentView()).isInstanceOf(IncentiveRunView.class);
        assertThat(visible("run-calculate")).isTrue();
        assertThat(visible("run-approve") || visible("run-publish") || visible("run-correct")).isFalse();

        navigate(IncentiveRunsView.class);
        assertThat(test(runsGrid()).size()).isPositive();
        assertThat(java.util.stream.IntStream.range(0, test(runsGrid()).size())
                .mapToObj(i -> test(runsGrid()).getRow(i)).filter(r -> r.planId() == planId)
                .map(RunSummary::status)).containsExactly(RunStatus.DRAFT);
    }

    @Test
    void theButtonsFollowTheStatusFlowAndTheFourEyesRule() {
        signInAs(DemoLogins.HR);
        long runId = runs.start(teamPlan(false), lastMonth());
        navigate("incentives/runs/" + runId, IncentiveRunView.class);
        test($(Button.class).id("run-calculate")).click();
        assertThat(test(results()).size()).isEqualTo(team().size());
        assertThat(visible("run-approve")).as("the calculator may not approve").isFalse();
        assertThat($(com.vaadin.flow.component.html.Span.class).id("run-totals").getText())
                .startsWith(team().size() + " employees · total");
        assertThat(results().getColumns().get(2).isVisible()).as("difference column").isFalse();

        signInAs(secondHrLogin());
        navigate("incentives/runs/" + runId, IncentiveRunView.class);
        assertThat(visible("run-approve")).isTrue();
        test($(Button.class).id("run-approve")).click();
        assertThat(visible("run-calculate") || visible("run-approve")).isFalse();
        assertThat(visible("run-publish")).isTrue();
        test($(Button.class).id("run-publish")).click();
        assertThat(visible("run-publish")).isFalse();
        assertThat(visible("run-correct")).isTrue();

        test($(Button.class).id("run-correct")).click();
        assertThat($(com.vaadin.flow.component.html.Span.class).id("run-totals").getText()).startsWith("0 employees");
        assertThat(visible("run-calculate")).isTrue();
        test($(Button.class).id("run-calculate")).click();
        assertThat(results().getColumns().get(2).isVisible()).as("difference column").isTrue();
        assertThat(test(results()).getRow(0).difference()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void theResultDialogExplainsThePayoutAndTakesAdjustmentsOnlyWithAReason() {
        signInAs(DemoLogins.HR);
        long runId = runs.start(teamPlan(false), lastMonth());
        runs.calculate(runId);
        navigate("incentives/runs/" + runId, IncentiveRunView.class);
        test(results()).clickRow(0);
        EmployeeResultDialog dialog = $(EmployeeResultDialog.class).single();
        assertThat(dialog.explanation.getChildren().count()).isGreaterThan(5);
        assertThat(((ListItem) dialog.explanation.getChildren().toList().getLast()).getText()).contains("EUR");
        assertThat(((ListItem) dialog.adjustments.getChildren().findFirst().orElseThrow()).getText()).isEqualTo("None");

        dialog.amount.setValue(new BigDecimal("80.00"));
        test(dialog.add).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).contains("reason");

        dialog.reason.setValue("Trade fair leads entered late");
        test(dialog.add).click();
        assertThat(((ListItem) dialog.adjustments.getChildren().findFirst().orElseThrow()).getText())
                .contains("Trade fair leads entered late").contains("80.00");
        assertThat(test(results()).getRow(0).adjustments()).isEqualTo(1);
    }
}
