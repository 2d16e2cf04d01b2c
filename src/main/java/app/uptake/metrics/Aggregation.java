package app.uptake.metrics;

/** How a measure aggregates the events its filter selects. */
public enum Aggregation {
    /** The number of events. With a field: the number of events where the field is filled. */
    COUNT,
    /** The sum of a numeric field. */
    SUM,
    /** Days on which at least one such event happened, per employee. */
    ACTIVE_DAYS,
    /** The number of different values of a field (customer accounts, campaigns); only as a denominator. */
    DISTINCT
}
