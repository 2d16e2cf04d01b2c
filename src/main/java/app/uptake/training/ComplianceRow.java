package app.uptake.training;

import java.util.Map;

/** One person of the compliance matrix with their cells by module id; a module without a cell is not assigned. */
public record ComplianceRow(long employeeId, String name, long orgUnitId, String orgUnitName,
        Map<String, ComplianceCell> cells) {

    public ComplianceRow {
        cells = Map.copyOf(cells);
    }

    public ComplianceCell cell(String moduleId) {
        return cells.getOrDefault(moduleId, ComplianceCell.NOT_ASSIGNED);
    }
}
