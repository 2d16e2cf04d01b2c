package app.uptake.activity.internal;

import java.util.List;

/**
 * The field names of Uptake's own event format, shared by the CSV format (as column headers), the REST
 * API (as JSON properties) and the connectors. Documented in docs/activity-format.md.
 */
final class EventFields {

    static final String EXTERNAL_ID = "external_id";
    static final String REVISION = "revision";
    static final String EMPLOYEE = "employee";
    static final String TYPE = "type";
    static final String OCCURRED_AT = "occurred_at";
    static final String DIRECTION = "direction";
    static final String DURATION_MINUTES = "duration_minutes";
    static final String ACCOUNT = "account";
    static final String DECISION_MAKER = "decision_maker";
    static final String AMOUNT = "amount";
    static final String MARGIN = "margin";
    static final String CAMPAIGN = "campaign";
    static final String STAGE = "stage";
    static final String PRODUCTS = "products";
    static final String RESPONSE_MINUTES = "response_minutes";
    static final String RESOLUTION_MINUTES = "resolution_minutes";
    static final String SATISFACTION = "satisfaction";
    static final String COMPLETENESS = "completeness";

    static final List<String> ALL = List.of(EXTERNAL_ID, REVISION, EMPLOYEE, TYPE, OCCURRED_AT, DIRECTION,
            DURATION_MINUTES, ACCOUNT, DECISION_MAKER, AMOUNT, MARGIN, CAMPAIGN, STAGE, PRODUCTS, RESPONSE_MINUTES,
            RESOLUTION_MINUTES, SATISFACTION, COMPLETENESS);

    static final List<String> REQUIRED = List.of(EXTERNAL_ID, EMPLOYEE, TYPE, OCCURRED_AT);

    private EventFields() {
    }
}
