package app.uptake.goals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One change to a goal: what changed from what to what, who changed it, when and why; in force from {@code effectiveOn}. */
public record GoalRevision(long id, long goalId, RevisionField field, BigDecimal before, BigDecimal after, String reason,
        long authorId, String authorName, Instant changedAt, LocalDate effectiveOn) {
}
