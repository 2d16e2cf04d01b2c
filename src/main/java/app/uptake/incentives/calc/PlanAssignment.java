package app.uptake.incentives.calc;

import app.uptake.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The time an employee spent under one plan in the period, with everything the calculation needs for it: the
 * frozen plan version, the spells, an individual target incentive if HR set one, and a measurement per component.
 * An employee transferred between plans has one assignment per plan.
 *
 * @param targetIncentiveOverride the employee's own target incentive (full time, whole period) instead of the plan's;
 *                                null for the plan's; 0 is allowed (someone eligible who is to get nothing)
 * @param measurements            by component code; every component of the plan needs one
 */
public record PlanAssignment(PlanVersion plan, List<EmploymentSpell> spells, BigDecimal targetIncentiveOverride,
        Map<String, Measurement> measurements) {

    public PlanAssignment {
        Objects.requireNonNull(plan, "plan");
        spells = List.copyOf(spells);
        measurements = Map.copyOf(measurements);
        if (spells.isEmpty()) {
            throw BusinessRuleException.onField("spells", IncentiveKeys.NO_EMPLOYMENT);
        }
        if (targetIncentiveOverride != null) {
            if (targetIncentiveOverride.signum() < 0) {
                throw BusinessRuleException.onField("targetIncentive", IncentiveKeys.AMOUNT_NEGATIVE,
                        targetIncentiveOverride);
            }
            Money.checkPrecision("targetIncentive", targetIncentiveOverride, plan.currency());
        }
        for (String code : measurements.keySet().stream().sorted().toList()) {
            if (plan.component(code).isEmpty()) {
                throw BusinessRuleException.onField("components", IncentiveKeys.UNKNOWN_COMPONENT, code);
            }
        }
    }

    public PlanAssignment(PlanVersion plan, List<EmploymentSpell> spells, Map<String, Measurement> measurements) {
        this(plan, spells, null, measurements);
    }

    /** The target incentive that applies: the employee's own or the plan's. */
    public BigDecimal targetIncentive() {
        return targetIncentiveOverride != null ? targetIncentiveOverride : plan.targetIncentive();
    }

    /** The measurement of a component; refused with the binding's reason when the employee has none. */
    Measurement measurementOf(PlanComponent component) {
        Measurement measurement = measurements.get(component.code());
        if (measurement == null) {
            throw component.binding().missing(component.code());
        }
        return measurement;
    }

    /** The same assignment with other measurements (what-if). */
    PlanAssignment withMeasurements(Map<String, Measurement> other) {
        return new PlanAssignment(plan, spells, targetIncentiveOverride, other);
    }
}
