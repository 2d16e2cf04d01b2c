package app.uptake.organization;

import app.uptake.shared.DateRange;
import java.time.LocalDate;

/**
 * An employee's place and time in the company, without personal details: what metrics need to count
 * exposure (how many person-weeks a team had) and to attribute activity to units.
 */
public record Employment(long employeeId, long orgUnitId, JobRole jobRole, LocalDate startDate, LocalDate endDate,
        String crmUserId) {

    /** Whether the employee's last day lies before the day; the end date itself is still a working day. */
    public boolean leftBefore(LocalDate day) {
        return endDate != null && endDate.isBefore(day);
    }

    /** The days of the range the employee was employed, or null when none. */
    public DateRange employedDuring(DateRange range) {
        DateRange employed = new DateRange(startDate, endDate == null ? LocalDate.MAX : endDate);
        return employed.intersect(range);
    }
}
