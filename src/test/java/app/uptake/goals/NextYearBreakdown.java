package app.uptake.goals;

import static app.uptake.goals.GoalFixture.CALLS;
import static app.uptake.goals.GoalFixture.draft;

import app.uptake.goals.allocation.AllocationStrategy;
import app.uptake.support.DemoLogins;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cascade test division ({@link CascadeFixture}) with next fiscal year's company goal of 20 calls, owned by
 * Sabine and split equally to its two departments: what the team-target tests start from. Made by an admin, who
 * must be signed in.
 */
final class NextYearBreakdown {

    final CascadeFixture fixture;
    final int year;
    final long goal;
    final long one;
    final long two;

    NextYearBreakdown(ApplicationContext context) {
        FiscalCalendar fiscal = context.getBean(FiscalCalendar.class);
        GoalCascadeService cascade = context.getBean(GoalCascadeService.class);
        GoalPeriod period = fiscal.period(fiscal.currentFiscalYear() + 1, null);
        year = period.fiscalYear();
        fixture = new CascadeFixture(context, fiscal.period(fiscal.currentFiscalYear(), null).range().from(),
                period.range().from().plusDays(182));
        long sabine = context.getBean(JdbcTemplate.class).queryForObject("select id from employee where email = ?",
                Long.class, DemoLogins.MANAGER);
        goal = context.getBean(GoalService.class).create(draft(year, fixture.goals.unitId, CALLS, "20",
                TargetDirection.INCREASE, "10", sabine));
        cascade.save(goal, AllocationStrategy.EQUAL, cascade.allocate(cascade.plan(goal), AllocationStrategy.EQUAL)
                .targetsById(), null);
        one = childOf(cascade, "Cascade one");
        two = childOf(cascade, "Cascade two");
    }

    private long childOf(GoalCascadeService cascade, String scopeName) {
        return cascade.breakdown(goal).stream().filter(c -> c.scopeName().equals(scopeName)).findFirst()
                .orElseThrow().id();
    }
}
