package app.uptake.organization;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How to reach an employee and in which language: what notifications and reminders need.
 *
 * @param language  the language the person picked in the user menu; else the language HR recorded for them;
 *                  English when neither is one Uptake speaks
 * @param managerId the employee's manager, or null
 * @param endDate   the last day of employment, or null while employed without an end
 */
public record EmployeeContact(long employeeId, String name, String email, Locale language, Long managerId,
        LocalDate endDate) {

    /** Whether the person still works here on the day (their last day counts). */
    public boolean employedOn(LocalDate day) {
        return endDate == null || !endDate.isBefore(day);
    }
}
