package app.uptake.goals.progress;

/** How a target is doing against what was expected by now, judged by the admin's {@link StatusThresholds}. */
public enum ProgressStatus {
    ON_TRACK, AT_RISK, OFF_TRACK,
    /** Nothing to compare: the period has not started, nothing was expected yet, or the rate has no denominator. */
    NO_DATA;

    public String messageKey() {
        return "progressStatus." + name();
    }
}
