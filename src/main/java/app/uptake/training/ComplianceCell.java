package app.uptake.training;

import java.time.LocalDate;

/**
 * One person's standing with one module.
 *
 * @param dueOn       null when not assigned
 * @param completedOn the company day it was completed, null when not completed
 */
public record ComplianceCell(ComplianceState state, LocalDate dueOn, LocalDate completedOn) {

    public static final ComplianceCell NOT_ASSIGNED = new ComplianceCell(ComplianceState.NOT_ASSIGNED, null, null);
}
