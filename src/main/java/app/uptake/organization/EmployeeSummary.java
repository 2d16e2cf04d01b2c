package app.uptake.organization;

import java.time.LocalDate;

/** An employee as a row of a list. */
public record EmployeeSummary(long id, String fullName, String email, JobRole jobRole, long orgUnitId,
        String orgUnitName, Long managerId, String managerName, LocalDate startDate, LocalDate endDate) {

    public boolean isActiveOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }
}
