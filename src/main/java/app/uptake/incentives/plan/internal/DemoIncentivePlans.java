package app.uptake.incentives.plan.internal;

import app.uptake.goals.FiscalCalendar;
import app.uptake.goals.GoalReference;
import app.uptake.incentives.calc.GateMeasure;
import app.uptake.incentives.calc.Step;
import app.uptake.incentives.calc.Tier;
import app.uptake.incentives.plan.ComponentSpec;
import app.uptake.incentives.plan.CurveSpec;
import app.uptake.incentives.plan.EligibleUnit;
import app.uptake.incentives.plan.GateSpec;
import app.uptake.incentives.plan.IncentivePlanService;
import app.uptake.incentives.plan.PlanDraft;
import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.incentives.plan.VersionDraft;
import app.uptake.metrics.MetricDirection;
import app.uptake.organization.DemoActors;
import app.uptake.organization.DemoActors.Login;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.JobRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives the demo company one incentive plan on the first start, made by the head of HR through the plan service:
 * SALES-BAV for the account executives of Field Sales South – Bavaria (the demo team), quarterly, 6,000 EUR at 100 %:
 * 60 % on the team's share of the company goal on the win rate (or, when the demo has no such goal, on the win rate
 * metric with a target of its own), 40 % on meetings per week by a step table; a missing mandatory training halves
 * the payout, data completeness below 80 % caps it at 100 %. Nothing here may stop the application from starting.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("uptake.demo.enabled")
class DemoIncentivePlans implements ApplicationRunner {

    static final String CODE = "SALES-BAV";
    /** The demo team (see the organization's demo company). */
    private static final String TEAM = "SALES-SOUTH-BAV";

    private static final Logger log = LoggerFactory.getLogger(DemoIncentivePlans.class);

    private final IncentivePlanService plans;
    private final DemoActors actors;
    private final FiscalCalendar fiscal;
    private final EmployeeDirectory directory;
    private final JdbcTemplate jdbc;

    DemoIncentivePlans(IncentivePlanService plans, DemoActors actors, FiscalCalendar fiscal,
            EmployeeDirectory directory, JdbcTemplate jdbc) {
        this.plans = plans;
        this.actors = actors;
        this.fiscal = fiscal;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from incentive_plan", Integer.class);
        if (existing == null || existing > 0) {
            return;
        }
        try {
            actors.as(Login.HR, () -> {
                make();
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("Demo incentive plan not made: {}", e.getMessage());
        }
    }

    private void make() {
        long id = plans.create(new PlanDraft(CODE, "Field Sales Bavaria", "Außendienst Bayern", "EUR",
                PlanPeriodType.QUARTER, new BigDecimal("6000.00"), true));
        Optional<Long> team = directory.unitIdByCode(TEAM);
        plans.setEligibility(id, Set.of(JobRole.ACCOUNT_EXECUTIVE),
                team.map(unit -> List.of(new EligibleUnit(unit, TEAM, true))).orElse(List.of()));
        int year = fiscal.currentFiscalYear();
        LocalDate from = fiscal.period(year, null).range().from();
        Optional<GoalReference> winRateGoal = plans.goalChoices().stream()
                .filter(g -> g.metricCode().equals("WIN_RATE") && g.period().fiscalYear() == year).findFirst();
        CurveSpec winCurve = CurveSpec.tiered(new BigDecimal("80"), new BigDecimal("50"),
                List.of(Tier.upTo("100", "120", "1.5"), Tier.openFrom("120", "2")), new BigDecimal("200"));
        ComponentSpec winRate = winRateGoal
                .map(goal -> new ComponentSpec("WIN_RATE", "Win rate", "Abschlussquote", goal.id(), null, null, null,
                        new BigDecimal("60"), winCurve))
                .orElseGet(() -> new ComponentSpec("WIN_RATE", "Win rate", "Abschlussquote", null, "WIN_RATE",
                        new BigDecimal("25"), MetricDirection.HIGHER, new BigDecimal("60"), winCurve));
        ComponentSpec meetings = new ComponentSpec("MEETINGS", "Customer meetings per week",
                "Kundentermine pro Woche", null, "MEETINGS_PER_WEEK", new BigDecimal("4"), MetricDirection.HIGHER,
                new BigDecimal("40"), CurveSpec.steps(List.of(Step.of("0", "0"), Step.of("75", "50"),
                        Step.of("100", "100"), Step.of("125", "150"))));
        List<GateSpec> gates = List.of(
                new GateSpec("TRAINING", GateMeasure.MANDATORY_TRAINING_COMPLETED, null, GateSpec.Effect.REDUCE,
                        new BigDecimal("50"), null),
                new GateSpec("DATA", GateMeasure.DATA_COMPLETENESS, new BigDecimal("80"), GateSpec.Effect.CAP,
                        new BigDecimal("100"), null));
        plans.saveVersion(id, new VersionDraft(from, new BigDecimal("6000.00"), List.of(winRate, meetings), gates,
                "Incentive on the CRM metrics the goals use, from the start of the fiscal year."));
        log.info("Demo incentive plan {} from {} ({})", CODE, from,
                winRateGoal.map(g -> "win rate goal " + g.id()).orElse("win rate metric"));
    }
}
