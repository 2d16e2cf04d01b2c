package app.uptake.goals.allocation;

/** How a parent target is broken down to its children. */
public enum AllocationStrategy {
    /** Additive: the same share each. Ratio: the parent's rate for every child. */
    EQUAL,
    /**
     * Additive: shares in proportion to each child's baseline. Ratio: each child's rate is its baseline rate
     * scaled by parent target / weighted baseline rate, so the weighted rates reach the parent exactly.
     */
    PROPORTIONAL_TO_BASELINE,
    /** Additive only: shares in proportion to FTE × days employed in the period. */
    PROPORTIONAL_TO_CAPACITY,
    /** Targets entered per child; only validated, then checked for alignment. */
    MANUAL;

    public String messageKey() {
        return "goals.allocation.strategy." + name();
    }
}
