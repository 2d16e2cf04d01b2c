package app.uptake.activity.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one record of a file in some CRM's layout into Uptake's fields ({@link EventFields}). A record may
 * yield several events (a closed opportunity was also created) or be refused before parsing (an open task
 * is no activity yet).
 */
interface RowMapping {

    /** Required columns the header lacks, as the user should read them; empty when the file can be read. */
    List<String> missingColumns(Set<String> headerKeys);

    List<Mapped> map(SourceRow row);

    /** Uptake fields for one event, or the reason the record cannot become one. */
    record Mapped(Map<String, String> fields, RowProblem problem) {

        static Mapped fields(Map<String, String> fields) {
            return new Mapped(fields, null);
        }

        static Mapped refused(RowProblem problem) {
            return new Mapped(null, problem);
        }
    }
}
