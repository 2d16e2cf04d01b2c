package app.uptake.incentives.statement;

import java.time.Instant;

/** How far the background generation of a run's statements has come. */
public record GenerationProgress(long runId, Status status, int done, int total, String startedBy, Instant startedAt,
        Instant finishedAt, String error) {

    public enum Status {
        /** Nothing has been generated for the run yet. */
        NOT_STARTED,
        RUNNING,
        DONE,
        FAILED;

        public String messageKey() {
            return "statements.status." + name();
        }
    }

    public static GenerationProgress notStarted(long runId) {
        return new GenerationProgress(runId, Status.NOT_STARTED, 0, 0, null, null, null, null);
    }

    /** Share done, 0 to 1, for a progress bar. */
    public double fraction() {
        return total == 0 ? (status == Status.DONE ? 1 : 0) : Math.min(1, (double) done / total);
    }
}
