package app.uptake.activity;

import java.time.Instant;

/**
 * An import run as the program office follows it: where it stands, how far it got, and its counts.
 * {@code committedThroughLine} is the last line whose rows are committed, which matters for a failed run.
 */
public record ImportRunSummary(long id, String sourceCode, ImportChannel channel, String profile,
        String fileName, ImportStatus status, String requestedBy, Instant startedAt, Instant finishedAt,
        Long totalBytes, long bytesRead, long rowsRead, IngestTally tally, long committedThroughLine, String failure) {

    /** Share of the file read, 0 to 1; unknown sizes count as done once the run is finished. */
    public double progress() {
        if (status.isFinished()) {
            return 1.0;
        }
        if (totalBytes == null || totalBytes <= 0) {
            return 0.0;
        }
        return Math.min(1.0, (double) bytesRead / totalBytes);
    }
}
