package app.uptake.incentives.plan;

import app.uptake.incentives.calc.PlanVersion;
import java.time.Instant;
import java.time.LocalDate;

/** A stored version of a plan: its rules, from when they are in force, who made them and why. */
public record PlanVersionEntry(long id, int versionNo, LocalDate validFrom, PlanVersion version, String authorName,
        String reason, Instant createdAt) {
}
