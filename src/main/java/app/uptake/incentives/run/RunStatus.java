package app.uptake.incentives.run;

/** Where a calculation run stands: draft → calculated → approved (by a second person) → published. */
public enum RunStatus {
    /** Started, nothing calculated yet. */
    DRAFT,
    /** Inputs frozen and results stored; may be calculated again, adjusted, approved. */
    CALCULATED,
    /** Approved by someone other than the person who last calculated it; only publishing is left. */
    APPROVED,
    /** Visible to the employees; never changes again (a correction is a new run). */
    PUBLISHED;

    public String messageKey() {
        return "incentiveRuns.status." + name();
    }
}
