package app.uptake.metrics;

/** Whether a higher value of a metric is better or worse. */
public enum MetricDirection {
    HIGHER, LOWER;

    public String messageKey() {
        return "metricDirection." + name();
    }
}
