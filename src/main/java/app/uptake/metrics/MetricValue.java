package app.uptake.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A metric over some people and days: Σnumerator, Σdenominator and the value scale × Σnum / Σden, or no value
 * when the denominator is zero (nothing to divide by is not the same as zero).
 */
public record MetricValue(BigDecimal numerator, BigDecimal denominator, BigDecimal value) {

    /** Internal precision; views round to the unit's decimals. */
    public static final int SCALE = 6;

    public static MetricValue of(BigDecimal numerator, BigDecimal denominator, BigDecimal scale) {
        BigDecimal value = denominator.signum() == 0 ? null
                : numerator.multiply(scale).divide(denominator, SCALE, RoundingMode.HALF_EVEN);
        return new MetricValue(numerator, denominator, value);
    }

    public boolean hasValue() {
        return value != null;
    }

    /** The value rounded for display in the metric's unit. */
    public BigDecimal rounded(MetricUnit unit) {
        return value == null ? null : value.setScale(unit.decimals(), RoundingMode.HALF_EVEN);
    }
}
