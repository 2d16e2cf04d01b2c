package app.uptake.activity;

/** A data source by id, code, name and kind. */
public record DataSourceSummary(long id, String code, String name, DataSourceKind kind) {
}
