package app.uptake.goals;

import app.uptake.metrics.DenominatorKind;
import app.uptake.metrics.Formula;
import app.uptake.metrics.MetricDefinition;

/**
 * How the targets of a goal's children combine into the parent's target, which follows from the metric's
 * formula: a plain count or sum adds up over people and units, a rate does not.
 */
public enum MetricNature {

    /**
     * A count or sum without a denominator (won revenue, calls logged, active days): the children's targets
     * must add up to the parent's.
     */
    ADDITIVE,

    /**
     * Numerator over denominator (win rate, calls per employee-week, average margin): over several children
     * the metric is Σnumerator / Σdenominator, so the children's rates weighted by their expected denominators
     * must reach the parent's rate.
     */
    RATIO;

    /**
     * The nature of a formula. Everything divided by something, be it another measure or the person-weeks or
     * working days employed, is a ratio; only a formula without denominator adds up.
     */
    public static MetricNature of(Formula formula) {
        return formula.denominatorKind() == DenominatorKind.NONE ? ADDITIVE : RATIO;
    }

    public static MetricNature of(MetricDefinition metric) {
        return of(metric.formula());
    }
}
