package app.uptake.incentives.statement;

import java.math.BigDecimal;
import java.util.Currency;

/** One person's payout total in a manager's reporting line. */
public record LineTotal(long employeeId, String name, BigDecimal total, Currency currency) {
}
