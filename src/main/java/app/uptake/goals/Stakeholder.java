package app.uptake.goals;

import java.time.Instant;

/** A person concerned with a goal's change, as the goal page lists them. */
public record Stakeholder(long id, long goalId, long employeeId, String name, String role, StakeholderStance stance,
        StakeholderInfluence influence, String actions, String updatedBy, Instant updatedAt) {
}
