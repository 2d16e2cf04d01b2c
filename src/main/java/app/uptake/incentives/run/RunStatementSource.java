package app.uptake.incentives.run;

import app.uptake.incentives.calc.EmployeePayout;
import app.uptake.incentives.run.internal.RunRow;
import app.uptake.incentives.run.internal.RunStore;
import app.uptake.incentives.statement.PayrollRow;
import app.uptake.incentives.statement.PublishedRun;
import app.uptake.incentives.statement.PublishedRunSource;
import app.uptake.incentives.statement.RunStatement;
import app.uptake.incentives.statement.StatementContent;
import app.uptake.incentives.statement.StatementEmployee;
import app.uptake.incentives.statement.StatementHeader;
import app.uptake.incentives.statement.StatementPeriod;
import app.uptake.organization.EmployeeContact;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.shared.CompanyCalendar;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Component;

/**
 * Published runs as statements read them: each employee's payout recalculated from the frozen inputs and held
 * against the stored result, with the header the statement prints (company, statement id, employee, cost centre =
 * the employee's org unit code, language) and for each component the metric and how it is measured.
 */
@Component
public class RunStatementSource implements PublishedRunSource {

    /** Employees read per query while streaming a run's statements. */
    static final int PAGE = 200;

    private final RunStore store;
    private final EmployeeDirectory directory;
    private final CompanyCalendar calendar;
    private final StatementCatalog catalog;

    RunStatementSource(RunStore store, EmployeeDirectory directory, CompanyCalendar calendar, StatementCatalog catalog) {
        this.store = store;
        this.directory = directory;
        this.calendar = calendar;
        this.catalog = catalog;
    }

    @Override
    public List<PublishedRun> publishedRuns(int offset, int limit) {
        return store.published(offset, limit).stream().map(RunStatementSource::published).toList();
    }

    @Override
    public long countPublishedRuns() {
        return store.countPublished();
    }

    @Override
    public Optional<PublishedRun> publishedRun(long runId) {
        return publishedRow(runId).map(RunStatementSource::published);
    }

    @Override
    public Stream<RunStatement> statements(long runId) {
        return publishedRow(runId).map(run -> {
            // a published run's adjustments are few and never change: read once for the whole run
            Map<Long, List<RunStore.AdjustmentRow>> adjustments = store.adjustments(run.id());
            return pages(run).flatMap(page -> contents(run, page, adjustments).stream());
        }).orElseGet(Stream::empty);
    }

    @Override
    public Optional<RunStatement> statement(long runId, long employeeId) {
        return publishedRow(runId).flatMap(run -> store.line(runId, employeeId)
                .map(line -> contents(run, List.of(line),
                        Map.of(employeeId, store.adjustments(runId, employeeId))).getFirst()));
    }

    @Override
    public Stream<PayrollRow> payroll(long runId) {
        return publishedRow(runId).map(run -> pages(run).flatMap(page -> {
            Map<Long, String> costCentres = catalog.costCentres(page.stream().map(RunStore.EmployeeLine::employeeId).toList());
            return page.stream().map(line -> new PayrollRow(String.valueOf(line.employeeId()),
                    costCentres.get(line.employeeId()), line.total(), Currency.getInstance(line.currency()),
                    run.period(), run.id()));
        })).orElseGet(Stream::empty);
    }

    private Optional<RunRow> publishedRow(long runId) {
        return store.find(runId).filter(r -> r.status() == RunStatus.PUBLISHED);
    }

    private static PublishedRun published(RunRow run) {
        return new PublishedRun(run.id(), run.planCode(), run.planName(), run.period(),
                Currency.getInstance(run.currency()), run.publishedAt(), run.employeeCount(),
                run.managerTotalsVisible());
    }

    /** The run's lines page by page in employee order (keyset paging), each page read when the stream gets to it. */
    private Stream<List<RunStore.EmployeeLine>> pages(RunRow run) {
        Iterator<List<RunStore.EmployeeLine>> pages = new Iterator<>() {
            private List<RunStore.EmployeeLine> next = store.linesAfter(run.id(), Long.MIN_VALUE, PAGE);

            @Override
            public boolean hasNext() {
                return !next.isEmpty();
            }

            @Override
            public List<RunStore.EmployeeLine> next() {
                if (next.isEmpty()) {
                    throw new NoSuchElementException();
                }
                List<RunStore.EmployeeLine> page = next;
                next = page.size() < PAGE ? List.of()
                        : store.linesAfter(run.id(), page.getLast().employeeId(), PAGE);
                return page;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false);
    }

    private List<RunStatement> contents(RunRow run, List<RunStore.EmployeeLine> page,
            Map<Long, List<RunStore.AdjustmentRow>> adjustments) {
        List<Long> ids = page.stream().map(RunStore.EmployeeLine::employeeId).toList();
        Map<Long, EmployeeContact> people = directory.contacts(ids);
        Map<Long, String> costCentres = catalog.costCentres(ids);
        String company = catalog.companyName();
        return page.stream().map(line -> {
            EmployeePayout payout = RunResults.checkedPayout(store, run, line,
                    adjustments.getOrDefault(line.employeeId(), List.of()));
            EmployeeContact person = people.get(line.employeeId());
            Locale locale = person == null ? Locale.ENGLISH : person.language();
            StatementHeader header = new StatementHeader(company, statementId(run, line.employeeId()), run.id(),
                    new StatementEmployee(String.valueOf(line.employeeId()), person == null ? "" : person.name(),
                            costCentres.get(line.employeeId())), locale, run.publishedAt(), calendar.zone());
            return new RunStatement(line.employeeId(), StatementContent.of(header, payout, catalog.notes(payout, locale)));
        }).toList();
    }

    /** Readable and unique: the period, the run and the employee, e.g. ST-2026Q1-17-4711. */
    static String statementId(RunRow run, long employeeId) {
        return "ST-" + StatementPeriod.code(run.period()).replace("-", "") + "-" + run.id() + "-" + employeeId;
    }
}
