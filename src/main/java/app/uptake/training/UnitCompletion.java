package app.uptake.training;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Completed against assigned modules of the people in one org unit and the units below it.
 *
 * @param direct the people directly in the unit the rates are broken down from, not in a unit below it
 */
public record UnitCompletion(long orgUnitId, String name, boolean direct, long assigned, long completed, long overdue) {

    /** Completed ÷ assigned in percent, one decimal, half-even; null when nothing is assigned. */
    public BigDecimal ratePercent() {
        return percent(completed, assigned);
    }

    /** {@code part} ÷ {@code whole} in percent with one decimal, rounded half-even; null when {@code whole} is 0. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
    }
}
