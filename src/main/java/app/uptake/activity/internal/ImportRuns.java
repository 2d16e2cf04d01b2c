package app.uptake.activity.internal;

import app.uptake.activity.ImportChannel;
import app.uptake.activity.ImportRunFinished;
import app.uptake.activity.ImportStatus;
import org.springframework.context.ApplicationEventPublisher;
import app.uptake.shared.CompanyCalendar;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.List;
import java.util.ArrayList;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import in chunks, each committed on its own with its rejected rows and the run's counters, so that a
 * run that fails half-way says exactly up to which line its rows are in ({@code committed_through_line}), and
 * a restarted connector or re-uploaded file picks up the rest idempotently.
 */
@Component
class ImportRuns {

    static final int CHUNK_ROWS = 5_000;

    private final ImportRunRepository runs;
    private final DataSourceRepository sources;
    private final ActivityIngester ingester;
    private final CompanyCalendar calendar;
    private final TransactionTemplate newTransaction;
    private final ApplicationEventPublisher events;

    ImportRuns(ImportRunRepository runs, DataSourceRepository sources, ActivityIngester ingester,
            CompanyCalendar calendar, PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.events = events;
        this.runs = runs;
        this.sources = sources;
        this.ingester = ingester;
        this.calendar = calendar;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records a queued run and returns its id; committed at once so that progress can be watched. */
    long open(long sourceId, ImportChannel channel, String requestedBy, String fileName, String profile, Long totalBytes) {
        return newTransaction.execute(status -> {
            ImportRunEntity run = new ImportRunEntity(sources.getReferenceById(sourceId), channel, requestedBy, calendar.now());
            run.setFileName(fileName);
            run.setProfile(profile);
            run.setTotalBytes(totalBytes);
            return runs.save(run).getId();
        });
    }

    /**
     * Reads all rows and ingests them chunk by chunk. {@code bytesRead} tells progress for files. On an
     * exception the run is marked failed with the reason and the exception is rethrown.
     */
    void process(long runId, long sourceId, Iterator<ParsedRow> rows, LongSupplier bytesRead) {
        start(runId);
        try {
            ingestAll(runId, sourceId, rows, bytesRead, new HashMap<>());
            complete(runId);
        } catch (RuntimeException e) {
            fail(runId, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            throw e;
        }
    }

    void start(long runId) {
        newTransaction.executeWithoutResult(status -> runs.findById(runId).orElseThrow().start());
    }

    /**
     * Ingests rows in committed chunks into a started run; for connectors that feed one run from several
     * files or pages. {@code knownEmployees} carries resolved employee references from chunk to chunk.
     */
    void ingestAll(long runId, long sourceId, Iterator<ParsedRow> rows, LongSupplier bytesRead,
            Map<String, Long> knownEmployees) {
        List<ParsedRow> chunk = new ArrayList<>(CHUNK_ROWS);
        while (rows.hasNext()) {
            chunk.add(rows.next());
            if (chunk.size() == CHUNK_ROWS) {
                commitChunk(runId, sourceId, chunk, bytesRead.getAsLong(), knownEmployees);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            commitChunk(runId, sourceId, chunk, bytesRead.getAsLong(), knownEmployees);
        }
    }

    void complete(long runId) {
        newTransaction.executeWithoutResult(status -> runs.findById(runId).orElseThrow().complete(calendar.now()));
        events.publishEvent(new ImportRunFinished(runId, ImportStatus.COMPLETED));
    }

    void fail(long runId, String reason) {
        newTransaction.executeWithoutResult(status -> runs.findById(runId).orElseThrow().fail(calendar.now(), reason));
        events.publishEvent(new ImportRunFinished(runId, ImportStatus.FAILED));
    }

    private void commitChunk(long runId, long sourceId, List<ParsedRow> chunk, long bytes, Map<String, Long> knownEmployees) {
        long lastLine = chunk.get(chunk.size() - 1).line();
        newTransaction.executeWithoutResult(status -> {
            ActivityIngester.BatchResult result = ingester.ingest(sourceId, runId, chunk, knownEmployees);
            runs.findById(runId).orElseThrow().add(result.tally(), chunk.size(), lastLine, bytes);
        });
    }
}
