package app.uptake.goals;

import static app.uptake.goals.GoalFixture.CALLS;
import static app.uptake.goals.GoalFixture.draft;
import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.goals.allocation.AllocationStrategy;
import app.uptake.goals.ui.GoalDetailView;
import app.uptake.goals.ui.MyTargetsView;
import app.uptake.shared.ui.NotFoundView;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The breakdown on the goal page, its editor, and My targets, on the cascade test division. */
class CascadeViewsTest extends UiTest {

    @Autowired
    GoalService goals;
    @Autowired
    GoalCascadeService cascade;
    @Autowired
    FiscalCalendar fiscal;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    CascadeFixture fixture;
    GoalPeriod period;

    @BeforeEach
    void makeDivision() {
        signInAs(DemoLogins.ADMIN);
        period = fiscal.period(fiscal.currentFiscalYear() + 1, null);
        fixture = new CascadeFixture(context, fiscal.period(fiscal.currentFiscalYear(), null).range().from(),
                period.range().from().plusDays(182));
    }

    @AfterEach
    void removeDivision() {
        signInAs(DemoLogins.ADMIN);
        fixture.remove();
    }

    private long companyGoal() {
        long sabine = jdbc.queryForObject("select id from employee where email = ?", Long.class, DemoLogins.MANAGER);
        return goals.create(draft(period.fiscalYear(), fixture.goals.unitId, CALLS, "20", TargetDirection.INCREASE, "10",
                sabine));
    }

    private String key(long unitId) {
        return "target-unit-" + unitId;
    }

    @Test
    void theEditorProposesAnEqualSplitRecomputesTheGapOnEveryEditAndRefusesToSaveOverAllocation() {
        long goal = companyGoal();
        navigate("goals/" + goal, GoalDetailView.class);
        assertThat($(Paragraph.class).id("breakdown-none").getText()).isEqualTo("This target is not broken down yet.");
        test($(Button.class).id("breakdown-edit")).click();
        assertThat($(TextField.class).id(key(fixture.one)).getValue()).isEqualTo("10.0");
        assertThat($(TextField.class).id(key(fixture.two)).getValue()).isEqualTo("10.0");
        assertThat($(Span.class).id("breakdown-status").getText()).isEqualTo("Aligned");
        assertThat($(Span.class).id("breakdown-total").getText()).isEqualTo("Σ of the targets: 20.0 of 20.0");

        test($(TextField.class).id(key(fixture.one))).setValue("12");
        assertThat($(Span.class).id("breakdown-status").getText()).isEqualTo("Over-allocated");
        assertThat($(Span.class).id("breakdown-gap-live").getText()).startsWith("Gap: -2.0");
        test($(Button.class).id("breakdown-save")).click();
        assertThat($(Span.class).id("breakdown-error").getText())
                .startsWith("Over-allocated: the targets below add up to 22");
        assertThat(cascade.breakdown(goal)).isEmpty();

        test($(TextField.class).id(key(fixture.one))).setValue("abc");
        assertThat($(Span.class).id("breakdown-error").getText()).isEqualTo("Enter a number for every target, such as 12.5.");
        test($(TextField.class).id(key(fixture.one))).setValue("10");
        test($(Button.class).id("breakdown-save")).click();
        assertThat(cascade.breakdown(goal)).extracting(GoalSummary::scopeName).containsExactly("Cascade one",
                "Cascade two");
        @SuppressWarnings("unchecked")
        Grid<GoalSummary> grid = $(Grid.class).id("breakdown-children");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("3.0");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("10.0");
        // next year's shares have not started
        assertThat(((Span) test(grid).getCellComponent(0, "progress")).getText()).isEqualTo("Not started");
    }

    @Test
    void aManagerGetsTheEditorForHisDepartmentButNotForAnotherTeamNorTheCompanyGoal() {
        long goal = companyGoal();
        cascade.save(goal, AllocationStrategy.EQUAL, cascade.allocate(cascade.plan(goal), AllocationStrategy.EQUAL)
                .targetsById(), null);
        long one = cascade.breakdown(goal).get(0).id();
        long two = cascade.breakdown(goal).get(1).id();
        // Max owns the other department's share too, so he may look at it, but not change its breakdown
        jdbc.update("update goal set owner_id = ? where id = ?", fixture.max.id(), two);
        signInAs(fixture.max.email());
        navigate("goals/" + one, GoalDetailView.class);
        assertThat($(Button.class).withId("breakdown-edit").exists()).isTrue();
        test($(Button.class).id("breakdown-edit")).click();
        assertThat($(TextField.class).withId("target-employee-" + fixture.max.id()).exists()).isTrue();
        navigate("goals/" + two, GoalDetailView.class);
        assertThat($(Button.class).withId("breakdown-edit").exists()).isFalse();
        navigate("goals/" + goal, com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void myTargetsShowsTheTargetTheBaselineTheMethodAndWhatItRollsUpInto() {
        long goal = companyGoal();
        cascade.save(goal, AllocationStrategy.EQUAL, cascade.allocate(cascade.plan(goal), AllocationStrategy.EQUAL)
                .targetsById(), null);
        long one = cascade.breakdown(goal).get(0).id();
        var plan = cascade.plan(one);
        java.util.Map<String, java.math.BigDecimal> targets = new java.util.LinkedHashMap<>();
        plan.children().forEach(c -> targets.put(c.key(), java.math.BigDecimal.ZERO));
        targets.put("employee-" + fixture.goals.anna.id(), java.math.BigDecimal.TEN);
        cascade.save(one, AllocationStrategy.MANUAL, targets, null);
        long annas = cascade.breakdown(one).stream().filter(c -> c.scopeName().equals("Anna Goal")).findFirst()
                .orElseThrow().id();

        signInAs(fixture.goals.anna.email());
        navigate(MyTargetsView.class);
        assertThat($(Span.class).id("target-value-" + annas).getText()).isEqualTo("Target: 10.0");
        assertThat($(Span.class).id("target-baseline-" + annas).getText()).startsWith("Your baseline: 3.0");
        assertThat($(Paragraph.class).id("target-method-" + annas).getText()).isEqualTo("Counts calls.");
        assertThat($(Span.class).id("target-rollup-" + annas).getText())
                .isEqualTo("Rolls up into \"Test goal\" of Cascade one; company goal: \"Test goal\"");

        signInAs(DemoLogins.EMPLOYEE);
        navigate(MyTargetsView.class);
        assertThat($(Paragraph.class).id("targets-empty").getText()).isEqualTo("No targets yet.");
    }
}
