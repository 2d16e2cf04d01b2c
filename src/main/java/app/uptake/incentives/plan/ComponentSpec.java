package app.uptake.incentives.plan;

import app.uptake.metrics.MetricDirection;
import java.math.BigDecimal;

/**
 * A component as HR enters it and as a version stores it (JSON): plain values, checked only when turned into the
 * calculation core's {@link app.uptake.incentives.calc.PlanComponent} ({@link PlanDefinitions}).
 *
 * @param goalId       the company goal the component is bound to; null for a metric binding
 * @param metricCode   the metric of a metric binding (null for a goal binding)
 * @param metricTarget the plan's own target of a metric binding
 * @param direction    whether higher or lower values of the metric are better (metric binding)
 * @param weight       share of the target incentive in per cent
 */
public record ComponentSpec(String code, String nameEn, String nameDe, Long goalId, String metricCode,
        BigDecimal metricTarget, MetricDirection direction, BigDecimal weight, CurveSpec curve) {

    public boolean boundToGoal() {
        return goalId != null;
    }
}
