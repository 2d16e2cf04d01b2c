package app.uptake.metrics;

/** What a metric's value is counted in. */
public enum MetricUnit {
    COUNT(1), PERCENT(1), EUR(2), HOURS(1), MINUTES(0), SCORE(2), RATIO(2);

    private final int decimals;

    MetricUnit(int decimals) {
        this.decimals = decimals;
    }

    /** Decimal places shown. */
    public int decimals() {
        return decimals;
    }

    public String messageKey() {
        return "metricUnit." + name();
    }
}
