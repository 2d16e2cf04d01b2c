package app.uptake.activity.internal;

import app.uptake.activity.DataSourceKind;
import app.uptake.activity.ImportChannel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One connector run for a data source: an import run (channel CONNECTOR) that the connector fills from the
 * stored cursor; the cursor it returns is stored, a failure is kept on the run with its message.
 */
@Component
class ConnectorRunner {

    private static final Logger log = LoggerFactory.getLogger(ConnectorRunner.class);

    private final Map<DataSourceKind, ActivityConnector> connectors = new EnumMap<>(DataSourceKind.class);
    private final DataSourceRepository sources;
    private final ImportRuns runs;
    private final ConnectorCursors cursors;
    private final TransactionTemplate transaction;

    ConnectorRunner(List<ActivityConnector> connectors, DataSourceRepository sources, ImportRuns runs,
            ConnectorCursors cursors, PlatformTransactionManager transactions) {
        connectors.forEach(c -> this.connectors.put(c.kind(), c));
        this.sources = sources;
        this.runs = runs;
        this.cursors = cursors;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs the source's connector once; returns the import run's id, or null when the source is gone. */
    Long run(long sourceId, String requestedBy) {
        DataSourceEntity source = transaction.execute(status -> sources.findById(sourceId).orElse(null));
        if (source == null || !source.getKind().isConnector()) {
            return null;
        }
        long runId = runs.open(sourceId, ImportChannel.CONNECTOR, requestedBy, null, source.getKind().name(), null);
        runs.start(runId);
        try {
            ActivityConnector connector = connectors.get(source.getKind());
            String cursor = connector.run(new ActivityConnector.ConnectorContext(sourceId, source.getCode(),
                    ConnectorSettings.parse(source.getSettings()), cursors.read(sourceId), runId));
            cursors.store(sourceId, cursor);
            runs.complete(runId);
        } catch (RuntimeException e) {
            log.warn("Connector run {} of {} failed: {}", runId, source.getCode(), e.getMessage());
            runs.fail(runId, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return runId;
    }
}
