package app.uptake.goals;

import app.uptake.metrics.MetricUnit;
import app.uptake.metrics.ProcessSegment;
import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A goal as a row of the goal map, with what the tree needs to expand it ({@code childCount}). */
public record GoalSummary(long id, Long parentId, GoalPeriod period, GoalScope scope, String scopeName,
        LocalizedText title, String metricCode, LocalizedText metricName, MetricUnit unit, ProcessSegment segment,
        TargetDirection direction, BigDecimal baseline, BigDecimal target, BigDecimal weight, GoalStatus status,
        long ownerId, String ownerName, boolean confirmed, int childCount) {

    /** Target minus baseline; null when the scope has no baseline (a target of the cascade for a new unit or joiner). */
    public BigDecimal change() {
        return baseline == null ? null : target.subtract(baseline);
    }

    /** The change in percent of the baseline, one decimal; null when the baseline is zero or missing. */
    public BigDecimal changePercent() {
        return baseline == null || baseline.signum() == 0 ? null
                : change().multiply(BigDecimal.valueOf(100)).divide(baseline.abs(), 1, RoundingMode.HALF_EVEN);
    }
}
