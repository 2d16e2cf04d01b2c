package app.uptake.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.activity.ImportChannel;
import app.uptake.activity.ImportStatus;
import app.uptake.activity.IngestTally;
import app.uptake.support.UptakeSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a crash, uploads this node left queued or running are failed with how far their rows are committed;
 * uploads another node is running are left alone.
 */
@UptakeSpringTest
class InterruptedUploadsTest {

    @Autowired
    InterruptedUploads interrupted;
    @Autowired
    ImportRuns importRuns;
    @Autowired
    ImportRunRepository runs;
    @Autowired
    DataSourceRepository sources;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void runsLeftBehindByACrashAreMarkedFailedWithTheLineCommitted() {
        long source = sources.findByCode("UPLOAD").orElseThrow().getId();
        long queued = importRuns.open(source, ImportChannel.UPLOAD, "crash-test", "never-started.csv", "UPTAKE", 100L);
        long running = importRuns.open(source, ImportChannel.UPLOAD, "crash-test", "half-done.csv", "UPTAKE", 100L);
        long elsewhere = importRuns.open(source, ImportChannel.UPLOAD, "crash-test", "other-node.csv", "UPTAKE", 100L);
        long connector = importRuns.open(source, ImportChannel.CONNECTOR, "crash-test", null, null, null);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            runs.findById(queued).orElseThrow().setStoredFile("/data/imports/run-" + queued + "@" + InterruptedUploads.NODE + ".csv");
            ImportRunEntity run = runs.findById(running).orElseThrow();
            run.setStoredFile("/data/imports/run-" + running + "@" + InterruptedUploads.NODE + ".csv");
            run.start();
            run.add(new IngestTally(5000, 0, 0, 0, 0, 0), 5000, 5001, 50);
            ImportRunEntity other = runs.findById(elsewhere).orElseThrow();
            other.setStoredFile("/data/imports/run-" + elsewhere + "@another-node.csv");
            other.start();
        });

        interrupted.failInterruptedRuns();

        ImportRunEntity half = runs.findById(running).orElseThrow();
        assertThat(half.getStatus()).isEqualTo(ImportStatus.FAILED);
        assertThat(half.getFailure()).contains("through line 5001").contains("again is safe");
        assertThat(runs.findById(queued).orElseThrow().getFailure()).contains("before any rows were committed");
        assertThat(runs.findById(elsewhere).orElseThrow().getStatus()).as("another node is still running it")
                .isEqualTo(ImportStatus.RUNNING);
        assertThat(runs.findById(connector).orElseThrow().getStatus()).as("connectors restart themselves")
                .isEqualTo(ImportStatus.QUEUED);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            runs.findById(connector).orElseThrow().fail(java.time.Instant.now(), "test cleanup");
            runs.findById(elsewhere).orElseThrow().fail(java.time.Instant.now(), "test cleanup");
        });
    }
}
