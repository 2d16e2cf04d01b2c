package app.uptake.incentives.run;

import app.uptake.goals.FiscalCalendar;
import app.uptake.incentives.calc.EmployeeInputs;
import app.uptake.incentives.calc.EmployeePayout;
import app.uptake.incentives.calc.GateMeasure;
import app.uptake.incentives.calc.GateValue;
import app.uptake.incentives.calc.Measurement;
import app.uptake.incentives.calc.PayoutCalculator;
import app.uptake.incentives.calc.PlanAssignment;
import app.uptake.incentives.calc.PlanComponent;
import app.uptake.incentives.calc.WhatIf;
import app.uptake.incentives.plan.Participant;
import app.uptake.incentives.plan.PlanInForce;
import app.uptake.incentives.plan.PlanSource;
import app.uptake.incentives.run.internal.RunInputs;
import app.uptake.incentives.run.internal.RunJson.FrozenInputs;
import app.uptake.organization.CurrentUserService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The what-if estimator: the signed-in employee's plan for the current period with their figures so far, and the
 * payout they would get with other figures, computed by the same calculator and the same plan version as a run.
 * Only ever about the signed-in person.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class WhatIfService {

    /** One component as the employee can change it: its target, and the actual so far. */
    public record ComponentFigure(PlanComponent component, Measurement measurement) {
    }

    /**
     * The employee's plan for the current period: the figures so far and the payout they would give.
     *
     * @param measuredUntil the last day whose activity the figures include (today, or the period's end)
     * @param current       the payout of the figures so far; null when the plan cannot be calculated for the
     *                      employee yet (then {@code problem} says why, e.g. no share of a goal a component needs)
     */
    public record MyPlan(long planId, PlanInForce plan, DateRange period, LocalDate measuredUntil,
            List<ComponentFigure> components, EmployeeInputs inputs, EmployeePayout current,
            BusinessRuleException problem) {

        public Map<GateMeasure, GateValue> gates() {
            return inputs.gateValues();
        }
    }

    private final PlanSource plans;
    private final RunInputs inputs;
    private final CurrentUserService currentUser;
    private final CompanyCalendar calendar;
    private final FiscalCalendar fiscal;

    WhatIfService(PlanSource plans, RunInputs inputs, CurrentUserService currentUser, CompanyCalendar calendar,
            FiscalCalendar fiscal) {
        this.plans = plans;
        this.inputs = inputs;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.fiscal = fiscal;
    }

    /** The plans the signed-in employee is under in the current period (usually one), with their figures so far. */
    public List<MyPlan> mine() {
        long me = currentUser.require().employeeId();
        LocalDate today = calendar.today();
        List<MyPlan> mine = new ArrayList<>();
        for (long planId : plans.plansInForceDuring(new DateRange(today, today))) {
            base(planId, me, today).ifPresent(mine::add);
        }
        return mine;
    }

    /**
     * The payout with the given actuals (by component code) and gate values instead of the figures so far; anything
     * not given stays as it is. Refused for a plan the employee is not under.
     */
    public WhatIf.Estimate estimate(long planId, Map<String, BigDecimal> actuals, Map<GateMeasure, GateValue> gates) {
        long me = currentUser.require().employeeId();
        MyPlan base = base(planId, me, calendar.today())
                .orElseThrow(() -> new BusinessRuleException("whatIf.error.notInPlan"));
        if (base.problem() != null) {
            throw base.problem();
        }
        WhatIf whatIf = WhatIf.from(base.inputs());
        for (Map.Entry<String, BigDecimal> actual : actuals.entrySet()) {
            if (actual.getValue() == null) {
                continue;
            }
            if (actual.getValue().signum() < 0) {
                throw BusinessRuleException.onField(actual.getKey(), "whatIf.error.negative");
            }
            whatIf = whatIf.actual(actual.getKey(), actual.getValue());
        }
        for (Map.Entry<GateMeasure, GateValue> gate : gates.entrySet()) {
            whatIf = whatIf.gate(gate.getKey(), gate.getValue());
        }
        return whatIf.estimate();
    }

    private Optional<MyPlan> base(long planId, long me, LocalDate today) {
        Optional<PlanInForce> inForce = plans.inForce(planId, new DateRange(today, today));
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        PlanInForce plan = inForce.get();
        DateRange period = RunPeriods.containing(plan.periodType(), today, fiscal.startMonth());
        // the version in force for the period, as a run for it would use
        plan = plans.inForce(planId, period).orElse(plan);
        Optional<Participant> participant = plans.participants(planId, period).stream()
                .filter(p -> p.employeeId() == me).findFirst();
        if (participant.isEmpty()) {
            return Optional.empty();
        }
        LocalDate measuredUntil = period.to().isAfter(today) ? today : period.to();
        FrozenInputs frozen = inputs.read(plan.version(), List.of(participant.get()),
                new DateRange(period.from(), measuredUntil)).inputs().get(me);
        List<ComponentFigure> components = plan.version().components().stream()
                .map(c -> new ComponentFigure(c, frozen.measurements().get(c.code()))).toList();
        EmployeeInputs employeeInputs = new EmployeeInputs(Long.toString(me), period, List.of(new PlanAssignment(
                plan.version(), participant.get().spells(), participant.get().targetIncentiveOverride(),
                frozen.measurements())), frozen.gateValues(), List.of());
        try {
            return Optional.of(new MyPlan(planId, plan, period, measuredUntil, components, employeeInputs,
                    PayoutCalculator.calculate(employeeInputs), null));
        } catch (BusinessRuleException problem) {
            return Optional.of(new MyPlan(planId, plan, period, measuredUntil, components, employeeInputs, null,
                    problem));
        }
    }
}
