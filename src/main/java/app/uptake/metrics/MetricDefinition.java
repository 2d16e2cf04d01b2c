package app.uptake.metrics;

import app.uptake.shared.LocalizedText;
import java.time.LocalDate;

/**
 * One metric as the catalog defines it: what it means, how it is measured in plain words, and the formula
 * that computes it from activity events. Versions of the same code replace each other from {@code validFrom}.
 */
public record MetricDefinition(
        long id,
        String code,
        int version,
        LocalDate validFrom,
        LocalizedText name,
        LocalizedText description,
        LocalizedText method,
        MetricUnit unit,
        MetricDirection direction,
        ProcessSegment segment,
        String owner,
        Formula formula,
        boolean builtIn) {
}
