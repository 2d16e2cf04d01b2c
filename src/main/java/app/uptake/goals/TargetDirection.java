package app.uptake.goals;

import app.uptake.metrics.MetricDirection;
import java.math.BigDecimal;

/** Whether a goal raises or lowers its metric against the baseline. */
public enum TargetDirection {
    INCREASE, DECREASE;

    /** The direction that improves a metric of the given direction. */
    public static TargetDirection improving(MetricDirection metric) {
        return metric == MetricDirection.HIGHER ? INCREASE : DECREASE;
    }

    /** Whether the target lies on this direction's side of the baseline (strictly). */
    public boolean reaches(BigDecimal baseline, BigDecimal target) {
        int compared = target.compareTo(baseline);
        return this == INCREASE ? compared > 0 : compared < 0;
    }

    public String messageKey() {
        return "targetDirection." + name();
    }
}
