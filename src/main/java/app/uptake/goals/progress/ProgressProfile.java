package app.uptake.goals.progress;

/** How the target is spread over the period to say what should have been reached by a given day. */
public enum ProgressProfile {
    /** Evenly over the calendar days of the period. */
    LINEAR,
    /**
     * Like last year's same period: the share of last year's figure reached by the same relative day. Falls back to
     * {@link #LINEAR} when last year has no figure for the subject.
     */
    SEASONAL;

    public String messageKey() {
        return "goalProgress.profile." + name();
    }
}
