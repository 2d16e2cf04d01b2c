package app.uptake.audit;

import java.time.Instant;

/** One thing somebody did: who, when, what, to what. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subjectType,
        String subjectId, String details) {
}
