package app.uptake.metrics;

import app.uptake.shared.DateRange;

/** The metric over one bucket of a trend. */
public record TrendPoint(DateRange bucket, MetricValue value) {
}
