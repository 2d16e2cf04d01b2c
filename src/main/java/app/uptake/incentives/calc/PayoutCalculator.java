package app.uptake.incentives.calc;

import app.uptake.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Computes an employee's incentive from frozen inputs, the same way for a run, a re-run and the what-if estimator.
 *
 * <p>For each plan the employee was under: per component, attainment → curve payout → the component's gates →
 * weighted by the component's weight; the weighted payouts add up to the plan's payout in per cent of the target
 * incentive, which the plan's whole-payout gates may then zero, reduce or cap; that per cent of the target incentive,
 * prorated by days and FTE, is the plan's amount. The plans' amounts and the manual adjustments add up to the exact
 * total, which is rounded once, to the cent, half even. Nothing before that is rounded to the cent.
 */
public final class PayoutCalculator {

    private PayoutCalculator() {
    }

    public static EmployeePayout calculate(EmployeeInputs inputs) {
        List<PlanPayout> plans = new ArrayList<>();
        List<ExplanationLine> lines = new ArrayList<>();
        BigDecimal exact = BigDecimal.ZERO;
        String currency = inputs.currency().getCurrencyCode();
        for (PlanAssignment assignment : inputs.assignments()) {
            PlanPayout plan = planPayout(assignment, inputs);
            plans.add(plan);
            lines.addAll(plan.explanation());
            exact = exact.add(plan.amount());
        }
        for (ManualAdjustment adjustment : inputs.adjustments()) {
            exact = exact.add(adjustment.amount());
            lines.add(ExplanationLine.of(IncentiveKeys.EXPLAIN_ADJUSTMENT, adjustment.amount(), currency,
                    adjustment.reason()));
        }
        BigDecimal total = Decimals.toMinorUnit(exact, Money.fractionDigits(inputs.currency()));
        if (total.signum() < 0) {
            throw BusinessRuleException.onField("amount", IncentiveKeys.NEGATIVE_TOTAL, exact, currency);
        }
        lines.add(ExplanationLine.of(IncentiveKeys.EXPLAIN_TOTAL, exact, total, currency));
        return new EmployeePayout(inputs.employeeId(), inputs.period(), inputs.currency(), plans, inputs.adjustments(),
                exact, total, lines);
    }

    private static PlanPayout planPayout(PlanAssignment assignment, EmployeeInputs inputs) {
        PlanVersion plan = assignment.plan();
        BigDecimal target = assignment.targetIncentive();
        String currency = plan.currency().getCurrencyCode();
        boolean individual = assignment.targetIncentiveOverride() != null;
        List<ExplanationLine> lines = new ArrayList<>();
        lines.add(ExplanationLine.of(individual ? IncentiveKeys.EXPLAIN_PLAN_OVERRIDE : IncentiveKeys.EXPLAIN_PLAN,
                plan.name(), plan.version(), target, currency));
        Proration proration = Proration.of(assignment.spells(), inputs.period());
        lines.addAll(proration.explanation());

        List<ComponentPayout> components = new ArrayList<>();
        BigDecimal componentPercent = BigDecimal.ZERO;
        for (PlanComponent component : plan.components()) {
            ComponentPayout payout = componentPayout(component, assignment, inputs.gateValues(), proration, currency);
            components.add(payout);
            lines.addAll(payout.explanation());
            componentPercent = componentPercent.add(payout.weightedPercent());
        }
        lines.add(ExplanationLine.of(IncentiveKeys.EXPLAIN_COMPONENT_SUM, componentPercent));

        List<GateOutcome> gates = new ArrayList<>();
        BigDecimal percent = componentPercent;
        for (Gate gate : plan.wholePayoutGates()) {
            GateOutcome outcome = gate.evaluate(inputs.gateValues(), percent);
            gates.add(outcome);
            lines.addAll(outcome.explanation());
            percent = outcome.after();
        }
        BigDecimal amount = proration.amount(target, percent);
        lines.add(ExplanationLine.of(IncentiveKeys.EXPLAIN_PLAN_PAYOUT, percent, target, proration.factor(), amount,
                currency));
        return new PlanPayout(plan, target, individual, proration, components, componentPercent, gates, percent, amount,
                lines);
    }

    private static ComponentPayout componentPayout(PlanComponent component, PlanAssignment assignment,
            Map<GateMeasure, GateValue> gateValues, Proration proration, String currency) {
        List<ExplanationLine> lines = new ArrayList<>();
        lines.add(ExplanationLine.of(IncentiveKeys.EXPLAIN_COMPONENT, component.name(), component.weight()));
        Measurement measurement = assignment.measurementOf(component);
        Attainment attainment = Attainment.of(measurement);
        lines.addAll(attainment.explanation());
        CurvePayout curve = component.curve().payoutFor(attainment.percent());
        lines.addAll(curve.explanation());

        List<GateOutcome> gates = new ArrayList<>();
        BigDecimal percent = curve.percent();
        for (Gate gate : assignment.plan().gatesOn(component.code())) {
            GateOutcome outcome = gate.evaluate(gateValues, percent);
            gates.add(outcome);
            lines.addAll(outcome.explanation());
            percent = outcome.after();
        }
        BigDecimal weighted = Decimals.percentOf(percent, component.weight());
        lines.add(ExplanationLine.of(IncentiveKeys.EXPLAIN_WEIGHTED, percent, component.weight(), weighted));
        BigDecimal target = assignment.targetIncentive();
        BigDecimal amount = proration.amount(target, weighted);
        lines.add(ExplanationLine.of(IncentiveKeys.EXPLAIN_COMPONENT_AMOUNT, target, currency, weighted,
                proration.factor(), amount));
        return new ComponentPayout(component, measurement, attainment, curve, gates, percent, weighted, amount, lines);
    }
}
