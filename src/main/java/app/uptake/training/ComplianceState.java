package app.uptake.training;

/** A cell of the training compliance matrix: an assignment's status, or no assignment at all. */
public enum ComplianceState {
    COMPLETED, IN_PROGRESS, NOT_STARTED, OVERDUE, NOT_ASSIGNED;

    public static ComplianceState of(TrainingStatus status) {
        return valueOf(status.name());
    }

    /** The status it stands for; empty for {@link #NOT_ASSIGNED}. */
    public java.util.Optional<TrainingStatus> status() {
        return this == NOT_ASSIGNED ? java.util.Optional.empty() : java.util.Optional.of(TrainingStatus.valueOf(name()));
    }

    public String messageKey() {
        return this == NOT_ASSIGNED ? "compliance.state.NOT_ASSIGNED" : TrainingStatus.valueOf(name()).messageKey();
    }
}
