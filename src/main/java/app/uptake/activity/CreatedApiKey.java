package app.uptake.activity;

/** A new API key: {@code plainKey} is shown once and never stored. */
public record CreatedApiKey(ApiKeySummary summary, String plainKey) {
}
