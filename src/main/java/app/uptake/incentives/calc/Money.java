package app.uptake.incentives.calc;

import app.uptake.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.Currency;

/** Money rules: amounts people enter have no more decimals than their currency (cents for EUR). */
final class Money {

    private Money() {
    }

    /** The currency's minor unit in decimals: 2 for EUR, 0 for JPY, 0 for currencies without one. */
    static int fractionDigits(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    static void checkPrecision(String field, BigDecimal amount, Currency currency) {
        int digits = fractionDigits(currency);
        if (Decimals.tooPrecise(amount, digits)) {
            throw BusinessRuleException.onField(field, IncentiveKeys.AMOUNT_TOO_PRECISE, amount, digits,
                    currency.getCurrencyCode());
        }
    }
}
