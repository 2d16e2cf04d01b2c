package app.uptake.activity.internal;

import app.uptake.activity.ImportChannel;
import app.uptake.activity.ImportStatus;
import app.uptake.shared.CompanyCalendar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Cleans up after a crash or restart: uploads this node left queued or running can never finish, so they are
 * marked failed with the line through which their rows are committed (uploading the file again is safe, as
 * ingestion is idempotent); uploaded files that were never started are removed after a day.
 */
@Component
class InterruptedUploads {

    /** Uploads that were never started are removed after this long. */
    private static final Duration ABANDONED_AFTER = Duration.ofDays(1);
    /** A run without a stored file this old never got going on any node. */
    private static final Duration NEVER_STORED_AFTER = Duration.ofMinutes(10);
    /**
     * This node's name, written into stored file names: with several nodes (PostgreSQL), a restarting node
     * must fail only the uploads it was running itself, not those another node is still working on.
     */
    static final String NODE = nodeName();

    private static final Logger log = LoggerFactory.getLogger(InterruptedUploads.class);

    private final ImportRunRepository runs;
    private final ImportRuns importRuns;
    private final UploadWorkers workers;
    private final CompanyCalendar calendar;
    private final Path incoming;

    InterruptedUploads(ImportRunRepository runs, ImportRuns importRuns, UploadWorkers workers, CompanyCalendar calendar,
            @Value("${uptake.data-dir}") Path dataDir) {
        this.runs = runs;
        this.importRuns = importRuns;
        this.workers = workers;
        this.calendar = calendar;
        this.incoming = dataDir.toAbsolutePath().resolve("imports").resolve("incoming");
    }

    /** Runs on every start; skips runs this node is working on, so calling it at other times is harmless. */
    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedRuns() {
        List<ImportRunEntity> interrupted = runs.findByStatusIn(List.of(ImportStatus.QUEUED, ImportStatus.RUNNING));
        for (ImportRunEntity run : interrupted) {
            if (run.getChannel() == ImportChannel.UPLOAD && !workers.isActive(run.getId()) && wasRunHere(run)) {
                importRuns.fail(run.getId(), interruptedReason(run.getCommittedThroughLine()));
                log.info("Import run {} was interrupted; marked failed", run.getId());
            }
        }
        removeAbandonedUploads();
    }

    private boolean wasRunHere(ImportRunEntity run) {
        if (run.getStoredFile() == null) {
            return run.getStartedAt().plus(NEVER_STORED_AFTER).isBefore(calendar.now());
        }
        return Path.of(run.getStoredFile()).getFileName().toString().endsWith("@" + NODE + ".csv");
    }

    private static String nodeName() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            try {
                name = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                name = "local";
            }
        }
        return name.replaceAll("[^A-Za-z0-9.-]", "_");
    }

    static String interruptedReason(long committedThroughLine) {
        return (committedThroughLine > 0
                ? "Interrupted by a restart of the application. Rows through line " + committedThroughLine + " are committed."
                : "Interrupted by a restart of the application before any rows were committed.")
                + " Uploading the file again is safe: rows already imported count as duplicates.";
    }

    private void removeAbandonedUploads() {
        if (!Files.isDirectory(incoming)) {
            return;
        }
        try (Stream<Path> files = Files.list(incoming)) {
            files.filter(f -> isOlderThan(f, ABANDONED_AFTER)).forEach(ActivityUploads::delete);
        } catch (IOException e) {
            log.warn("Could not clear abandoned uploads in {}", incoming, e);
        }
    }

    private boolean isOlderThan(Path file, Duration age) {
        try {
            return Files.getLastModifiedTime(file).toInstant().plus(age).isBefore(calendar.now());
        } catch (IOException e) {
            return false;
        }
    }
}
