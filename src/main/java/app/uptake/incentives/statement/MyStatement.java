package app.uptake.incentives.statement;

import app.uptake.shared.DateRange;
import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** One of the signed-in employee's statements, as listed under "My statements". */
public record MyStatement(String statementId, long runId, LocalizedText planName, DateRange period, BigDecimal total,
        Currency currency, Instant publishedAt) {
}
