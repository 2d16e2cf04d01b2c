package app.uptake.metrics;

import app.uptake.activity.ActivityEventInput;
import app.uptake.activity.Direction;
import java.math.BigDecimal;
import java.util.function.Predicate;

/**
 * A condition on events beyond their type, as SQL (constant text, never user input) and the same test in Java,
 * side by side so that they cannot drift apart.
 */
public enum EventFilter {
    NONE("1 = 1", e -> true),
    DECISION_MAKER("decision_maker = true", e -> Boolean.TRUE.equals(e.decisionMaker())),
    WITH_CAMPAIGN("campaign is not null", e -> e.campaign() != null),
    COMPLETE_RECORD("completeness >= 1", e -> e.completeness() != null && e.completeness().compareTo(BigDecimal.ONE) >= 0),
    OUTBOUND("direction = 'OUT'", e -> e.direction() == Direction.OUT),
    INBOUND("direction = 'IN'", e -> e.direction() == Direction.IN);

    private final String condition;
    private final Predicate<ActivityEventInput> test;

    EventFilter(String condition, Predicate<ActivityEventInput> test) {
        this.condition = condition;
        this.test = test;
    }

    public String condition() {
        return condition;
    }

    public boolean test(ActivityEventInput event) {
        return test.test(event);
    }

    public String messageKey() {
        return "eventFilter." + name();
    }
}
