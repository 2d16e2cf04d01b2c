package app.uptake.incentives.calc;

import static app.uptake.incentives.calc.Decimals.HUNDRED;

import app.uptake.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A condition on how the employee works with the CRM, with what happens to the pay when it is not met: a flag
 * that must be set (mandatory training completed) or a percentage that must reach a minimum (data completeness at
 * least 80 %). It applies to one component or, without a component, to the whole payout of the plan.
 *
 * <p>Several gates may look at the same measure, so that a plan can grade its response (below 80 % reduce by 20 %,
 * below 60 % pay nothing). They apply in the order the plan lists them; the plan designer decides whether a cap comes
 * before or after a reduction.
 *
 * @param code          unique within the plan
 * @param measure       what the gate looks at
 * @param minimum       for a percentage measure the least value that passes (0 to 100); null for a flag
 * @param effect        what happens when the condition is not met
 * @param componentCode the component the gate applies to; null for the whole payout
 */
public record Gate(String code, GateMeasure measure, BigDecimal minimum, GateEffect effect, String componentCode) {

    public Gate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(effect, "effect");
        if (measure.kind() == GateMeasure.Kind.FLAG && minimum != null) {
            throw BusinessRuleException.onField("minimum", IncentiveKeys.GATE_MINIMUM_FOR_FLAG, code);
        }
        if (measure.kind() == GateMeasure.Kind.PERCENT && minimum == null) {
            throw BusinessRuleException.onField("minimum", IncentiveKeys.GATE_MINIMUM_MISSING, code);
        }
        if (minimum != null && !Decimals.between(minimum, BigDecimal.ZERO, HUNDRED)) {
            throw BusinessRuleException.onField("minimum", IncentiveKeys.GATE_MINIMUM_RANGE, code, minimum);
        }
    }

    /** A gate on the whole payout that needs a flag to be set. */
    public static Gate required(String code, GateMeasure measure, GateEffect effect) {
        return new Gate(code, measure, null, effect, null);
    }

    /** A gate on the whole payout that needs a percentage of at least {@code minimum}. */
    public static Gate atLeast(String code, GateMeasure measure, String minimum, GateEffect effect) {
        return new Gate(code, measure, new BigDecimal(minimum), effect, null);
    }

    /** The same gate on one component only. */
    public Gate onComponent(String component) {
        return new Gate(code, measure, minimum, effect, Objects.requireNonNull(component, "component"));
    }

    public boolean wholePayout() {
        return componentCode == null;
    }

    /**
     * Checks the employee's value and applies the effect when the condition is not met.
     *
     * @param payout payout in per cent before this gate
     */
    GateOutcome evaluate(Map<GateMeasure, GateValue> values, BigDecimal payout) {
        GateValue value = values.get(measure);
        if (value == null) {
            throw BusinessRuleException.onField("gates", IncentiveKeys.GATE_VALUE_MISSING, code);
        }
        if (value.kind() != measure.kind()) {
            throw BusinessRuleException.onField("gates", IncentiveKeys.GATE_VALUE_KIND, code);
        }
        List<ExplanationLine> lines = new ArrayList<>();
        boolean met;
        if (measure.kind() == GateMeasure.Kind.FLAG) {
            met = value.flag();
            lines.add(ExplanationLine.of(met ? IncentiveKeys.EXPLAIN_GATE_FLAG_MET : IncentiveKeys.EXPLAIN_GATE_FLAG_MISSED,
                    measure.label()));
        } else {
            if (!Decimals.between(value.percent(), BigDecimal.ZERO, HUNDRED)) {
                throw BusinessRuleException.onField("gates", IncentiveKeys.GATE_VALUE_RANGE, code, value.percent());
            }
            met = value.percent().compareTo(minimum) >= 0;
            lines.add(ExplanationLine.of(met ? IncentiveKeys.EXPLAIN_GATE_MINIMUM_MET
                    : IncentiveKeys.EXPLAIN_GATE_MINIMUM_MISSED, measure.label(), value.percent(), minimum));
        }
        BigDecimal after = payout;
        if (!met) {
            GateEffect.Applied applied = effect.apply(payout);
            after = applied.payout();
            lines.add(applied.explanation());
        }
        return new GateOutcome(code, measure, componentCode, value, met, payout, after, lines);
    }
}
