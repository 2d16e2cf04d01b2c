package app.uptake.metrics;

/** The fields of an activity event a measure can aggregate, with the column that holds them. */
public enum EventField {
    DURATION_MINUTES("duration_seconds / 60.0", true),
    AMOUNT("amount", true),
    MARGIN("margin", true),
    PRODUCTS("product_count", true),
    RESPONSE_MINUTES("response_minutes", true),
    RESOLUTION_MINUTES("resolution_minutes", true),
    RESOLUTION_HOURS("resolution_minutes / 60.0", true),
    SATISFACTION("satisfaction", true),
    COMPLETENESS("completeness", true),
    ACCOUNT("account_ref", false),
    CAMPAIGN("campaign", false);

    private final String expression;
    private final boolean numeric;

    EventField(String expression, boolean numeric) {
        this.expression = expression;
        this.numeric = numeric;
    }

    /** The SQL expression over activity_event; constant text, never user input. */
    public String expression() {
        return expression;
    }

    /** The column the expression reads, to test whether it is filled. */
    public String column() {
        return expression.split(" ")[0];
    }

    public boolean isNumeric() {
        return numeric;
    }

    public String messageKey() {
        return "eventField." + name();
    }
}
