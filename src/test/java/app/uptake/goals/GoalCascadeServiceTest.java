package app.uptake.goals;

import static app.uptake.goals.GoalFixture.CALLS;
import static app.uptake.goals.GoalFixture.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.goals.allocation.Alignment;
import app.uptake.goals.allocation.AllocationStrategy;
import app.uptake.goals.allocation.ChildWarning;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A goal of next fiscal year on the test division (baseline: Anna's three calls this year), broken down to its two
 * departments and on to the people of the first: Max (its head), Anna, and Jana, who joins 182 days into the
 * period. N is the number of days of the period.
 */
class GoalCascadeServiceTest extends UiTest {

    @Autowired
    GoalService goals;
    @Autowired
    GoalCascadeService cascade;
    @Autowired
    FiscalCalendar fiscal;
    @Autowired
    CompanyCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    CascadeFixture fixture;
    GoalPeriod period;
    long days;

    @BeforeEach
    void makeDivision() {
        signInAs(DemoLogins.ADMIN);
        period = fiscal.period(fiscal.currentFiscalYear() + 1, null);
        days = period.range().days();
        fixture = new CascadeFixture(context, fiscal.period(fiscal.currentFiscalYear(), null).range().from(),
                period.range().from().plusDays(182));
    }

    @AfterEach
    void removeDivision() {
        signInAs(DemoLogins.ADMIN);
        fixture.remove();
    }

    private long companyGoal(long target) {
        long sabine = jdbc.queryForObject("select id from employee where email = ?", Long.class, DemoLogins.MANAGER);
        return goals.create(draft(period.fiscalYear(), fixture.goals.unitId, CALLS, String.valueOf(target),
                TargetDirection.INCREASE, "10", sabine));
    }

    private static Map<String, BigDecimal> targets(CascadePlan plan, String... values) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(plan.children().get(i).key(), new BigDecimal(values[i]));
        }
        return map;
    }

    private static void assertRule(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private long childOf(long goalId, String scopeName) {
        return cascade.breakdown(goalId).stream().filter(c -> c.scopeName().equals(scopeName)).findFirst()
                .orElseThrow().id();
    }

    /** Company goal 2 × (2N − 182) split equally: each department gets 2N − 182, saved with their baselines. */
    private long brokenDownToDepartments() {
        long goal = companyGoal(2 * (3 * days - 182));
        CascadePlan plan = cascade.plan(goal);
        var allocation = cascade.allocate(plan, AllocationStrategy.EQUAL);
        cascade.save(goal, AllocationStrategy.EQUAL, allocation.targetsById(), null);
        return goal;
    }

    @Test
    void anEqualSplitGivesBothDepartmentsHalfWithTheirOwnBaselines() {
        long goal = companyGoal(20);
        CascadePlan plan = cascade.plan(goal);
        assertThat(plan.level()).isEqualTo(CascadePlan.Level.UNITS);
        assertThat(plan.children()).extracting(CascadeChild::label).containsExactly("Cascade one", "Cascade two");
        // Anna's three calls are department one's; Ben made none
        assertThat(plan.children()).extracting(CascadeChild::baselineValue).usingComparatorForType(
                BigDecimal::compareTo, BigDecimal.class).containsExactly(new BigDecimal("3"), BigDecimal.ZERO);
        var allocation = cascade.allocate(plan, AllocationStrategy.EQUAL);
        assertThat(allocation.targets()).extracting(t -> t.target().intValue()).containsExactly(10, 10);
        Alignment saved = cascade.save(goal, AllocationStrategy.EQUAL, allocation.targetsById(), null);
        assertThat(saved.aligned()).isTrue();
        // 10 against 3 is +233 %; against a zero baseline there is no percentage: warned, not refused
        assertThat(saved.warnings()).extracting(ChildWarning::kind).containsExactly(
                ChildWarning.Kind.FAR_BETTER_THAN_BASELINE, ChildWarning.Kind.BASELINE_ZERO);

        List<GoalSummary> children = cascade.breakdown(goal);
        assertThat(children).extracting(GoalSummary::scopeName).containsExactly("Cascade one", "Cascade two");
        assertThat(children).allSatisfy(c -> {
            assertThat(c.target()).isEqualByComparingTo("10");
            assertThat(c.parentId()).isEqualTo(goal);
            assertThat(c.metricCode()).isEqualTo(CALLS);
            assertThat(c.period()).isEqualTo(period);
            assertThat(c.direction()).isEqualTo(TargetDirection.INCREASE);
            assertThat(c.status()).isEqualTo(GoalStatus.DRAFT);
        });
        assertThat(children.getFirst().baseline()).isEqualByComparingTo("3");
        // the department's head owns its share
        assertThat(children.getFirst().ownerId()).isEqualTo(fixture.max.id());
        assertThat(jdbc.queryForObject("select root_id from goal where id = ?", Long.class, children.getFirst().id()))
                .isEqualTo(goal);
        // the shares follow the company goal's status
        jdbc.update("update goal set confirmed_by = owner_id, confirmed_at = created_at where id = ?", goal);
        goals.activate(goal);
        assertThat(cascade.breakdown(goal)).extracting(GoalSummary::status).containsOnly(GoalStatus.ACTIVE);
    }

    @Test
    void thePeopleOfTheDivisionItselfTakeTheirShareBesideItsDepartments() {
        // Anna works for the division itself, in none of its departments
        jdbc.update("update employee set org_unit_id = ? where id = ?", fixture.goals.unitId, fixture.goals.anna.id());
        long goal = companyGoal(6);
        CascadePlan plan = cascade.plan(goal);
        assertThat(plan.level()).isEqualTo(CascadePlan.Level.UNITS);
        assertThat(plan.children()).extracting(CascadeChild::label)
                .containsExactly("Cascade one", "Cascade two", fixture.goals.anna.name());
        // her three calls are no department's: the parts still add up to the division's baseline of 3
        assertThat(plan.children()).extracting(CascadeChild::baselineValue).usingComparatorForType(
                BigDecimal::compareTo, BigDecimal.class).containsExactly(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("3"));
        var allocation = cascade.allocate(plan, AllocationStrategy.PROPORTIONAL_TO_BASELINE);
        assertThat(allocation.targets()).extracting(t -> t.target().intValue()).containsExactly(0, 0, 6);
        cascade.save(goal, AllocationStrategy.PROPORTIONAL_TO_BASELINE, allocation.targetsById(), null);
        GoalSummary anna = cascade.breakdown(goal).stream().filter(c -> c.scope() instanceof GoalScope.Employee)
                .findFirst().orElseThrow();
        assertThat(anna.target()).isEqualByComparingTo("6");
        assertThat(anna.ownerId()).isEqualTo(fixture.goals.anna.id());
    }

    @Test
    void aDepartmentIsBrokenDownToItsPeopleByCapacityWithAJoinerProRated() {
        long goal = brokenDownToDepartments();
        long one = childOf(goal, "Cascade one");
        CascadePlan plan = cascade.plan(one);
        assertThat(plan.level()).isEqualTo(CascadePlan.Level.PEOPLE);
        assertThat(plan.goal().target()).isEqualByComparingTo(BigDecimal.valueOf(2 * days - 182 + days));
        assertThat(plan.children()).extracting(CascadeChild::label)
                .containsExactly("Anna Goal", "Jana Joiner", "Max Head");
        // Anna made three calls, Max none; Jana was not employed in the baseline year: no baseline at all
        assertThat(plan.children().get(0).baselineValue()).isEqualByComparingTo("3");
        assertThat(plan.children().get(1).baseline()).isNull();
        assertThat(plan.children().get(2).baselineValue()).isEqualByComparingTo("0");
        // capacity: N, N − 182 and N full-time days of a target of 3N − 182
        var allocation = cascade.allocate(plan, AllocationStrategy.PROPORTIONAL_TO_CAPACITY);
        assertThat(allocation.targets()).extracting(t -> t.target().longValue())
                .containsExactly(days, days - 182, days);
        Alignment saved = cascade.save(one, AllocationStrategy.PROPORTIONAL_TO_CAPACITY, allocation.targetsById(), null);
        assertThat(saved.warnings()).extracting(ChildWarning::kind).contains(ChildWarning.Kind.NO_BASELINE);
        List<GoalSummary> people = cascade.breakdown(one);
        assertThat(people).extracting(GoalSummary::scopeName).containsExactlyInAnyOrder("Anna Goal", "Jana Joiner",
                "Max Head");
        GoalSummary jana = people.stream().filter(p -> p.scopeName().equals("Jana Joiner")).findFirst().orElseThrow();
        assertThat(jana.baseline()).isNull();
        assertThat(jana.ownerId()).isEqualTo(fixture.jana.id());
        assertThat(jana.scope()).isEqualTo(new GoalScope.Employee(fixture.jana.id()));
    }

    @Test
    void anOverAllocatedBreakdownIsRefusedAndNothingIsSaved() {
        long goal = companyGoal(20);
        CascadePlan plan = cascade.plan(goal);
        assertRule(() -> cascade.save(goal, AllocationStrategy.MANUAL, targets(plan, "12", "10"), null),
                "goals.allocation.over");
        assertRule(() -> cascade.save(goal, AllocationStrategy.MANUAL, targets(plan, "9", "10"), null),
                "goals.allocation.under");
        assertRule(() -> cascade.save(goal, AllocationStrategy.MANUAL, targets(plan, "20"), null),
                "goals.allocation.manualMissing");
        assertThat(cascade.breakdown(goal)).isEmpty();
        // the live check in the editor says the same without saving: 22 is 2 above 20
        Alignment live = cascade.align(plan, targets(plan, "12", "10"));
        assertThat(live.allocated()).isEqualByComparingTo("22");
        assertThat(live.gap()).isEqualByComparingTo("-2");
    }

    @Test
    void aChangedShareIsAnAllocationRevisionWithItsReasonAndTheOldTargetHoldsBeforeIt() {
        long goal = companyGoal(20);
        CascadePlan plan = cascade.plan(goal);
        cascade.save(goal, AllocationStrategy.EQUAL, targets(plan, "10", "10"), null);
        CascadePlan again = cascade.plan(goal);
        assertThat(again.brokenDown()).isTrue();
        assertRule(() -> cascade.save(goal, AllocationStrategy.MANUAL, targets(again, "13", "7"), " "),
                "goals.cascade.reasonRequired");
        cascade.save(goal, AllocationStrategy.MANUAL, targets(again, "13", "7"), "Anna's department took over a region");
        long one = childOf(goal, "Cascade one");
        List<GoalRevision> history = goals.revisions(one);
        assertThat(history).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo(RevisionField.ALLOCATION);
            assertThat(r.before()).isEqualByComparingTo("10");
            assertThat(r.after()).isEqualByComparingTo("13");
            assertThat(r.reason()).isEqualTo("Anna's department took over a region");
        });
        assertThat(goals.targetAsOf(one, calendar.today())).isEqualByComparingTo("13");
        assertThat(goals.targetAsOf(one, calendar.today().minusDays(1))).isEqualByComparingTo("10");
        // unchanged targets record nothing
        cascade.save(goal, AllocationStrategy.MANUAL, targets(cascade.plan(goal), "13", "7"), null);
        assertThat(goals.revisions(one)).hasSize(1);
    }

    @Test
    void aManagerBreaksDownHisOwnDepartmentButNotAnotherOrTheCompanyGoal() {
        long goal = brokenDownToDepartments();
        long one = childOf(goal, "Cascade one");
        long two = childOf(goal, "Cascade two");
        signInAs(fixture.max.email());
        assertThat(cascade.mayEdit(one)).isTrue();
        assertThat(cascade.mayEdit(two)).isFalse();
        assertThat(cascade.mayEdit(goal)).isFalse();
        CascadePlan plan = cascade.plan(one);
        cascade.save(one, AllocationStrategy.EQUAL, cascade.allocate(plan, AllocationStrategy.EQUAL).targetsById(), null);
        assertThat(cascade.breakdown(one)).hasSize(3);
        assertRule(() -> cascade.plan(two), "goals.cascade.outsideSubtree");
        assertRule(() -> cascade.save(two, AllocationStrategy.MANUAL, Map.of("employee-" + fixture.goals.ben.id(),
                BigDecimal.TEN), null), "goals.cascade.outsideSubtree");
        assertRule(() -> cascade.plan(goal), "goals.cascade.outsideSubtree");
        // he reads his department's share and its people's targets, not the other department's
        assertThat(goals.detail(one).goal().scopeName()).isEqualTo("Cascade one");
        assertThatThrownBy(() -> cascade.breakdown(two)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aManagersBreakdownStoresEachPersonsRealDataCoverage() {
        long goal = brokenDownToDepartments();
        long one = childOf(goal, "Cascade one");
        signInAs(fixture.max.email());
        CascadePlan plan = cascade.plan(one);
        cascade.save(one, AllocationStrategy.EQUAL, cascade.allocate(plan, AllocationStrategy.EQUAL).targetsById(), null);

        signInAs(DemoLogins.ADMIN);
        int daysSoFar = (int) java.time.temporal.ChronoUnit.DAYS.between(
                fiscal.period(fiscal.currentFiscalYear(), null).range().from(), calendar.today());
        // Anna: one person, active, her calls on two days of the year so far — measured, not zero
        DataCoverage anna = goals.detail(childOf(one, "Anna Goal")).baseline().coverage();
        assertThat(anna).isEqualTo(new DataCoverage(1, 1, daysSoFar, 2));
        // Max made no calls: counted, and none found
        DataCoverage max = goals.detail(childOf(one, "Max Head")).baseline().coverage();
        assertThat(max).isEqualTo(new DataCoverage(1, 0, daysSoFar, 0));
    }

    @Test
    void anEmployeeSeesOnlyTheirOwnTargetsWithWhatTheyRollUpInto() {
        long goal = brokenDownToDepartments();
        long one = childOf(goal, "Cascade one");
        CascadePlan plan = cascade.plan(one);
        cascade.save(one, AllocationStrategy.PROPORTIONAL_TO_CAPACITY,
                cascade.allocate(plan, AllocationStrategy.PROPORTIONAL_TO_CAPACITY).targetsById(), null);
        signInAs(fixture.goals.anna.email());
        List<MyTarget> mine = cascade.myTargets();
        assertThat(mine).singleElement().satisfies(t -> {
            assertThat(t.target().scope()).isEqualTo(new GoalScope.Employee(fixture.goals.anna.id()));
            assertThat(t.target().target()).isEqualByComparingTo(BigDecimal.valueOf(days));
            assertThat(t.target().baseline()).isEqualByComparingTo("3");
            assertThat(t.parentScopeName()).isEqualTo("Cascade one");
            assertThat(t.parentTitle().en()).isEqualTo("Test goal");
            assertThat(t.companyGoalTitle().en()).isEqualTo("Test goal");
            assertThat(t.metric().code()).isEqualTo(CALLS);
        });
        assertThatThrownBy(() -> cascade.breakdown(one)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cascade.plan(one)).isInstanceOf(AccessDeniedException.class);
        signInAs(DemoLogins.EMPLOYEE);
        assertThat(cascade.myTargets()).isEmpty();
    }
}
