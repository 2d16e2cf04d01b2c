package app.uptake.organization;

import java.util.List;

/** What an employee import did: the counts, and the rows that were skipped with their problems. */
public record EmployeeImportResult(int created, int updated, int unchanged, int rejected,
        List<EmployeeImportRow> rejectedRows) {

    public EmployeeImportResult {
        rejectedRows = List.copyOf(rejectedRows);
    }
}
