package app.uptake.activity;

import java.util.List;

/**
 * What importing a file would do, from its first rows; nothing is written. When {@code problemKey} is set
 * (an i18n key with {@code problemDetail} as argument) the file cannot be imported as it is.
 *
 * @param columns the file's header columns, in file order
 * @param moreRows whether the file has rows beyond those previewed
 */
public record ImportPreview(String charset, char delimiter, List<String> columns, List<PreviewRow> rows,
        boolean moreRows, String problemKey, String problemDetail) {

    public ImportPreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public boolean isImportable() {
        return problemKey == null;
    }

    /** One previewed event (or rejected row) and what ingesting it would do. */
    public record PreviewRow(long line, String externalId, ActivityType type, String employeeRef,
            java.time.Instant occurredAt, IngestOutcome outcome, String problemKey, String problemDetail) {

        public boolean isRejected() {
            return outcome == IngestOutcome.REJECTED;
        }
    }
}
