package app.uptake.goals.progress;

import app.uptake.metrics.DenominatorKind;
import app.uptake.metrics.MetricDefinition;

/**
 * Whether a metric's figure grows over the period (a total that adds up over days and people, e.g. won revenue) or
 * is a rate that does not (Σnumerator / Σdenominator, e.g. win rate or calls per employee per week).
 */
public enum MetricNature {
    ADDITIVE, RATIO;

    /** A metric is additive exactly when it divides by nothing; every other formula is a rate. */
    public static MetricNature of(MetricDefinition metric) {
        return metric.formula().denominatorKind() == DenominatorKind.NONE ? ADDITIVE : RATIO;
    }
}
