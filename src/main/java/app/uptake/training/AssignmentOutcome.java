package app.uptake.training;

import java.time.LocalDate;

/**
 * What a manual assignment did.
 *
 * @param added         new assignments, due on {@code dueOn}
 * @param dueChanged    open assignments that now fall due on the explicitly given date
 * @param unchanged     open assignments left as they were (same date, or no date given)
 * @param completedKept assignments already completed: never touched
 */
public record AssignmentOutcome(int added, int dueChanged, int unchanged, int completedKept, LocalDate dueOn) {
}
