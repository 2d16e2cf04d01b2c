package app.uptake.metrics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * value = scale × numerator / denominator. Over several employees and days it is always
 * scale × Σnumerator / Σdenominator, never an average of each person's value.
 */
public record Formula(Measure numerator, DenominatorKind denominatorKind, Measure denominator, BigDecimal scale) {

    public Formula {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominatorKind, "denominatorKind");
        Objects.requireNonNull(scale, "scale");
        if (numerator.aggregation() == Aggregation.DISTINCT) {
            throw new IllegalArgumentException("distinct counts cannot be summed over days, so only a denominator can be one");
        }
        if ((denominatorKind == DenominatorKind.MEASURE) != (denominator != null)) {
            throw new IllegalArgumentException("a denominator measure belongs to, and only to, kind MEASURE");
        }
        if (scale.signum() <= 0) {
            throw new IllegalArgumentException("scale must be positive");
        }
    }

    public static Formula total(Measure numerator) {
        return new Formula(numerator, DenominatorKind.NONE, null, BigDecimal.ONE);
    }

    public static Formula ratio(Measure numerator, Measure denominator, BigDecimal scale) {
        return new Formula(numerator, DenominatorKind.MEASURE, denominator, scale);
    }

    public static Formula per(Measure numerator, DenominatorKind exposure, BigDecimal scale) {
        return new Formula(numerator, exposure, null, scale);
    }

    /** Whether the denominator is stored in the daily rollups (otherwise it is counted when asked). */
    public boolean denominatorInRollup() {
        return denominatorKind == DenominatorKind.MEASURE && denominator.aggregation() != Aggregation.DISTINCT;
    }
}
