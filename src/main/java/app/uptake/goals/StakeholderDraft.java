package app.uptake.goals;

/** What the stakeholder form sends: who, their part, stance, influence and the agreed actions. */
public record StakeholderDraft(Long employeeId, String role, StakeholderStance stance, StakeholderInfluence influence,
        String actions) {
}
