package app.uptake.incentives.run;

/** A run for a plan and period, or a correction of a published one. */
public enum RunKind {
    NORMAL, CORRECTION;

    public String messageKey() {
        return "incentiveRuns.kind." + name();
    }
}
