package app.uptake.incentives.statement;

import app.uptake.incentives.calc.EmployeePayout;
import app.uptake.shared.LocalizedText;
import app.uptake.support.DemoLogins;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import app.uptake.incentives.run.RunStatementSource;

/**
 * Two published runs of the "Sales 2025" plan for Q1 2025, for the statement tests: run {@value #SHARED} for the demo
 * employee, their manager and HR, whose plan shares line totals with managers; run {@value #PRIVATE} for the demo
 * employee only, whose plan does not. Any other run id is the real runs' ({@link RunStatementSource}), listed after
 * these two. A primary bean of the test context (component scanning finds it).
 */
@Component
@Primary
public class FixturePublishedRuns implements PublishedRunSource {

    public static final long SHARED = 901;
    public static final long PRIVATE = 902;

    private static final int OWN_RUNS = 2;

    private final JdbcTemplate jdbc;
    private final RunStatementSource real;

    FixturePublishedRuns(JdbcTemplate jdbc, RunStatementSource real) {
        this.jdbc = jdbc;
        this.real = real;
    }

    private static boolean own(long runId) {
        return runId == SHARED || runId == PRIVATE;
    }

    public long employeeId(String login) {
        return jdbc.queryForObject("select id from employee where email = ?", Long.class, login);
    }

    /** Generates the run's statements (idempotent) and waits until they are all kept; HR must be signed in. */
    public static void awaitGenerated(StatementGenerationService generation, long runId) {
        generation.start(runId);
        long deadline = System.currentTimeMillis() + 60_000;
        while (generation.progress(runId).status() == GenerationProgress.Status.RUNNING
                && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public static String statementId(long runId, long employeeId) {
        return "ST-" + runId + "-" + employeeId;
    }

    private List<String> logins(long runId) {
        return runId == SHARED ? List.of(DemoLogins.EMPLOYEE, DemoLogins.MANAGER, DemoLogins.HR)
                : runId == PRIVATE ? List.of(DemoLogins.EMPLOYEE) : List.of();
    }

    private PublishedRun run(long runId) {
        return new PublishedRun(runId, "SALES5", new LocalizedText("Sales 2025", "Vertrieb 2025"), StatementFixtures.Q1,
                Currency.getInstance("EUR"), StatementFixtures.PUBLISHED.plusSeconds(runId), logins(runId).size(),
                runId == SHARED);
    }

    @Override
    public List<PublishedRun> publishedRuns(int offset, int limit) {
        List<PublishedRun> runs = new java.util.ArrayList<>(Stream.of(PRIVATE, SHARED).skip(offset).limit(limit)
                .map(this::run).toList());
        if (runs.size() < limit) {
            runs.addAll(real.publishedRuns(Math.max(0, offset - OWN_RUNS), limit - runs.size()));
        }
        return runs;
    }

    @Override
    public long countPublishedRuns() {
        return OWN_RUNS + real.countPublishedRuns();
    }

    @Override
    public Optional<PublishedRun> publishedRun(long runId) {
        return own(runId) ? Optional.of(run(runId)) : real.publishedRun(runId);
    }

    @Override
    public Stream<RunStatement> statements(long runId) {
        return own(runId) ? logins(runId).stream().map(this::employeeId).sorted().map(id -> content(runId, id))
                : real.statements(runId);
    }

    @Override
    public Optional<RunStatement> statement(long runId, long employeeId) {
        return own(runId) ? statements(runId).filter(s -> s.employeeId() == employeeId).findFirst()
                : real.statement(runId, employeeId);
    }

    @Override
    public Stream<PayrollRow> payroll(long runId) {
        if (!own(runId)) {
            return real.payroll(runId);
        }
        return statements(runId).map(s -> new PayrollRow(s.content().employee().id(), s.content().employee().costCentre(),
                s.content().payout().total(), s.content().payout().currency(), s.content().period(), runId));
    }

    /** The realistic synthetic statement numbered by the employee id, under this run's statement id. */
    private RunStatement content(long runId, long employeeId) {
        Locale locale = employeeId % 2 == 0 ? Locale.GERMAN : Locale.ENGLISH;
        StatementContent synthetic = StatementFixtures.realistic((int) employeeId, locale);
        EmployeePayout payout = synthetic.payout();
        StatementHeader header = new StatementHeader(StatementFixtures.COMPANY, statementId(runId, employeeId), runId,
                new StatementEmployee("E" + employeeId, synthetic.employee().name(), "CC-" + employeeId), locale,
                StatementFixtures.PUBLISHED.plusSeconds(runId), StatementFixtures.BERLIN);
        return new RunStatement(employeeId, StatementContent.of(header, payout, synthetic.metrics()));
    }
}
