package app.uptake.incentives.calc;

import app.uptake.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount HR adds to (or takes from) an employee's payout by hand, always with the reason, which the statement
 * shows. It is added after the plan's calculation and before the one rounding.
 *
 * @param amount in the plan's currency, not zero, no more decimals than the currency has
 * @param reason why, in HR's words; required
 */
public record ManualAdjustment(BigDecimal amount, String reason) {

    public ManualAdjustment {
        Objects.requireNonNull(amount, "amount");
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", IncentiveKeys.ADJUSTMENT_REASON_REQUIRED);
        }
        reason = reason.strip();
        if (amount.signum() == 0) {
            throw BusinessRuleException.onField("amount", IncentiveKeys.ADJUSTMENT_ZERO);
        }
    }

    public static ManualAdjustment of(String amount, String reason) {
        return new ManualAdjustment(new BigDecimal(amount), reason);
    }
}
