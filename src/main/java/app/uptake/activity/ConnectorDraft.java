package app.uptake.activity;

/** What the admin fills in for a connector data source; {@code settings} are "key=value" lines. */
public record ConnectorDraft(String code, String name, DataSourceKind kind, String settings, Integer intervalMinutes) {
}
