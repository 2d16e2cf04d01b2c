package app.uptake.goals;

import app.uptake.metrics.MetricDefinition;
import java.time.Instant;
import java.util.List;

/**
 * Everything the goal page shows: the goal, its metric's definition, the baseline, who confirmed and activated it,
 * and its revisions (newest first). {@code mayConfirm} and {@code mayManage} say what the caller may do with it.
 */
public record GoalDetail(GoalSummary goal, String rationale, MetricDefinition metric, Baseline baseline,
        String confirmedByName, Instant confirmedAt, String activatedByName, Instant activatedAt,
        List<GoalRevision> revisions, boolean mayConfirm, boolean mayManage) {
}
