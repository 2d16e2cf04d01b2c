package app.uptake.training;

/** Where a learner stands with an assigned module. */
public enum TrainingStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED,
    /** Not completed and the due date has passed. */
    OVERDUE;

    public String messageKey() {
        return "training.status." + name();
    }
}
