package app.uptake.activity;

import java.time.Instant;

/** An API key as the admin sees it: never the key itself, only its prefix. */
public record ApiKeySummary(long id, long sourceId, String sourceName, String label, String prefix, Instant createdAt,
        String createdBy, Instant revokedAt, Instant lastUsedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
