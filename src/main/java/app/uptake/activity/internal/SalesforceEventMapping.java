package app.uptake.activity.internal;

import static app.uptake.activity.internal.EventFields.*;

import app.uptake.activity.ActivityType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Salesforce Event export: calendar entries. Their Type picklist tells a customer visit or a call from a
 * meeting; without one an event is a meeting.
 */
final class SalesforceEventMapping implements RowMapping {

    @Override
    public List<String> missingColumns(Set<String> headerKeys) {
        return Salesforce.missing(headerKeys, "Id", "OwnerId", "ActivityDateTime|StartDateTime|ActivityDate");
    }

    @Override
    public List<Mapped> map(SourceRow row) {
        Map<String, String> fields = new HashMap<>();
        fields.put(EXTERNAL_ID, row.get("Id"));
        fields.put(REVISION, Salesforce.revision(row));
        fields.put(EMPLOYEE, row.get("OwnerId"));
        fields.put(TYPE, type(row.get("Type")));
        fields.put(OCCURRED_AT, row.first("ActivityDateTime", "StartDateTime", "ActivityDate"));
        fields.put(DURATION_MINUTES, row.get("DurationInMinutes"));
        fields.put(ACCOUNT, row.first("AccountId", "WhatId"));
        return List.of(Mapped.fields(fields));
    }

    private static String type(String type) {
        if (type == null) {
            return ActivityType.MEETING.name();
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "visit", "customer visit", "besuch", "kundenbesuch" -> ActivityType.VISIT.name();
            case "call", "anruf" -> ActivityType.CALL.name();
            case "email", "e-mail" -> ActivityType.EMAIL.name();
            default -> ActivityType.MEETING.name();
        };
    }
}
