package app.uptake.organization;

import java.util.List;

/**
 * What an employee import file contains and what importing it would do; nothing has been written yet.
 * Hand it to {@link EmployeeImportService#apply} to import it.
 *
 * @param charset the detected encoding: {@code UTF-8}, {@code UTF-16LE}, {@code UTF-16BE} or
 * {@code windows-1252}
 * @param delimiter the detected delimiter: {@code ;}, {@code ,} or TAB
 * @param rows the data rows in file order; empty when there are file problems
 * @param fileProblems problems with the whole file, which make it impossible to import
 * @param columns the known columns the header row names, in file order
 */
public record EmployeeImportPreview(String charset, char delimiter, List<EmployeeImportRow> rows,
        List<ImportProblem> fileProblems, List<String> columns) {

    public EmployeeImportPreview {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
        columns = List.copyOf(columns);
    }

    /** The rows that will be imported (new, updated or unchanged). */
    public List<EmployeeImportRow> validRows() {
        return rows.stream().filter(row -> !row.isRejected()).toList();
    }

    public List<EmployeeImportRow> rejectedRows() {
        return rows.stream().filter(EmployeeImportRow::isRejected).toList();
    }

    public long count(EmployeeImportRow.Action action) {
        return rows.stream().filter(row -> row.action() == action).count();
    }

    /** Whether the file is readable and at least one row can be imported. */
    public boolean isImportable() {
        return fileProblems.isEmpty() && rows.stream().anyMatch(row -> !row.isRejected());
    }
}
