package app.uptake.goals.allocation;

/** Whether the children's targets reach the parent's, within the tolerance. */
public enum AlignmentStatus {
    ALIGNED,
    /** Σchildren (additive) or the weighted child rate (ratio) is above the parent target beyond the tolerance. */
    OVER,
    /** ... below it beyond the tolerance. */
    UNDER;

    public String messageKey() {
        return "goals.allocation.status." + name();
    }
}
