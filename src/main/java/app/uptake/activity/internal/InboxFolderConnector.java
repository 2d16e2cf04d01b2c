package app.uptake.activity.internal;

import app.uptake.activity.DataSourceKind;
import app.uptake.activity.ImportProfile;
import app.uptake.shared.CompanyCalendar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Picks up the CSV files a CRM export job drops into a folder ({@code folder=...}), in name order, in Uptake's
 * format (or {@code profile=SALESFORCE_TASK} etc.). A file counts as complete once it has not changed for
 * {@code settleSeconds} (default 10), so half-written files are left for the next run. Each file is moved to
 * {@code processed/} when read, or to {@code failed/} with a {@code .error.txt} beside it when it cannot be read
 * at all; its refused rows are kept with the run like any import's. The cursor names the last file processed.
 */
@Component
class InboxFolderConnector implements ActivityConnector {

    static final Duration DEFAULT_SETTLE = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(InboxFolderConnector.class);

    private final ImportRuns runs;
    private final ConnectorCursors cursors;
    private final CompanyCalendar calendar;

    InboxFolderConnector(ImportRuns runs, ConnectorCursors cursors, CompanyCalendar calendar) {
        this.runs = runs;
        this.cursors = cursors;
        this.calendar = calendar;
    }

    @Override
    public DataSourceKind kind() {
        return DataSourceKind.INBOX_FOLDER;
    }

    @Override
    public String run(ConnectorContext context) {
        Path folder = Path.of(context.settings().get("folder")
                .orElseThrow(() -> new IllegalStateException("The inbox has no folder.")));
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The inbox folder does not exist: " + folder);
        }
        Duration settle = context.settings().get("settleSeconds").map(s -> Duration.ofSeconds(Long.parseLong(s)))
                .orElse(DEFAULT_SETTLE);
        ImportProfile profile = context.settings().get("profile").map(ImportProfile::valueOf).orElse(ImportProfile.UPTAKE);
        String cursor = context.cursor();
        Map<String, Long> knownEmployees = new HashMap<>();
        for (Path file : readyFiles(folder, calendar.now().minus(settle))) {
            boolean read = ingest(file, profile, context, knownEmployees);
            move(file, folder.resolve(read ? "processed" : "failed"));
            cursor = file.getFileName().toString();
            cursors.store(context.sourceId(), cursor);
        }
        return cursor;
    }

    /** The CSV files in the folder that have settled, in name order. */
    private static List<Path> readyFiles(Path folder, Instant settledBefore) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                    .filter(f -> lastModified(f).isBefore(settledBefore))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The inbox folder cannot be listed: " + folder, e);
        }
    }

    /** Reads one file into the run; false when the file cannot be read at all. */
    private boolean ingest(Path file, ImportProfile profile, ConnectorContext context, Map<String, Long> knownEmployees) {
        try (ActivityCsvReader reader = ActivityCsvReader.open(file, profile, null, calendar.zone(), calendar.now())) {
            if (reader.fileProblem() != null) {
                writeError(file, EnglishMessages.of(reader.fileProblem()));
                return false;
            }
            runs.ingestAll(context.runId(), context.sourceId(), reader, reader::bytesRead, knownEmployees);
            log.info("Inbox {}: read {}", context.sourceCode(), file.getFileName());
            return true;
        } catch (IOException | UncheckedIOException e) {
            writeError(file, e.getMessage());
            return false;
        }
    }

    private static void writeError(Path file, String reason) {
        try {
            Path failed = Files.createDirectories(file.getParent().resolve("failed"));
            Files.writeString(failed.resolve(file.getFileName() + ".error.txt"), reason == null ? "unreadable" : reason);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the error note for " + file, e);
        }
    }

    private static void move(Path file, Path target) {
        try {
            Files.createDirectories(target);
            Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + file + " to " + target, e);
        }
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
