package app.uptake.activity.internal;

import app.uptake.activity.DataSourceKind;

/**
 * Fetches activity from one kind of external place (a folder, an HTTP feed) for a data source. The scheduler
 * calls {@link #run} every interval; the connector reads from the source's stored cursor, ingests through
 * {@link ImportRuns} (chunked, idempotent) under the given run id, and returns the cursor to store for next
 * time. A run that stops half-way (crash, restart) must be safe to repeat from the old cursor, which is why
 * ingestion is idempotent by (source, external id).
 */
interface ActivityConnector {

    DataSourceKind kind();

    /** Runs once; returns the new cursor (may equal the old one when nothing was new). */
    String run(ConnectorContext context);

    /** What a connector run gets: its source's settings and cursor, and the import run to report into. */
    record ConnectorContext(long sourceId, String sourceCode, ConnectorSettings settings, String cursor, long runId) {
    }
}
