package app.uptake.activity.internal;

import static app.uptake.activity.internal.EventFields.*;

import app.uptake.activity.ActivityType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Salesforce Task export: logged calls, e-mails and to-dos. TaskSubtype says what a task is (Call, Email,
 * ListEmail, Task); a plain task is classified by its Type picklist, and a to-do that is no contact counts
 * as CRM work (a record created). Only completed tasks happened: open ones are refused with their status,
 * so a later export picks them up once they are done.
 */
final class SalesforceTaskMapping implements RowMapping {

    private static final Set<String> COMPLETED = Set.of("completed", "abgeschlossen", "erledigt");

    @Override
    public List<String> missingColumns(Set<String> headerKeys) {
        return Salesforce.missing(headerKeys, "Id", "OwnerId", "ActivityDate|CreatedDate");
    }

    @Override
    public List<Mapped> map(SourceRow row) {
        if (!completed(row)) {
            return List.of(Mapped.refused(RowProblem.of("openTask", row.get("Status"))));
        }
        Map<String, String> fields = new HashMap<>();
        fields.put(EXTERNAL_ID, row.get("Id"));
        fields.put(REVISION, Salesforce.revision(row));
        fields.put(EMPLOYEE, row.get("OwnerId"));
        fields.put(TYPE, type(row));
        fields.put(OCCURRED_AT, row.first("ActivityDate", "CreatedDate"));
        fields.put(DIRECTION, direction(row.get("CallType")));
        fields.put(DURATION_MINUTES, minutes(row));
        fields.put(ACCOUNT, row.first("AccountId", "WhatId"));
        return List.of(Mapped.fields(fields));
    }

    private static boolean completed(SourceRow row) {
        Boolean closed = Salesforce.bool(row.get("IsClosed"));
        if (closed != null) {
            return closed;
        }
        String status = row.get("Status");
        return status == null || COMPLETED.contains(status.toLowerCase(Locale.ROOT));
    }

    private static String type(SourceRow row) {
        String subtype = row.get("TaskSubtype");
        if (subtype != null && !subtype.equalsIgnoreCase("Task")) {
            return switch (subtype.toLowerCase(Locale.ROOT)) {
                case "call" -> ActivityType.CALL.name();
                case "email", "listemail" -> ActivityType.EMAIL.name();
                default -> subtype; // unknown subtypes are refused by name rather than guessed
            };
        }
        String type = row.get("Type");
        if (type == null) {
            return ActivityType.RECORD_CREATED.name();
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "call", "anruf" -> ActivityType.CALL.name();
            case "email", "e-mail" -> ActivityType.EMAIL.name();
            case "meeting", "besprechung" -> ActivityType.MEETING.name();
            case "visit", "besuch" -> ActivityType.VISIT.name();
            case "letter", "brief" -> ActivityType.LETTER.name();
            case "fax" -> ActivityType.FAX.name();
            default -> ActivityType.RECORD_CREATED.name();
        };
    }

    /** Internal calls have no customer side, so no direction. */
    static String direction(String callType) {
        if (callType == null) {
            return null;
        }
        return switch (callType.toLowerCase(Locale.ROOT)) {
            case "inbound" -> "in";
            case "outbound" -> "out";
            default -> null;
        };
    }

    private static String minutes(SourceRow row) {
        String seconds = row.get("CallDurationInSeconds");
        BigDecimal value = row.number(seconds);
        if (value == null) {
            return seconds; // empty, or unreadable: then the row parser refuses it by value
        }
        return row.format(value.divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_EVEN));
    }
}
