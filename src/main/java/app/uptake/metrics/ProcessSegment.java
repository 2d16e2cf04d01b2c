package app.uptake.metrics;

/** The CRM process a metric describes. */
public enum ProcessSegment {
    RELATIONSHIP_MANAGEMENT, OPPORTUNITY_MANAGEMENT, INBOUND_MARKETING, CUSTOMER_SERVICE, CUSTOMER_DELIGHT, CRM_USAGE;

    public String messageKey() {
        return "processSegment." + name();
    }
}
