package app.uptake.incentives.statement.internal;

import app.uptake.incentives.statement.GenerationProgress;
import app.uptake.incentives.statement.PublishedRunSource;
import app.uptake.incentives.statement.RenderedStatement;
import app.uptake.incentives.statement.RunStatement;
import app.uptake.incentives.statement.StatementBatch;
import app.uptake.incentives.statement.StatementContent;
import app.uptake.incentives.statement.StatementPdf;
import app.uptake.incentives.statement.StatementZip;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Renders and keeps the statements of a published run on a background thread, so that generation goes on when HR
 * closes the browser, and picks up where it stopped after a restart: statements already kept are not made again.
 */
@Component
public class StatementGenerator {

    private static final Logger log = LoggerFactory.getLogger(StatementGenerator.class);

    /** Statements per insert: small enough to show progress often, large enough to batch the writes. */
    static final int BATCH = 50;

    private final StatementStore store;
    private final ObjectProvider<PublishedRunSource> runs;
    private final StatementPdf pdf;
    private final Clock clock;
    private final int renderThreads;
    // one job at a time: rendering already uses the cores, a second run simply waits its turn
    private final ExecutorService jobs = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("statement-job-", 0).daemon(true).factory());

    StatementGenerator(StatementStore store, ObjectProvider<PublishedRunSource> runs, I18NProvider i18n, Clock clock,
            @Value("${uptake.statements.render-threads:2}") int renderThreads) {
        this.store = store;
        this.runs = runs;
        this.pdf = new StatementPdf(i18n);
        this.clock = clock;
        this.renderThreads = renderThreads;
    }

    /** Queues the generation of a run whose job row is RUNNING. */
    public void submit(long runId) {
        jobs.execute(() -> generate(runId));
    }

    /** Queues it once the caller's transaction, which marked the job RUNNING, has committed. */
    public void submitAfterCommit(long runId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit(runId);
                }
            });
        } else {
            submit(runId);
        }
    }

    /** Jobs that were running when the application stopped go on. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        for (long runId : store.runningJobs()) {
            log.info("Resuming the statements of run {}", runId);
            submit(runId);
        }
    }

    void generate(long runId) {
        Set<Long> kept = store.employeesWithStatement(runId);
        int[] done = {kept.size()};
        List<StatementStore.NewStatement> pending = new ArrayList<>(BATCH);
        try (Stream<RunStatement> contents = runs.getObject().statements(runId)) {
            Iterator<RunStatement> todo = contents.filter(s -> !kept.contains(s.employeeId())).iterator();
            java.util.Map<StatementContent, Long> employeeOf = new java.util.IdentityHashMap<>();
            Iterator<StatementContent> toRender = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return todo.hasNext();
                }

                @Override
                public StatementContent next() {
                    RunStatement next = todo.next();
                    employeeOf.put(next.content(), next.employeeId());
                    return next.content();
                }
            };
            StatementBatch.render(pdf, toRender, renderThreads, (content, rendered) -> {
                pending.add(row(runId, employeeOf.remove(content), content, rendered));
                if (pending.size() == BATCH) {
                    done[0] += flush(runId, pending, done[0]);
                }
            });
            done[0] += flush(runId, pending, done[0]);
            store.finishJob(runId, GenerationProgress.Status.DONE, done[0], null, clock.instant());
        } catch (RuntimeException e) {
            log.error("The statements of run {} could not be generated", runId, e);
            store.finishJob(runId, GenerationProgress.Status.FAILED, done[0], String.valueOf(e.getMessage()),
                    clock.instant());
        }
    }

    private int flush(long runId, List<StatementStore.NewStatement> pending, int doneBefore) {
        int count = pending.size();
        if (count > 0) {
            store.insert(pending, clock.instant());
            pending.clear();
            store.progress(runId, doneBefore + count);
        }
        return count;
    }

    private static StatementStore.NewStatement row(long runId, long employeeId, StatementContent content,
            RenderedStatement rendered) {
        return new StatementStore.NewStatement(content.statementId(), runId, employeeId,
                content.locale().getLanguage(), StatementZip.entryName(content.period(), content.employee()),
                content.payout().total(), content.payout().currency().getCurrencyCode(), rendered.sha256(),
                rendered.contentChecksum(), rendered.pdf());
    }

    @PreDestroy
    void stop() {
        jobs.shutdownNow();
    }
}
