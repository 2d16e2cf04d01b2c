package app.uptake.goals;

/** What a revision changed: a goal's target, its weight in the goal map, or its share in a breakdown. */
public enum RevisionField {
    TARGET, WEIGHT, ALLOCATION;

    public String messageKey() {
        return "revisionField." + name();
    }
}
