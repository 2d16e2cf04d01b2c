package app.uptake.activity;

import java.time.Instant;

/** A data source as the Data sources screen shows it: settings, schedule, last run and next run. */
public record DataSourceStatus(long id, String code, String name, DataSourceKind kind, String settings,
        Integer intervalMinutes, boolean paused, String cursor, ImportRunSummary lastRun, Instant nextRun) {
}
