package app.uptake.activity;

/** A row an import refused: its line, the reason as an i18n key with its detail, and the row as it came. */
public record ImportRejection(long line, String externalId, String reasonKey, String detail, String raw) {
}
