package app.uptake.incentives.statement;

import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * One employee's payout of one run, as payroll books it.
 *
 * @param amount     the amount paid, already rounded to the currency's minor unit by the calculation; negative only for
 *                   a correction that takes back part of an earlier payout
 * @param costCentre where the payout is booked; empty when there is none
 */
public record PayrollRow(String employeeId, String costCentre, BigDecimal amount, Currency currency, DateRange period,
        long runId) {

    public PayrollRow {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(period, "period");
        costCentre = costCentre == null ? "" : costCentre;
    }
}
