package app.uptake.incentives.run;

import app.uptake.incentives.calc.Gate;
import app.uptake.incentives.calc.GateEffect;
import app.uptake.incentives.calc.GateMeasure;
import app.uptake.incentives.calc.ComponentBinding;
import app.uptake.incentives.calc.PlanComponent;
import app.uptake.incentives.calc.PlanVersion;
import app.uptake.incentives.calc.TieredCurve;
import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.metrics.MetricDirection;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.Role;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import app.uptake.shared.LocalizedText;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the tests that calculate runs: the application with {@link TestPlans} (imported by
 * {@link app.uptake.support.UptakeSpringTest} into the shared context) and a few plans to run.
 */
public abstract class RunTest extends UiTest {

    @Autowired
    protected TestPlans plans;
    @Autowired
    protected IncentiveRunService runs;
    @Autowired
    protected EmployeeDirectory directory;
    @Autowired
    protected CompanyCalendar calendar;

    /** The month that ended last, which the demo company has activity for. */
    protected DateRange lastMonth() {
        return RunPeriods.lastClosed(PlanPeriodType.MONTH, calendar.today(), 1);
    }

    protected long id(String login) {
        return directory.resolve(List.of(login)).get(login);
    }

    /** Jonas and the rest of Sabine's team. */
    protected List<Long> team() {
        long sabine = id(DemoLogins.MANAGER);
        List<Long> ids = new java.util.ArrayList<>(directory.reportingLine(sabine).stream()
                .map(e -> e.employeeId()).toList());
        if (!ids.contains(id(DemoLogins.EMPLOYEE))) {
            ids.add(id(DemoLogins.EMPLOYEE));
        }
        return ids;
    }

    /** Another HR person than Petra, who may approve what Petra calculated. */
    protected String secondHrLogin() {
        long petra = id(DemoLogins.HR);
        Map<Long, Set<Role>> roles = directory.accountRoles();
        long other = roles.entrySet().stream().filter(e -> e.getValue().contains(Role.HR) && e.getKey() != petra)
                .map(Map.Entry::getKey).sorted().findFirst().orElseThrow();
        return directory.contacts(List.of(other)).get(other).email();
    }

    /**
     * A monthly plan paying 1,000 EUR at target: calls per week against 10 (60 %), CRM active days against 80 %
     * (40 %), each on a straight line from 0 with no cap; training missed takes 20 % off the whole payout.
     */
    protected static PlanVersion salesPlan(String code, String targetIncentive) {
        return new PlanVersion(code, 1, new LocalizedText("Sales " + code, "Vertrieb " + code), PlanVersion.EUR,
                new BigDecimal(targetIncentive), List.of(
                        new PlanComponent("CALLS", new LocalizedText("Calls", "Anrufe"),
                                new ComponentBinding.MetricBinding("CALLS_PER_WEEK", BigDecimal.TEN,
                                        MetricDirection.HIGHER), new BigDecimal("60"), TieredCurve.linear("0", "0")),
                        new PlanComponent("ACTIVE", new LocalizedText("Active days", "Aktivtage"),
                                new ComponentBinding.MetricBinding("CRM_ACTIVE_DAYS_SHARE", new BigDecimal("80"),
                                        MetricDirection.HIGHER), new BigDecimal("40"), TieredCurve.linear("0", "0"))),
                List.of(Gate.required("TRAINING", GateMeasure.MANDATORY_TRAINING_COMPLETED,
                        GateEffect.reduceBy("20"))));
    }

    /** Adds the sales plan for the team, in force for all time; its id. */
    protected long teamPlan(boolean managerTotalsVisible) {
        return plans.add(salesPlan("S" + System.nanoTime() % 100000, "1000"), PlanPeriodType.MONTH,
                managerTotalsVisible, new DateRange(java.time.LocalDate.of(1990, 1, 1),
                        java.time.LocalDate.of(2099, 12, 31)), team());
    }
}
