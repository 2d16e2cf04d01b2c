package app.uptake.activity.internal;

import app.uptake.activity.ActivityEventInput;
import app.uptake.activity.DataSourceKind;
import app.uptake.activity.ImportChannel;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.Employment;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo company its CRM history on the first start: activity up to yesterday from the data source
 * {@value #SOURCE_CODE}, through the same chunked, idempotent ingestion as any import, so the rollups and the
 * data-quality figures are real. The history reaches back to the start of the previous fiscal year
 * ({@code uptake.goals.fiscal-year-start-month}), so the demo goals' baselines are measured on a whole year;
 * {@code uptake.demo.activity-months} sets a number of months instead (0: none), which keeps test contexts short.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("uptake.demo.enabled")
class DemoActivityLoader implements ApplicationRunner {

    static final String SOURCE_CODE = "DEMO-CRM";
    private static final Logger log = LoggerFactory.getLogger(DemoActivityLoader.class);

    private final DataSourceRepository sources;
    private final ImportRuns runs;
    private final EmployeeDirectory directory;
    private final CompanyCalendar calendar;
    private final TransactionTemplate transaction;
    private final long seed;
    private final int months;
    private final int fiscalYearStartMonth;

    DemoActivityLoader(DataSourceRepository sources, ImportRuns runs, EmployeeDirectory directory,
            CompanyCalendar calendar, PlatformTransactionManager transactions,
            @Value("${uptake.demo.seed:20261122}") long seed, @Value("${uptake.demo.activity-months:-1}") int months,
            @Value("${uptake.goals.fiscal-year-start-month:1}") int fiscalYearStartMonth) {
        this.sources = sources;
        this.runs = runs;
        this.directory = directory;
        this.calendar = calendar;
        this.transaction = new TransactionTemplate(transactions);
        this.seed = seed;
        this.months = months;
        this.fiscalYearStartMonth = fiscalYearStartMonth;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (months == 0 || sources.findByCode(SOURCE_CODE).isPresent()) {
            return;
        }
        long started = System.nanoTime();
        Long sourceId = transaction.execute(status -> sources.save(new DataSourceEntity(SOURCE_CODE,
                "Demo CRM (Salesforce export)", DataSourceKind.UPLOAD, calendar.now())).getId());
        DateRange period = new DateRange(historyStart(calendar.today(), months, fiscalYearStartMonth),
                calendar.today().minusDays(1));
        List<Employment> people = directory.everyone().stream().filter(e -> e.crmUserId() != null).toList();
        long runId = runs.open(sourceId, ImportChannel.UPLOAD, "demo", "demo-activity.csv", "UPTAKE", null);
        EventsOfEveryone rows = new EventsOfEveryone(people, period);
        runs.process(runId, sourceId, rows, () -> 0L);
        log.info("Demo activity created: {} events for {} people from {} in {} ms", rows.line, people.size(),
                period.from(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The configured number of months back, or else the first day of the previous fiscal year. */
    static LocalDate historyStart(LocalDate today, int months, int fiscalYearStartMonth) {
        if (months > 0) {
            return today.minusMonths(months);
        }
        int currentStartYear = today.getMonthValue() >= fiscalYearStartMonth ? today.getYear() : today.getYear() - 1;
        return LocalDate.of(currentStartYear - 1, fiscalYearStartMonth, 1);
    }

    /** Generates one person at a time, so a year of a large company never sits in memory at once. */
    private final class EventsOfEveryone implements Iterator<ParsedRow> {

        private final Iterator<Employment> people;
        private final DateRange period;
        private final Map<Long, Double> teamFactors = new HashMap<>();
        private final Random teams = new Random(seed);
        private Iterator<ActivityEventInput> current = Collections.emptyIterator();
        long line;

        EventsOfEveryone(List<Employment> people, DateRange period) {
            this.people = people.iterator();
            this.period = period;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && people.hasNext()) {
                Employment person = people.next();
                double team = teamFactors.computeIfAbsent(person.orgUnitId(), id -> 0.7 + teams.nextDouble() * 0.55);
                current = DemoActivity.forEmployee(seed, person, person.crmUserId(), team, period, calendar.zone()).iterator();
            }
            return current.hasNext();
        }

        @Override
        public ParsedRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ParsedRow.ok(++line, null, current.next());
        }
    }
}
