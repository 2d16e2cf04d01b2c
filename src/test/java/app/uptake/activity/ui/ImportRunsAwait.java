package app.uptake.activity.ui;

import app.uptake.activity.ActivityImportService;
import app.uptake.activity.ImportRunSummary;
import java.time.Duration;
import java.time.Instant;

/** Waits for a background import run to finish, for tests. */
final class ImportRunsAwait {

    private ImportRunsAwait() {
    }

    static ImportRunSummary finished(ActivityImportService imports, long runId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            ImportRunSummary run = imports.run(runId).orElseThrow();
            if (run.status().isFinished()) {
                return run;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import run " + runId + " did not finish");
    }
}
