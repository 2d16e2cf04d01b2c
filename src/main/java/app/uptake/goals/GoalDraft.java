package app.uptake.goals;

import app.uptake.metrics.ProcessSegment;
import java.math.BigDecimal;

/**
 * A company goal as the editor fills it in. {@code quarter} null means the whole fiscal year; {@code segment} null
 * takes the metric's own; {@code reason} explains a change of target or weight of an existing goal.
 */
public record GoalDraft(int fiscalYear, Integer quarter, Long orgUnitId, String titleEn, String titleDe,
        String metricCode, ProcessSegment segment, BigDecimal targetValue, TargetDirection direction,
        BigDecimal weight, Long ownerId, String rationale, String reason) {
}
