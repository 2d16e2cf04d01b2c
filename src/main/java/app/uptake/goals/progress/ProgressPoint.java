package app.uptake.goals.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One point of a progress chart, at the last day of a trend bucket. For a total, {@code actual} is the running sum
 * from the period's start and {@code expected} the target × expected share on that day; for a rate, {@code actual}
 * is the bucket's own rate (null when it has no denominator) and {@code expected} the expected-to-date rate.
 */
public record ProgressPoint(LocalDate day, BigDecimal actual, BigDecimal expected) {
}
