package app.uptake.activity.internal;

import app.uptake.activity.ColumnMapping;
import app.uptake.activity.ImportChannel;
import app.uptake.activity.ImportPreview;
import app.uptake.activity.ImportPreview.PreviewRow;
import app.uptake.activity.ImportProfile;
import app.uptake.activity.ImportRejection;
import app.uptake.activity.ImportRunSummary;
import app.uptake.audit.AuditService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.OffsetLimit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploaded activity files, from preview to a finished run. A started file is kept under
 * {@code <data-dir>/imports/} and imported in the background through {@link ImportRuns} on the data source
 * {@code UPLOAD}, in committed chunks; the file is deleted once the run completes and kept when it fails.
 * {@link InterruptedUploads} cleans up after a crash.
 * Security is the caller's ({@code ActivityImportService}).
 */
@Component
public class ActivityUploads {

    static final String SOURCE_CODE = "UPLOAD";
    static final int PREVIEW_ROWS = 50;

    private static final Logger log = LoggerFactory.getLogger(ActivityUploads.class);

    private final ImportRuns importRuns;
    private final ImportRunRepository runs;
    private final DataSourceRepository sources;
    private final ActivityIngester ingester;
    private final RejectionQueries rejections;
    private final UploadWorkers workers;
    private final AuditService audit;
    private final CompanyCalendar calendar;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final Path importsDir;
    private final long maxBytes;

    ActivityUploads(ImportRuns importRuns, ImportRunRepository runs, DataSourceRepository sources,
            ActivityIngester ingester, RejectionQueries rejections, UploadWorkers workers, AuditService audit,
            CompanyCalendar calendar, PlatformTransactionManager transactions,
            @Value("${uptake.data-dir}") Path dataDir,
            @Value("${uptake.import.activity.max-bytes:2147483648}") long maxBytes) {
        this.importRuns = importRuns;
        this.runs = runs;
        this.sources = sources;
        this.ingester = ingester;
        this.rejections = rejections;
        this.workers = workers;
        this.audit = audit;
        this.calendar = calendar;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.importsDir = dataDir.toAbsolutePath().resolve("imports");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** A new empty file for an upload to stream into, under the imports folder. */
    public Path newUploadFile() {
        try {
            Path incoming = Files.createDirectories(importsDir.resolve("incoming"));
            return Files.createTempFile(incoming, "upload-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a stream into a new upload file, refusing it once it grows past the limit. */
    public Path store(InputStream in) {
        Path file = newUploadFile();
        try (InputStream limited = in; var out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = limited.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            return file;
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** Reads the first rows and tells what ingesting them would do, in a transaction that is rolled back. */
    public ImportPreview preview(Path file, ImportProfile profile, ColumnMapping mapping) {
        checkSize(file);
        try (ActivityCsvReader reader = ActivityCsvReader.open(file, profile, mapping, calendar.zone(), calendar.now())) {
            if (reader.fileProblem() != null) {
                return new ImportPreview(reader.charset(), reader.delimiter(), reader.columns(), List.of(), false,
                        reader.fileProblem().key(), reader.fileProblem().detail());
            }
            List<ParsedRow> rows = new ArrayList<>();
            while (rows.size() < PREVIEW_ROWS && reader.hasNext()) {
                rows.add(reader.next());
            }
            boolean more = reader.hasNext();
            return new ImportPreview(reader.charset(), reader.delimiter(), reader.columns(), dryRun(rows), more, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<PreviewRow> dryRun(List<ParsedRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        long sourceId = uploadSourceId();
        ActivityIngester.BatchResult result = transaction.execute(status -> {
            status.setRollbackOnly();
            return ingester.ingest(sourceId, null, rows);
        });
        List<PreviewRow> preview = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ParsedRow row = rows.get(i);
            ActivityIngester.ItemResult item = result.items().get(i);
            var event = row.event();
            preview.add(new PreviewRow(row.line(), item.externalId(), event == null ? null : event.type(),
                    event == null ? null : event.employeeRef(), event == null ? null : event.occurredAt(),
                    item.outcome(), item.problem() == null ? null : item.problem().key(),
                    item.problem() == null ? null : item.problem().detail()));
        }
        return preview;
    }

    /**
     * Checks the file can be read with the profile, moves it to the imports folder, records and audits a
     * queued run, and imports it in the background.
     *
     * @throws BusinessRuleException when the file is too large, empty or lacks required columns
     */
    public long start(Path file, String fileName, ImportProfile profile, ColumnMapping mapping, String requestedBy) {
        long size = checkSize(file);
        try (ActivityCsvReader reader = ActivityCsvReader.open(file, profile, mapping, calendar.zone(), calendar.now())) {
            if (reader.fileProblem() != null) {
                throw new BusinessRuleException(reader.fileProblem().key(), reader.fileProblem().detail());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long sourceId = uploadSourceId();
        long runId = importRuns.open(sourceId, ImportChannel.UPLOAD, requestedBy, fileName, profile.name(), size);
        Path stored = importsDir.resolve("run-" + runId + "@" + InterruptedUploads.NODE + ".csv");
        try {
            Files.move(file, stored, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            importRuns.fail(runId, "The uploaded file could not be stored: " + e.getMessage());
            throw new UncheckedIOException(e);
        }
        transaction.executeWithoutResult(status -> {
            runs.findById(runId).orElseThrow().setStoredFile(stored.toString());
            audit.record("ACTIVITY_IMPORT_STARTED", "ImportRun", runId,
                    "file=" + fileName + ",profile=" + profile + ",bytes=" + size);
        });
        try {
            workers.submit(runId, () -> process(runId, sourceId, stored, profile, mapping));
        } catch (RuntimeException e) {
            importRuns.fail(runId, "The import could not be queued: " + e.getMessage());
            throw e;
        }
        return runId;
    }

    private void process(long runId, long sourceId, Path file, ImportProfile profile, ColumnMapping mapping) {
        try (ActivityCsvReader reader = ActivityCsvReader.open(file, profile, mapping, calendar.zone(), calendar.now())) {
            importRuns.process(runId, sourceId, reader, reader::bytesRead);
        } catch (IOException e) {
            log.warn("Import run {} could not read {}", runId, file, e);
            importRuns.fail(runId, "The file could not be read: " + e.getMessage());
            return;
        } catch (RuntimeException e) {
            // ImportRuns has marked the run failed with the reason; the file stays for a look
            log.warn("Import run {} failed", runId, e);
            return;
        }
        delete(file);
    }

    public Optional<ImportRunSummary> run(long runId) {
        return readOnly.execute(status -> runs.findById(runId).map(ActivityUploads::summary));
    }

    /** Runs of every channel, newest first. */
    public List<ImportRunSummary> runs(long offset, int limit) {
        return readOnly.execute(status -> runs.findAll(new OffsetLimit(offset, limit,
                Sort.by(Sort.Direction.DESC, "startedAt", "id"))).map(ActivityUploads::summary).getContent());
    }

    public long countRuns() {
        return runs.count();
    }

    public List<ImportRejection> rejections(long runId, long offset, int limit) {
        return rejections.page(runId, offset, limit);
    }

    public long countRejections(long runId) {
        return rejections.count(runId);
    }

    /** Hands every rejection of the run to the consumer in line order, streamed from the database. */
    public void forEachRejection(long runId, Consumer<ImportRejection> consumer) {
        readOnly.executeWithoutResult(status -> rejections.forEach(runId, consumer));
    }

    private long checkSize(Path file) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge();
            }
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BusinessRuleException tooLarge() {
        return new BusinessRuleException("activityImport.error.tooLarge", maxBytes / (1024 * 1024));
    }

    private long uploadSourceId() {
        return sources.findByCode(SOURCE_CODE).orElseThrow(() -> new IllegalStateException("data source UPLOAD missing"))
                .getId();
    }

    static ImportRunSummary summary(ImportRunEntity run) {
        return new ImportRunSummary(run.getId(), run.getSource().getCode(), run.getChannel(), run.getProfile(),
                run.getFileName(), run.getStatus(), run.getRequestedBy(), run.getStartedAt(), run.getFinishedAt(),
                run.getTotalBytes(), run.getBytesRead(), run.getRowsRead(), run.tally(), run.getCommittedThroughLine(),
                run.getFailure());
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }
}
