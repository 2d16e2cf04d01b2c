package app.uptake.goals;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.goals.ui.GoalDetailView;
import app.uptake.goals.ui.GoalMapView;
import app.uptake.goals.ui.MyTargetsView;
import app.uptake.metrics.MetricService;
import app.uptake.organization.OrganizationService;
import app.uptake.shared.DateRange;
import app.uptake.shared.ui.Chart;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Progress on the goal map, the goal page and My targets, on {@link ProgressFixture}'s cascade over the first quarter
 * of last fiscal year. The quarter is over, so every figure is the whole quarter's against the target it ended with.
 */
class ProgressViewsTest extends UiTest {

    @Autowired
    FiscalCalendar fiscal;
    @Autowired
    OrganizationService organization;
    @Autowired
    MetricService metrics;
    @Autowired
    ApplicationContext context;

    ProgressFixture fixture;
    int year;

    @BeforeEach
    void makeCascade() {
        signInAs(DemoLogins.ADMIN);
        year = fiscal.currentFiscalYear() - 1;
        fixture = new ProgressFixture(context, year);
    }

    @AfterEach
    void removeCascade() {
        signInAs(DemoLogins.ADMIN);
        fixture.remove();
    }

    @SuppressWarnings("unchecked")
    private TreeGrid<GoalMapView.Row> openMap() {
        navigate(GoalMapView.class);
        test($(Select.class).id("goals-year")).selectItem("FY " + year);
        return $(TreeGrid.class).id("goals-tree");
    }

    private int rowOf(TreeGrid<GoalMapView.Row> tree, long goalId) {
        for (int i = 0; i < test(tree).size(); i++) {
            if (test(tree).getRow(i).goal().id() == goalId) {
                return i;
            }
        }
        throw new AssertionError("no row of goal " + goalId);
    }

    /** The text shown in a cell of a component column. */
    private String cell(TreeGrid<GoalMapView.Row> tree, long goalId, String column) {
        Component component = test(tree).getCellComponent(rowOf(tree, goalId), column);
        return component.getElement().getTextRecursively();
    }

    @Test
    void theGoalMapShowsAttainmentAndProgressStatusAtEveryDepthAndDashesForFiguresNotToBeSeen() {
        signInAs(DemoLogins.EXECUTIVE);
        TreeGrid<GoalMapView.Row> tree = openMap();
        // the division: 8 calls of 18
        assertThat(cell(tree, fixture.company, "attainment")).isEqualTo("44 %");
        assertThat(cell(tree, fixture.company, "progress")).isEqualTo("Off track");
        // the goal's lifecycle stays beside it
        assertThat(cell(tree, fixture.company, "status")).isEqualTo("Draft");
        assertThat(test(tree).getRow(rowOf(tree, fixture.company)).progress().actualValue()).isEqualByComparingTo("8");

        tree.expand(test(tree).getRow(rowOf(tree, fixture.company)));
        // Cascade one: 7 of 6; Cascade two: 1 of 3
        assertThat(cell(tree, fixture.one, "attainment")).isEqualTo("117 %");
        assertThat(cell(tree, fixture.one, "progress")).isEqualTo("On track");
        assertThat(cell(tree, fixture.two, "attainment")).isEqualTo("33 %");
        assertThat(cell(tree, fixture.two, "progress")).isEqualTo("Off track");

        tree.expand(test(tree).getRow(rowOf(tree, fixture.one)));
        // the executive sees units in aggregate, but not one person's figures outside his reporting line
        assertThat(cell(tree, fixture.anna, "attainment")).isEqualTo("–");
        assertThat(cell(tree, fixture.anna, "progress")).isEqualTo("–");
        assertThat(cell(tree, fixture.max, "status")).isEqualTo("Draft");

        // the program office sees everybody: Anna 7 of 5, Max none of 1
        signInAs(DemoLogins.ADMIN);
        tree = openMap();
        tree.expand(test(tree).getRow(rowOf(tree, fixture.company)));
        tree.expand(test(tree).getRow(rowOf(tree, fixture.one)));
        assertThat(cell(tree, fixture.anna, "attainment")).isEqualTo("140 %");
        assertThat(cell(tree, fixture.anna, "progress")).isEqualTo("On track");
        assertThat(cell(tree, fixture.max, "attainment")).isEqualTo("0 %");
        assertThat(cell(tree, fixture.max, "progress")).isEqualTo("Off track");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGoalPageShowsProgressAgainstTheTargetInForceWithTheChartsFiguresAsATable() {
        navigate("goals/" + fixture.company, GoalDetailView.class);
        assertThat($(Span.class).id("goal-progress-status").getText()).isEqualTo("Off track");
        assertThat($(Span.class).id("goal-progress-actual").getText()).isEqualTo("Actual to date: 8.0");
        // the target was raised from 9 to 18 in February: the quarter ends measured against 18
        assertThat($(Span.class).id("goal-progress-expected").getText()).isEqualTo("Expected to date: 18.0");
        assertThat($(Span.class).id("goal-progress-forecast").getText()).startsWith("Forecast for the end of the period")
                .endsWith(": 8.0");
        assertThat($(Span.class).id("goal-progress-attainment").getText())
                .isEqualTo("Attainment: 44 % of the expected-to-date, 44 % of the target");
        assertThat($(Span.class).id("goal-progress-asof").getText()).contains("against the target in force then, 18.0")
                .endsWith("expected-to-date: Linear");

        Chart chart = $(Chart.class).id("goal-progress-chart");
        assertThat(chart.getOptionJson()).contains("Actual (running total)").contains("\"Expected\"");
        Grid<app.uptake.goals.progress.ProgressPoint> table = $(Grid.class).id("goal-progress-table");
        int weeks = test(table).size();
        // one row a week (or part of one) of the quarter, the last on its last day, where the running total is 8
        assertThat(weeks).isBetween(13, 15);
        assertThat(test(table).getRow(weeks - 1).day()).isEqualTo(fixture.quarter.to());
        assertThat(test(table).getCellText(weeks - 1, 1)).isEqualTo("8.0");
        assertThat(test(table).getCellText(weeks - 1, 2)).isEqualTo("18.0");
        // the first week is measured against the 9 in force then
        assertThat(test(table).getRow(0).expected()).isLessThan(new java.math.BigDecimal("2"));

        // the program office has the quarter expected along last year's course, which Anna's calls give
        test($(com.vaadin.flow.component.select.Select.class).id("goal-profile"))
                .selectItem("Seasonal (last year's profile)");
        assertThat($(Span.class).id("goal-progress-asof").getText())
                .endsWith("expected-to-date: Seasonal (last year's profile)");

        // the executive may open Anna's target, but not see her figures
        signInAs(DemoLogins.EXECUTIVE);
        navigate("goals/" + fixture.anna, GoalDetailView.class);
        assertThat($(Paragraph.class).id("goal-progress-hidden").getText())
                .isEqualTo("You cannot see the figures of this unit or person, so no progress is shown.");
        assertThat($(Chart.class).withId("goal-progress-chart").exists()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRateIsChartedPeriodByPeriodAgainstTheExpectedRate() {
        long company = organization.children(null).getFirst().id();
        DateRange thisYear = fiscal.period(fiscal.currentFiscalYear(), null).range();
        long goal = fixture.insert(null, null, thisYear, new GoalScope.OrgUnit(company), "WIN_RATE", "40",
                fixture.sabine);
        navigate("goals/" + goal, GoalDetailView.class);
        Chart chart = $(Chart.class).id("goal-progress-chart");
        assertThat(chart.getOptionJson()).contains("Actual per period").contains("Expected rate");
        Grid<app.uptake.goals.progress.ProgressPoint> table = $(Grid.class).id("goal-progress-table");
        assertThat(test(table).size()).isPositive();
        String forty = test(table).getCellText(0, 2);
        assertThat(forty).startsWith("40");
        for (int i = 0; i < test(table).size(); i++) {
            // a rate does not accumulate: the target rate is expected in every period
            assertThat(test(table).getCellText(i, 2)).isEqualTo(forty);
        }
        // the demo company closes deals all year: some month has a rate of its own
        assertThat(table.getGenericDataView().getItems().anyMatch(p -> p.actual() != null)).isTrue();
    }

    @Test
    void myTargetsShowsMyActualExpectedForecastStatusAndTrendInEnglishAndGerman() {
        signInAs(fixture.cascade.goals.anna.email());
        navigate(MyTargetsView.class);
        long id = fixture.anna;
        assertThat($(Span.class).id("progress-status-" + id).getText()).isEqualTo("On track");
        assertThat($(Span.class).id("progress-actual-" + id).getText()).isEqualTo("Actual to date: 7.0");
        assertThat($(Span.class).id("progress-expected-" + id).getText()).isEqualTo("Expected to date: 5.0");
        assertThat($(Span.class).id("progress-forecast-" + id).getText()).endsWith(": 7.0");
        assertThat($(Span.class).id("progress-attainment-" + id).getText())
                .isEqualTo("Attainment: 140 % of the expected-to-date, 140 % of the target");
        assertThat($(Chart.class).id("progress-chart-" + id).getOptionJson()).contains("Actual (running total)");
        assertThat($(Grid.class).id("progress-table-" + id)).isNotNull();

        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(MyTargetsView.class);
        assertThat($(Span.class).id("progress-status-" + id).getText()).isEqualTo("Im Plan");
        assertThat($(Span.class).id("progress-actual-" + id).getText()).isEqualTo("Ist bis heute: 7,0");
        assertThat($(Span.class).id("progress-expected-" + id).getText()).isEqualTo("Soll bis heute: 5,0");
        assertThat($(Span.class).id("progress-attainment-" + id).getText())
                .isEqualTo("Zielerreichung: 140 % des Solls bis heute, 140 % des Zielwerts");
    }
}
