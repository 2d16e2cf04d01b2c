package app.uptake.activity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the Salesforce profiles share: how Salesforce writes booleans and which field says "last changed". */
final class Salesforce {

    private Salesforce() {
    }

    /**
     * The revision of a record: its last modification as epoch seconds, so that a later export of the same
     * record replaces the earlier one and an older export never overwrites a newer. An unreadable timestamp
     * is passed on as it is, for the row parser to refuse with the value.
     */
    static String revision(SourceRow row) {
        String modified = row.first("LastModifiedDate", "SystemModstamp");
        if (modified == null) {
            return null;
        }
        Instant at = row.instant(modified);
        return at == null ? modified : Long.toString(at.getEpochSecond());
    }

    /** Salesforce writes true/false; Excel round trips turn them into 1/0 or WAHR/FALSCH. */
    static Boolean bool(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "wahr", "ja" -> true;
            case "false", "0", "no", "falsch", "nein" -> false;
            default -> null;
        };
    }

    /** Checks required columns; an alternative group ("A|B") is satisfied by any one of its columns. */
    static List<String> missing(Set<String> headerKeys, String... required) {
        List<String> missing = new ArrayList<>();
        for (String group : required) {
            boolean present = false;
            for (String column : group.split("\\|")) {
                present |= headerKeys.contains(SourceRow.key(column));
            }
            if (!present) {
                missing.add(group.replace("|", " / "));
            }
        }
        return missing;
    }
}
