package app.uptake.incentives.run;

import app.uptake.shared.DateRange;
import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An employee's published result of one run, without the details: what other features (statements, payroll, "my
 * statements") list.
 */
public record PublishedResult(long runId, long planId, LocalizedText planName, DateRange period, RunKind kind,
        long employeeId, BigDecimal total, String currency, Instant publishedAt) {
}
