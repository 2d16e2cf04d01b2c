package app.uptake.incentives.calc;

import app.uptake.metrics.MetricDirection;
import app.uptake.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a run freezes for one component of one employee: the actual of the period, the target it is held against
 * (the employee's goal target, or the metric component's own target) and whether higher or lower is better.
 * The frozen target is the one that counts, so a run gives the same result however the plan is edited later.
 */
public record Measurement(BigDecimal actual, BigDecimal target, MetricDirection direction) {

    public Measurement {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
        if (target.signum() < 0) {
            throw BusinessRuleException.onField("target", IncentiveKeys.NEGATIVE_TARGET, target);
        }
    }

    /** The same target and direction with another actual (what-if). */
    public Measurement withActual(BigDecimal newActual) {
        return new Measurement(newActual, target, direction);
    }
}
