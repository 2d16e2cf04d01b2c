package app.uptake.activity.internal;

import app.uptake.activity.ColumnMapping;
import app.uptake.activity.ImportProfile;

/** The row mapping for each import profile. */
final class RowMappings {

    private RowMappings() {
    }

    static RowMapping of(ImportProfile profile, ColumnMapping mapping) {
        return switch (profile) {
            case UPTAKE -> new UptakeMapping();
            case SALESFORCE_TASK -> new SalesforceTaskMapping();
            case SALESFORCE_EVENT -> new SalesforceEventMapping();
            case SALESFORCE_OPPORTUNITY -> new SalesforceOpportunityMapping();
            case GENERIC -> new GenericMapping(mapping == null ? ColumnMapping.NONE : mapping);
        };
    }
}
