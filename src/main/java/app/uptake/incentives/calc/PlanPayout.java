package app.uptake.incentives.calc;

import java.math.BigDecimal;
import java.util.List;

/**
 * An employee's payout under one plan for the days they spent under it.
 *
 * @param targetIncentive     the target incentive that applied (the employee's own or the plan's)
 * @param individualTarget    whether it was the employee's own
 * @param componentPercent    Σ weighted component payouts, in per cent of the target incentive
 * @param gates               the gates on the whole payout, in plan order
 * @param payoutPercent       componentPercent after those gates
 * @param amount              target × payoutPercent, prorated; not rounded
 * @param explanation         the plan's lines in order: plan, proration, each component, sum, gates, payout
 */
public record PlanPayout(PlanVersion plan, BigDecimal targetIncentive, boolean individualTarget, Proration proration,
        List<ComponentPayout> components, BigDecimal componentPercent, List<GateOutcome> gates,
        BigDecimal payoutPercent, BigDecimal amount, List<ExplanationLine> explanation) {

    public PlanPayout {
        components = List.copyOf(components);
        gates = List.copyOf(gates);
        explanation = List.copyOf(explanation);
    }

    public ComponentPayout component(String code) {
        return components.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no component " + code));
    }
}
