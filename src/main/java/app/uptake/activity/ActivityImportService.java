package app.uptake.activity;

import app.uptake.activity.internal.ActivityUploads;
import app.uptake.organization.CurrentUserService;
import app.uptake.shared.CsvCells;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * File uploads of CRM activity by the CRM program office: preview a file's first rows, start its import in
 * the background (it goes on when the browser is closed), follow its progress, and read or download the
 * rows it refused. The file formats and profiles are documented in docs/activity-format.md. Importing is
 * idempotent by (source, external id), so uploading the same file twice changes nothing and a later export
 * with newer revisions corrects the events.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ActivityImportService {

    private final ActivityUploads uploads;
    private final CurrentUserService currentUser;

    ActivityImportService(ActivityUploads uploads, CurrentUserService currentUser) {
        this.uploads = uploads;
        this.currentUser = currentUser;
    }

    /** The largest file accepted, in bytes ({@code uptake.import.activity.max-bytes}). */
    public long maxBytes() {
        return uploads.maxBytes();
    }

    /** A new empty file under the imports folder for an upload to stream into. */
    public Path newUploadFile() {
        return uploads.newUploadFile();
    }

    /** Stores a stream as an upload file; refuses it when it grows past {@link #maxBytes()}. */
    public Path store(InputStream in) {
        return uploads.store(in);
    }

    /** What importing the file would do, from its first rows; writes nothing. */
    public ImportPreview preview(Path file, ImportProfile profile, ColumnMapping mapping) {
        return uploads.preview(file, profile, mapping);
    }

    public ImportPreview preview(InputStream in, ImportProfile profile, ColumnMapping mapping) {
        Path file = uploads.store(in);
        try {
            return uploads.preview(file, profile, mapping);
        } finally {
            file.toFile().delete();
        }
    }

    /**
     * Starts importing an uploaded file (which is moved into the imports folder) and returns the run's id.
     *
     * @throws app.uptake.shared.BusinessRuleException when the file is too large, empty or lacks columns
     */
    public long start(Path file, String fileName, ImportProfile profile, ColumnMapping mapping) {
        return uploads.start(file, fileName, profile, mapping, currentUser.require().username());
    }

    public Optional<ImportRunSummary> run(long runId) {
        return uploads.run(runId);
    }

    /** Import runs of every channel, newest first. */
    public List<ImportRunSummary> runs(long offset, int limit) {
        return uploads.runs(offset, limit);
    }

    public long countRuns() {
        return uploads.countRuns();
    }

    /** The run's refused rows in line order. */
    public List<ImportRejection> rejections(long runId, long offset, int limit) {
        return uploads.rejections(runId, offset, limit);
    }

    public long countRejections(long runId) {
        return uploads.countRejections(runId);
    }

    /**
     * Writes the run's refused rows as CSV (UTF-8 with byte order mark, so that spreadsheets read umlauts):
     * line, external id, reason as {@code describe} words it for the reader, detail, and the row as it came.
     * Streams from the database, so any number of rows fits. Cells are guarded against formula injection.
     */
    public void rejectionsCsv(long runId, char delimiter, List<String> header, Function<ImportRejection, String> describe,
            OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                    .setRecordSeparator("\r\n").get());
            printer.printRecord(header.stream().map(CsvCells::safe).toList());
            uploads.forEachRejection(runId, rejection -> {
                try {
                    printer.printRecord(rejection.line(), CsvCells.safe(rejection.externalId()),
                            CsvCells.safe(describe.apply(rejection)), CsvCells.safe(rejection.detail()),
                            CsvCells.safe(rejection.raw()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
