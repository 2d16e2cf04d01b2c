package app.uptake.adoption;

import java.time.LocalDate;

/** One employee's stored adoption for a week (its Monday), and the org unit they belonged to then. */
public record EmployeeWeek(LocalDate week, long orgUnitId, AdoptionScore score) {
}
