package app.uptake.incentives.statement;

import app.uptake.audit.AuditService;
import app.uptake.incentives.statement.internal.StatementGenerator;
import app.uptake.incentives.statement.internal.StatementStore;
import app.uptake.organization.CurrentUserService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's side of statements: generating them for a published run in the background, downloading them all as a ZIP,
 * and the payroll export. HR and admins only.
 */
@Service
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
public class StatementGenerationService {

    /** A published run with how far its statements are. */
    public record RunStatements(PublishedRun run, GenerationProgress progress) {
    }

    private final ObjectProvider<PublishedRunSource> runs;
    private final StatementStore store;
    private final StatementGenerator generator;
    private final CurrentUserService currentUser;
    private final CompanyCalendar calendar;
    private final AuditService audit;

    StatementGenerationService(ObjectProvider<PublishedRunSource> runs, StatementStore store,
            StatementGenerator generator, CurrentUserService currentUser, CompanyCalendar calendar,
            AuditService audit) {
        this.runs = runs;
        this.store = store;
        this.generator = generator;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.audit = audit;
    }

    public long countPublishedRuns() {
        PublishedRunSource source = runs.getIfAvailable();
        return source == null ? 0 : source.countPublishedRuns();
    }

    public List<RunStatements> publishedRuns(int offset, int limit) {
        PublishedRunSource source = runs.getIfAvailable();
        return source == null ? List.of() : source.publishedRuns(offset, limit).stream()
                .map(run -> new RunStatements(run, progress(run.runId()))).toList();
    }

    public GenerationProgress progress(long runId) {
        return store.job(runId).orElseGet(() -> GenerationProgress.notStarted(runId));
    }

    /**
     * Starts generating the run's statements in the background. Starting it again while it runs, or after it is
     * done, changes nothing; after a failure it goes on with the statements still missing.
     */
    @Transactional
    public GenerationProgress start(long runId) {
        PublishedRun run = published(runId);
        String by = currentUser.require().username();
        if (store.startJob(runId, run.employees(), by, calendar.now())) {
            audit.record("STATEMENTS_GENERATION_STARTED", "incentive_run", runId, run.employees() + " statements");
            generator.submitAfterCommit(runId);
        }
        return progress(runId);
    }

    /** Writes all statements of the run into a ZIP, one PDF per employee; only once all are generated. */
    @Transactional
    public int writeZip(long runId, OutputStream out) {
        PublishedRun run = published(runId);
        if (progress(runId).status() != GenerationProgress.Status.DONE) {
            throw new BusinessRuleException("statements.error.notGenerated");
        }
        LocalDateTime modified = LocalDateTime.ofInstant(run.publishedAt(), calendar.zone());
        audit.record("STATEMENTS_DOWNLOADED", "incentive_run", runId, "ZIP of all statements");
        try (StatementZip zip = new StatementZip(out)) {
            store.eachPdf(runId, (name, pdf) -> zip.add(name, pdf, modified));
            return zip.entries();
        }
    }

    /** Writes the run's payroll CSV: employee id, cost centre, amount, currency, period. */
    @Transactional
    public int writePayroll(long runId, OutputStream out) {
        published(runId);
        audit.record("PAYROLL_EXPORTED", "incentive_run", runId, null);
        try (Stream<PayrollRow> rows = runs.getObject().payroll(runId)) {
            return PayrollCsv.write(out, rows);
        }
    }

    public static String zipName(PublishedRun run) {
        return "statements-" + run.planCode() + "-" + StatementPeriod.code(run.period()) + ".zip";
    }

    public static String payrollName(PublishedRun run) {
        return "payroll-" + run.planCode() + "-" + StatementPeriod.code(run.period()) + ".csv";
    }

    private PublishedRun published(long runId) {
        return runs.getObject().publishedRun(runId)
                .orElseThrow(() -> new BusinessRuleException("statements.error.notPublished", runId));
    }
}
