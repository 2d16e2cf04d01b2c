package app.uptake.metrics;

/** What a metric's numerator is divided by. */
public enum DenominatorKind {
    /** Nothing: the metric is a plain count or sum. */
    NONE,
    /** Another measure over events. */
    MEASURE,
    /** Person-weeks employed in the period (pro rata for joiners and leavers): "per employee per week". */
    EMPLOYEE_WEEKS,
    /** Working days (Monday to Friday) employed in the period, summed over people. */
    WORKING_DAYS;

    public String messageKey() {
        return "denominatorKind." + name();
    }
}
