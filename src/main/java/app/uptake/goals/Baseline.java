package app.uptake.goals;

import app.uptake.activity.IngestTally;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Where the scope stood before the goal: the metric over the comparable earlier period (cut at the day of
 * measurement), with its numerator and denominator, the data coverage, and the data quality of the 30 days before
 * the measurement (events accepted, rejected, duplicate, late over all sources).
 */
public record Baseline(DateRange period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
        DataCoverage coverage, IngestTally quality30Days, Instant measuredAt) {
}
