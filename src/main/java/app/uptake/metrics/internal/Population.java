package app.uptake.metrics.internal;

import app.uptake.organization.Employment;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The people a figure is about, and the same as a SQL condition on employee_id. Ids are numbers we read
 * ourselves, so they are spliced in as text; large units are named by their unit ids instead of by person.
 */
record Population(List<Employment> employments, String employeeCondition) {

    static Population ofUnits(List<Employment> employments, Collection<Long> unitIds) {
        String units = unitIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return new Population(employments,
                unitIds.isEmpty() ? "1 = 0" : "employee_id in (select id from employee where org_unit_id in (" + units + "))");
    }

    static Population ofPeople(List<Employment> employments) {
        String ids = employments.stream().map(e -> String.valueOf(e.employeeId())).collect(Collectors.joining(","));
        return new Population(employments, employments.isEmpty() ? "1 = 0" : "employee_id in (" + ids + ")");
    }
}
