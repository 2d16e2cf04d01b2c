package app.uptake.metrics;

/** A condition on events beyond their type. The SQL is constant text, never user input. */
public enum EventFilter {
    NONE("1 = 1"),
    DECISION_MAKER("decision_maker = true"),
    WITH_CAMPAIGN("campaign is not null"),
    COMPLETE_RECORD("completeness >= 1"),
    OUTBOUND("direction = 'OUT'"),
    INBOUND("direction = 'IN'");

    private final String condition;

    EventFilter(String condition) {
        this.condition = condition;
    }

    public String condition() {
        return condition;
    }

    public String messageKey() {
        return "eventFilter." + name();
    }
}
