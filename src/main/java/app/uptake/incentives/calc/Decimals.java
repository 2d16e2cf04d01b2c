package app.uptake.incentives.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The arithmetic of the calculation in one place, so that where precision is lost is visible: sums, products and
 * division by 100 are exact; only {@link #divide} cuts off, at 34 significant digits, half even. Rounding to the
 * currency's minor unit happens nowhere here but once, on the employee's total ({@link #toMinorUnit}).
 */
final class Decimals {

    static final MathContext INTERMEDIATE = MathContext.DECIMAL128;
    static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    /** The one division that may cut off: 34 significant digits, half even. */
    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, INTERMEDIATE);
    }

    /** {@code percent} per cent of {@code value}, exactly. */
    static BigDecimal percentOf(BigDecimal value, BigDecimal percent) {
        return value.multiply(percent).movePointLeft(2);
    }

    static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static boolean between(BigDecimal value, BigDecimal low, BigDecimal high) {
        return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
    }

    /** Whether the amount has more decimals than the scale allows (trailing zeros are no extra precision). */
    static boolean tooPrecise(BigDecimal amount, int scale) {
        return amount.stripTrailingZeros().scale() > scale;
    }

    /** The single rounding of the calculation: to the currency's minor unit, half even. */
    static BigDecimal toMinorUnit(BigDecimal exact, int fractionDigits) {
        return exact.setScale(fractionDigits, ROUNDING);
    }

    /** A value for an explanation: without trailing zeros, never in exponent notation. */
    static BigDecimal shown(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
