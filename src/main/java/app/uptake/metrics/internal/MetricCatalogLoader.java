package app.uptake.metrics.internal;

import app.uptake.metrics.MetricDraft;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts the built-in metric library into the catalog on start-up, once per metric code. */
@Component
@Order(-10)
class MetricCatalogLoader implements ApplicationRunner {

    /** Built-in metrics count all history, so they are valid from the earliest accepted activity. */
    static final LocalDate BUILT_IN_VALID_FROM = LocalDate.of(2000, 1, 1);
    private static final Logger log = LoggerFactory.getLogger(MetricCatalogLoader.class);

    private final MetricDefinitionRepository repository;
    private final RollupWriter rollups;
    private final Clock clock;

    MetricCatalogLoader(MetricDefinitionRepository repository, RollupWriter rollups, Clock clock) {
        this.repository = repository;
        this.rollups = rollups;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int added = 0;
        for (MetricDraft draft : BuiltInMetrics.all()) {
            if (!repository.existsByCode(draft.code())) {
                MetricDefinitionEntity saved = repository.saveAndFlush(
                        new MetricDefinitionEntity(draft, 1, BUILT_IN_VALID_FROM, true, clock.instant()));
                rollups.rebuild(saved.toDefinition());
                added++;
            }
        }
        if (added > 0) {
            log.info("Added {} built-in metrics to the catalog", added);
        }
    }
}
