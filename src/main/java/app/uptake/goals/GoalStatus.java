package app.uptake.goals;

/** A goal is drafted, then activated once its owner confirmed definition and baseline, and closed after its period. */
public enum GoalStatus {
    DRAFT, ACTIVE, CLOSED;

    public String messageKey() {
        return "goalStatus." + name();
    }
}
