package app.uptake.incentives.calc;

import java.math.BigDecimal;
import java.util.List;

/**
 * One component's part of an employee's payout under one plan, with each step from measurement to amount.
 *
 * @param payoutPercent  the curve's payout after the component's gates, in per cent
 * @param weightedPercent payoutPercent × weight ÷ 100: the component's payout in per cent of the whole target
 * @param amount         the prorated amount, not rounded (34 significant digits at most): statements show it rounded
 *                       to the cent for reading, but the total is rounded once from the exact amounts, so the rounded
 *                       lines may differ from the total by a cent
 * @param explanation    the component's lines in order: name, attainment, curve, gates, weighting, amount
 */
public record ComponentPayout(PlanComponent component, Measurement measurement, Attainment attainment,
        CurvePayout curve, List<GateOutcome> gates, BigDecimal payoutPercent, BigDecimal weightedPercent,
        BigDecimal amount, List<ExplanationLine> explanation) {

    public ComponentPayout {
        gates = List.copyOf(gates);
        explanation = List.copyOf(explanation);
    }

    public String code() {
        return component.code();
    }
}
