package app.uptake.metrics;

import app.uptake.metrics.internal.MetricEngine;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.DateRange;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Metric figures per employee for system jobs that run without a signed-in user (incentive runs, adoption
 * snapshots). It checks nobody: callers are module services that apply their own rules to what they show.
 * Views use {@link MetricService}, which checks the user's scope and audits individual looks.
 */
@Service
@Transactional(readOnly = true)
public class MetricFigures {

    private final MetricEngine engine;

    MetricFigures(MetricEngine engine) {
        this.engine = engine;
    }

    /**
     * The metric for each employee over the period, as {@link MetricService#values} computes it, without the scope
     * check. Every asked employee gets an entry (Σ = 0 when they have no activity).
     */
    public Map<Long, MetricValue> ofEmployees(String metricCode, Collection<Long> employeeIds, DateRange period) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        MetricDefinition metric = engine.find(metricCode)
                .orElseThrow(() -> new BusinessRuleException("metrics.error.unknown", metricCode));
        return engine.values(metric, Set.copyOf(employeeIds), period);
    }

    /** The catalog entry of the metric (its formula and direction), for system jobs; empty when unknown. */
    public java.util.Optional<MetricDefinition> definition(String metricCode) {
        return engine.find(metricCode);
    }
}
