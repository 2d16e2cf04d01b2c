package app.uptake.goals.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of the period's figure expected by a day, kept as the fraction it comes from (30 of 90 days; last year's
 * 21,000 of 84,000) so that target × share and actual ÷ share are exact before their single rounding: a third of
 * 90,000 is 30,000.000000, not 29,999.970000.
 */
public record ExpectedShare(BigDecimal accrued, BigDecimal whole) {

    public static final ExpectedShare NONE = new ExpectedShare(BigDecimal.ZERO, BigDecimal.ONE);
    public static final ExpectedShare ALL = new ExpectedShare(BigDecimal.ONE, BigDecimal.ONE);

    public ExpectedShare {
        if (whole.signum() <= 0) {
            throw new IllegalArgumentException("the whole must be positive: " + whole);
        }
    }

    /** The share as a number, 0.333333 for a third. */
    public BigDecimal value() {
        return accrued.divide(whole, ProgressMath.SCALE, RoundingMode.HALF_EVEN);
    }

    /** target × accrued ÷ whole. */
    public BigDecimal of(BigDecimal target) {
        return target.multiply(accrued).divide(whole, ProgressMath.SCALE, RoundingMode.HALF_EVEN);
    }

    /** actual × whole ÷ accrued; null when nothing was expected yet. */
    public BigDecimal extrapolate(BigDecimal actual) {
        return accrued.signum() <= 0 ? null : actual.multiply(whole).divide(accrued, ProgressMath.SCALE, RoundingMode.HALF_EVEN);
    }
}
