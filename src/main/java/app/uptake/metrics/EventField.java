package app.uptake.metrics;

import app.uptake.activity.ActivityEventInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;

/**
 * The fields of an activity event a measure can aggregate: the column that holds them, the SQL expression
 * over activity_event and the same value computed from an event in Java. Both sides must agree to the last
 * digit, because rollups are written from either (new events add in Java, recomputations run in SQL): derived
 * values are therefore rounded per event, to the six decimals metric_daily keeps, on both sides.
 */
public enum EventField {
    DURATION_MINUTES("duration_seconds", "round(cast(duration_seconds as numeric(20, 8)) / 60, 6)", e -> perSixty(e.durationSeconds())),
    AMOUNT("amount", "amount", e -> scaled(e.amount(), 2)),
    MARGIN("margin", "margin", e -> scaled(e.margin(), 2)),
    PRODUCTS("product_count", "product_count", e -> whole(e.productCount())),
    RESPONSE_MINUTES("response_minutes", "response_minutes", e -> whole(e.responseMinutes())),
    RESOLUTION_MINUTES("resolution_minutes", "resolution_minutes", e -> whole(e.resolutionMinutes())),
    RESOLUTION_HOURS("resolution_minutes", "round(cast(resolution_minutes as numeric(20, 8)) / 60, 6)", e -> perSixty(e.resolutionMinutes())),
    SATISFACTION("satisfaction", "satisfaction", e -> scaled(e.satisfaction(), 2)),
    COMPLETENESS("completeness", "completeness", e -> scaled(e.completeness(), 4)),
    ACCOUNT("account_ref", null, ActivityEventInput::accountRef),
    CAMPAIGN("campaign", null, ActivityEventInput::campaign);

    private final String column;
    private final String expression;
    private final Function<ActivityEventInput, Object> value;

    EventField(String column, String expression, Function<ActivityEventInput, Object> value) {
        this.column = column;
        this.expression = expression;
        this.value = value;
    }

    /** The SQL expression over activity_event; constant text, never user input. Null for text fields. */
    public String expression() {
        return expression;
    }

    /** The column the field reads, to test whether it is filled. */
    public String column() {
        return column;
    }

    public boolean isNumeric() {
        return expression != null;
    }

    /** The field of an event as the database holds it: null when not filled. */
    public Object valueOf(ActivityEventInput event) {
        return value.apply(event);
    }

    /** The numeric field of an event, exactly as the SQL expression computes it from the stored row. */
    public BigDecimal numberOf(ActivityEventInput event) {
        if (!isNumeric()) {
            throw new IllegalStateException(this + " is not numeric");
        }
        return (BigDecimal) value.apply(event);
    }

    public String messageKey() {
        return "eventField." + name();
    }

    private static BigDecimal perSixty(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value).divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_UP);
    }

    /** Numeric columns round half away from zero on both databases. */
    private static BigDecimal scaled(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    private static BigDecimal whole(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
