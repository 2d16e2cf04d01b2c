package app.uptake.activity.internal;

import static app.uptake.activity.internal.EventFields.*;

import app.uptake.activity.ActivityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Salesforce Opportunity export. Every opportunity was created (at CreatedDate); a closed one was also won
 * or lost (at CloseDate). The two events carry their own external ids ({@code opportunity-created:<Id>},
 * {@code opportunity-closed:<Id>}) so that closing an opportunity adds an event instead of replacing the
 * creation, and both are corrected by later exports through the revision from LastModifiedDate.
 */
final class SalesforceOpportunityMapping implements RowMapping {

    /** Common names of custom fields for the margin and for "a decision maker was involved". */
    private static final String[] MARGIN_COLUMNS = {"Margin__c", "Gross_Margin__c", "Deckungsbeitrag__c"};
    private static final String[] DECISION_MAKER_COLUMNS = {"Decision_Maker_Involved__c", "Decision_Maker__c"};

    @Override
    public List<String> missingColumns(Set<String> headerKeys) {
        return Salesforce.missing(headerKeys, "Id", "OwnerId", "CreatedDate");
    }

    @Override
    public List<Mapped> map(SourceRow row) {
        String id = row.get("Id");
        Map<String, String> created = common(row);
        created.put(EXTERNAL_ID, id == null ? null : "opportunity-created:" + id);
        created.put(TYPE, ActivityType.OPPORTUNITY_CREATED.name());
        created.put(OCCURRED_AT, row.get("CreatedDate"));
        List<Mapped> events = new ArrayList<>();
        events.add(Mapped.fields(created));

        Boolean won = Salesforce.bool(row.get("IsWon"));
        Boolean closed = Salesforce.bool(row.get("IsClosed"));
        String stage = row.get("StageName");
        if (closed == null && stage != null) {
            String s = stage.toLowerCase(Locale.ROOT);
            closed = s.startsWith("closed");
            won = won != null ? won : s.equals("closed won");
        }
        if (Boolean.TRUE.equals(closed) || Boolean.TRUE.equals(won)) {
            Map<String, String> outcome = common(row);
            outcome.put(EXTERNAL_ID, id == null ? null : "opportunity-closed:" + id);
            outcome.put(TYPE, Boolean.TRUE.equals(won) ? ActivityType.OPPORTUNITY_WON.name() : ActivityType.OPPORTUNITY_LOST.name());
            outcome.put(OCCURRED_AT, row.get("CloseDate"));
            events.add(Mapped.fields(outcome));
        }
        return events;
    }

    private static Map<String, String> common(SourceRow row) {
        Map<String, String> fields = new HashMap<>();
        fields.put(REVISION, Salesforce.revision(row));
        fields.put(EMPLOYEE, row.get("OwnerId"));
        fields.put(ACCOUNT, row.get("AccountId"));
        fields.put(AMOUNT, row.get("Amount"));
        fields.put(MARGIN, row.first(MARGIN_COLUMNS));
        fields.put(CAMPAIGN, row.get("CampaignId"));
        fields.put(STAGE, row.get("StageName"));
        fields.put(PRODUCTS, products(row));
        String decisionMaker = row.first(DECISION_MAKER_COLUMNS);
        Boolean involved = Salesforce.bool(decisionMaker);
        fields.put(DECISION_MAKER, involved == null ? decisionMaker : involved.toString());
        return fields;
    }

    /** Salesforce writes the quantity as a decimal ("3.0"); Uptake counts whole products. */
    private static String products(SourceRow row) {
        String quantity = row.get("TotalOpportunityQuantity");
        java.math.BigDecimal value = row.number(quantity);
        return value == null ? quantity : row.format(value);
    }
}
