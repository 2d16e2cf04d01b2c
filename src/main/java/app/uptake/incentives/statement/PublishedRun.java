package app.uptake.incentives.statement;

import app.uptake.shared.DateRange;
import app.uptake.shared.LocalizedText;
import java.time.Instant;
import java.util.Currency;

/**
 * A published calculation run as statements see it.
 *
 * @param employees            how many people the run has results for (one statement each)
 * @param managerTotalsVisible whether the plan lets managers see the payout totals of their reporting line
 */
public record PublishedRun(long runId, String planCode, LocalizedText planName, DateRange period, Currency currency,
        Instant publishedAt, int employees, boolean managerTotalsVisible) {
}
