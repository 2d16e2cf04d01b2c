package app.uptake.incentives.calc;

import app.uptake.metrics.MetricDirection;
import app.uptake.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where a component's target comes from: the employee's own share of a goal in the cascade, so pay and goals rest on
 * the same figure, or a metric with a target the plan sets for everyone.
 */
public sealed interface ComponentBinding {

    /** The refusal when an employee's inputs have no measurement for a component bound like this. */
    BusinessRuleException missing(String componentCode);

    /**
     * Bound to a goal: each employee's target is their share of it, so someone without a share has no target.
     *
     * @param goalId the goal the cascade breaks down to the employees (usually a company goal)
     */
    record GoalBinding(long goalId) implements ComponentBinding {
        @Override
        public BusinessRuleException missing(String componentCode) {
            return BusinessRuleException.onField("components", IncentiveKeys.GOAL_MISSING, componentCode, goalId);
        }
    }

    /**
     * Bound to a metric with the plan's own target, the same for every employee of the plan.
     *
     * @param target    not negative
     * @param direction whether higher or lower values are better
     */
    record MetricBinding(String metricCode, BigDecimal target, MetricDirection direction) implements ComponentBinding {
        public MetricBinding {
            Objects.requireNonNull(metricCode, "metricCode");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(direction, "direction");
            if (target.signum() < 0) {
                throw BusinessRuleException.onField("target", IncentiveKeys.NEGATIVE_TARGET, target);
            }
        }

        /** The measurement of an actual against this binding's target. */
        public Measurement measure(BigDecimal actual) {
            return new Measurement(actual, target, direction);
        }

        @Override
        public BusinessRuleException missing(String componentCode) {
            return BusinessRuleException.onField("components", IncentiveKeys.ACTUAL_MISSING, componentCode, metricCode);
        }
    }
}
