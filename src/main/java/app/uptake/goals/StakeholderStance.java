package app.uptake.goals;

/** Where a stakeholder stands on a goal's change, from carrying it to working against it. */
public enum StakeholderStance {
    CHAMPION, SUPPORTER, NEUTRAL, SCEPTIC, RESISTOR;

    public String messageKey() {
        return "stakeholders.stance." + name();
    }
}
