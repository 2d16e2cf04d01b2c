package app.uptake.goals.allocation;

import app.uptake.goals.MetricNature;
import app.uptake.metrics.Aggregation;
import app.uptake.metrics.EventField;
import app.uptake.metrics.Formula;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricDirection;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * What allocation and alignment need to know about a goal's metric.
 *
 * @param nature      whether children's targets add up or are weighted by their expected denominators
 * @param direction   whether a higher value is better; decides which side of a baseline counts as ambitious
 * @param scale       decimals of a target: the metric unit's shown decimals, so that what people see adds up
 * @param nonNegative whether a target below zero is impossible (every count, and every sum of a field that
 *                    cannot be negative)
 */
public record AllocationMetric(MetricNature nature, MetricDirection direction, int scale, boolean nonNegative) {

    /**
     * Activity ingestion refuses negative amounts, durations, product counts, minutes, scores and completeness;
     * a contribution margin alone may be negative (a loss-making deal).
     */
    private static final Set<EventField> SIGNED_FIELDS = Set.of(EventField.MARGIN);

    public AllocationMetric {
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(direction, "direction");
        if (scale < 0) {
            throw new IllegalArgumentException("scale must not be negative");
        }
    }

    public static AllocationMetric of(MetricDefinition metric) {
        return new AllocationMetric(MetricNature.of(metric), metric.direction(), metric.unit().decimals(),
                !canBeNegative(metric.formula()));
    }

    /** Denominators are counts, distinct counts or time employed, so only the numerator decides the sign. */
    static boolean canBeNegative(Formula formula) {
        return formula.numerator().aggregation() == Aggregation.SUM
                && SIGNED_FIELDS.contains(formula.numerator().field());
    }

    /** One unit of the last decimal: the smallest step a target can take. */
    public BigDecimal unit() {
        return BigDecimal.ONE.movePointLeft(scale);
    }
}
