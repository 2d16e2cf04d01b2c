package app.uptake.metrics;

/**
 * One part of a metric's breakdown: a child unit or a person. {@code subject} is what to open to drill down;
 * {@code people} is how many employees the row covers.
 */
public record BreakdownRow(MetricSubject subject, String label, int people, MetricValue value) {
}
