package app.uptake.goals;

import app.uptake.metrics.MetricDefinition;

/**
 * What the editor shows beside the form before saving: the metric's definition, the goal's period, the comparable
 * earlier period the baseline is measured over, and the baseline just measured.
 */
public record BaselinePreview(MetricDefinition metric, GoalPeriod period, GoalPeriod baselinePeriod, Baseline baseline) {
}
