package app.uptake.metrics;

import app.uptake.activity.ActivityEventInput;
import app.uptake.activity.ActivityType;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** An aggregation over the events of some types that pass a filter, e.g. "sum of margin over won deals". */
public record Measure(Aggregation aggregation, Set<ActivityType> types, EventField field, EventFilter filter) {

    public Measure {
        Objects.requireNonNull(aggregation, "aggregation");
        if (types == null || types.isEmpty()) {
            throw new IllegalArgumentException("a measure needs at least one event type");
        }
        types = Set.copyOf(EnumSet.copyOf(types));
        filter = filter == null ? EventFilter.NONE : filter;
        if ((aggregation == Aggregation.SUM || aggregation == Aggregation.DISTINCT) && field == null) {
            throw new IllegalArgumentException(aggregation + " needs a field");
        }
        if (aggregation == Aggregation.SUM && !field.isNumeric()) {
            throw new IllegalArgumentException("only numeric fields can be summed: " + field);
        }
    }

    public static Measure count(Set<ActivityType> types) {
        return new Measure(Aggregation.COUNT, types, null, EventFilter.NONE);
    }

    public static Measure count(Set<ActivityType> types, EventFilter filter) {
        return new Measure(Aggregation.COUNT, types, null, filter);
    }

    public static Measure countFilled(Set<ActivityType> types, EventField field) {
        return new Measure(Aggregation.COUNT, types, field, EventFilter.NONE);
    }

    public static Measure sum(Set<ActivityType> types, EventField field) {
        return new Measure(Aggregation.SUM, types, field, EventFilter.NONE);
    }

    public static Measure sum(Set<ActivityType> types, EventField field, EventFilter filter) {
        return new Measure(Aggregation.SUM, types, field, filter);
    }

    public static Measure distinct(Set<ActivityType> types, EventField field) {
        return new Measure(Aggregation.DISTINCT, types, field, EventFilter.NONE);
    }

    public static Measure distinct(Set<ActivityType> types, EventField field, EventFilter filter) {
        return new Measure(Aggregation.DISTINCT, types, field, filter);
    }

    public static Measure activeDays(Set<ActivityType> types) {
        return new Measure(Aggregation.ACTIVE_DAYS, types, null, EventFilter.NONE);
    }

    /**
     * What one event adds to the measure on its day, computed as {@code RollupSql} would from the stored row:
     * null when it does not count, 1 for counts and active days (active days are merged with max, not added).
     */
    public BigDecimal contributionOf(ActivityEventInput event) {
        if (!types.contains(event.type()) || !filter.test(event) || (field != null && field.valueOf(event) == null)) {
            return null;
        }
        return switch (aggregation) {
            case COUNT, ACTIVE_DAYS -> BigDecimal.ONE;
            case SUM -> field.numberOf(event);
            case DISTINCT -> throw new IllegalStateException("distinct counts are not rolled up per day: " + this);
        };
    }

    /** Sorted type names, for storage and stable SQL. */
    public String typeList() {
        return String.join(",", EnumSet.copyOf(types).stream().map(Enum::name).toList());
    }
}
