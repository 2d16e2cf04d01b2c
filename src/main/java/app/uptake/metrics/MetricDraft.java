package app.uptake.metrics;

import app.uptake.shared.LocalizedText;

/** What the admin fills in to add a metric to the catalog. */
public record MetricDraft(
        String code,
        LocalizedText name,
        LocalizedText description,
        LocalizedText method,
        MetricUnit unit,
        MetricDirection direction,
        ProcessSegment segment,
        String owner,
        Formula formula) {
}
