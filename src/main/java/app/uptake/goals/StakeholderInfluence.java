package app.uptake.goals;

/** How much a stakeholder can move the change, either way. */
public enum StakeholderInfluence {
    LOW, MEDIUM, HIGH;

    public String messageKey() {
        return "stakeholders.influence." + name();
    }
}
