package app.uptake.metrics.internal;

import app.uptake.metrics.MetricDefinition;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The current version of every metric. Read from the database each time (a few dozen rows), so a metric
 * added on one node of a cluster is rolled up by every node from its next batch on.
 */
@Component
class CurrentMetrics {

    private final MetricDefinitionRepository repository;

    CurrentMetrics(MetricDefinitionRepository repository) {
        this.repository = repository;
    }

    List<MetricDefinition> all() {
        return repository.findCurrent().stream().map(MetricDefinitionEntity::toDefinition).toList();
    }

    Optional<MetricDefinition> byCode(String code) {
        return repository.findFirstByCodeOrderByVersionDesc(code).map(MetricDefinitionEntity::toDefinition);
    }
}
