package app.uptake.training;

import java.time.LocalDate;

/** Where a learner stands with an assigned module. */
public enum TrainingStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED,
    /** Not completed and the due date has passed. */
    OVERDUE;

    public String messageKey() {
        return "training.status." + name();
    }

    /**
     * The one rule for an assignment's status, used by My training and the compliance matrix alike (the matrix's
     * SQL filter mirrors it and is tested against it): completed wins; otherwise a due date before today makes it
     * overdue; otherwise having opened a lesson makes it in progress.
     *
     * @param started a lesson of the module was opened (the learner has a place where they stopped, or a lesson of
     *                the version in force was read)
     */
    public static TrainingStatus of(boolean completed, LocalDate dueOn, LocalDate today, boolean started) {
        if (completed) {
            return COMPLETED;
        }
        if (dueOn.isBefore(today)) {
            return OVERDUE;
        }
        return started ? IN_PROGRESS : NOT_STARTED;
    }
}
