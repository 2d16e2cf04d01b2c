package app.uptake.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.activity.ActivityEventInput;
import app.uptake.activity.ActivityType;
import app.uptake.activity.IngestOutcome;
import app.uptake.activity.internal.TestActivity;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricValue;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.Employment;
import app.uptake.shared.DateRange;
import app.uptake.support.DemoLogins;
import app.uptake.support.UptakeSpringTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Rollups and metric values on the configured database, with expectations worked out by hand. Each test uses
 * its own data source and a year long before any demo activity, so the figures are only the test's events.
 */
@UptakeSpringTest
class RollupTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CurrentMetrics metrics;
    @Autowired
    MetricQueries queries;
    @Autowired
    EmployeeDirectory directory;

    TestActivity activity;
    long source;
    String prefix;
    Employment employee;
    Employment manager;
    /** Each test gets its own year, so tests do not see each other's events. */
    int year;
    static int nextYear = 2001;

    @BeforeEach
    void setUp() {
        activity = new TestActivity(context);
        prefix = UUID.randomUUID().toString().substring(0, 8);
        source = activity.source("TEST-" + prefix);
        employee = directory.of(directory.resolve(List.of(DemoLogins.EMPLOYEE)).values()).getFirst();
        manager = directory.of(directory.resolve(List.of(DemoLogins.MANAGER)).values()).getFirst();
        year = nextYear++;
    }

    @Test
    void winRateMarginAndProfitPerCustomerOverTwoDays() {
        ingest(won("w1", DemoLogins.EMPLOYEE, 6, "A", "200"), lost("l1", DemoLogins.EMPLOYEE, 6),
                won("w2", DemoLogins.EMPLOYEE, 6, "B", "100"), won("w3", DemoLogins.EMPLOYEE, 7, "A", "300"));
        Population me = Population.ofPeople(List.of(employee));
        DateRange january = new DateRange(day(1), day(31));

        // 3 won of 4 closed
        assertValue("WIN_RATE", me, january, "3", "4", "75.000000");
        // (200 + 100 + 300) / 3 won deals with a margin
        assertValue("AVG_MARGIN_WON", me, january, "600", "3", "200.000000");
        // 600 margin over the 2 different accounts A and B (not over 3 deals)
        assertValue("PROFIT_PER_CUSTOMER", me, january, "600", "2", "300.000000");
        // only the 7th: one won deal, nothing lost
        assertValue("WIN_RATE", me, DateRange.day(day(7)), "1", "1", "100.000000");
    }

    @Test
    void ratiosOverPeopleAreSumsOverSumsNotAveragesOfRatios() {
        // employee: 1 won of 4 closed = 25 %; manager: 1 won of 1 = 100 %
        ingest(won("a", DemoLogins.EMPLOYEE, 6, "A", "10"), lost("b", DemoLogins.EMPLOYEE, 6),
                lost("c", DemoLogins.EMPLOYEE, 6), lost("d", DemoLogins.EMPLOYEE, 6),
                won("e", DemoLogins.MANAGER, 6, "B", "10"));
        Population both = Population.ofPeople(List.of(employee, manager));
        // (1 + 1) / (4 + 1) = 40 %, not (25 % + 100 %) / 2 = 62.5 %
        assertValue("WIN_RATE", both, DateRange.day(day(6)), "2", "5", "40.000000");
    }

    @Test
    void aCorrectionMovesTheEventAndTheRollupsFollow() {
        assertThat(ingest(won("x", DemoLogins.EMPLOYEE, 6, "A", "200"))).containsExactly(IngestOutcome.ACCEPTED);
        Population me = Population.ofPeople(List.of(employee));

        ActivityEventInput corrected = new ActivityEventInput(prefix + "x", 2, DemoLogins.EMPLOYEE,
                ActivityType.OPPORTUNITY_LOST, at(9), null, null, "A", null, null, null, null, null, null, null, null,
                null, null);
        assertThat(activity.ingest(source, corrected)).containsExactly(IngestOutcome.CORRECTED);

        assertValue("WIN_RATE", me, DateRange.day(day(6)), "0", "0", null);
        assertValue("WIN_RATE", me, DateRange.day(day(9)), "0", "1", "0.000000");
        assertValue("AVG_MARGIN_WON", me, new DateRange(day(1), day(31)), "0", "0", null);
    }

    @Test
    void sendingTheSameEventAgainChangesNothing() {
        ActivityEventInput deal = won("same", DemoLogins.EMPLOYEE, 6, "A", "200");
        assertThat(ingest(deal)).containsExactly(IngestOutcome.ACCEPTED);
        assertThat(ingest(deal, deal)).containsExactly(IngestOutcome.DUPLICATE, IngestOutcome.DUPLICATE);
        assertThat(activity.ingest(source, deal.withRevision(0 + 1))).containsExactly(IngestOutcome.DUPLICATE);

        assertValue("WIN_RATE", Population.ofPeople(List.of(employee)), DateRange.day(day(6)), "1", "1", "100.000000");
    }

    @Test
    void anOlderRevisionIsStaleAndIgnored() {
        ActivityEventInput second = won("rev", DemoLogins.EMPLOYEE, 6, "A", "200").withRevision(2);
        assertThat(ingest(second)).containsExactly(IngestOutcome.ACCEPTED);
        assertThat(ingest(lost("rev", DemoLogins.EMPLOYEE, 6))).containsExactly(IngestOutcome.STALE);
        assertValue("WIN_RATE", Population.ofPeople(List.of(employee)), DateRange.day(day(6)), "1", "1", "100.000000");
    }

    @Test
    void activeDaysCountEachDayOnceHoweverManyLoginsItHas() {
        ingest(login("l1", 6), login("l2", 6), login("l3", 6), login("l4", 8));
        MetricDefinition activeDays = metrics.byCode("CRM_ACTIVE_DAYS_SHARE").orElseThrow();
        BigDecimal numerator = queries.value(activeDays, Population.ofPeople(List.of(employee)),
                new DateRange(day(5), day(11))).numerator();
        assertThat(numerator).isEqualByComparingTo("2");
    }

    /**
     * New events add to the rollups in Java, corrections recount in SQL: both must give the same rows to the last
     * digit. Random events of every type and field (odd durations, three-decimal amounts, negative margins),
     * delivered in batches and then corrected, against a recount of everything from the stored events.
     */
    @Test
    void addingNewEventsGivesExactlyWhatARecountGives() {
        java.util.Random rnd = new java.util.Random(11);
        ActivityType[] types = ActivityType.values();
        List<ActivityEventInput> all = new java.util.ArrayList<>();
        for (int batch = 0; batch < 4; batch++) {
            List<ActivityEventInput> events = new java.util.ArrayList<>();
            for (int i = 0; i < 150; i++) {
                events.add(randomEvent(rnd, "r" + batch + "-" + i, types[rnd.nextInt(types.length)], 1));
            }
            ingest(events.toArray(ActivityEventInput[]::new));
            all.addAll(events);
        }
        RollupWriter rollups = context.getBean(RollupWriter.class);
        DateRange january = new DateRange(day(1), day(31));
        List<String> added = rollupRows();
        rollups.recomputeAll(january);
        assertThat(rollupRows()).hasSizeGreaterThan(100).containsExactlyElementsOf(added);

        // a few corrections (another type, person or day), which recount their days, next to new events
        List<ActivityEventInput> mixed = new java.util.ArrayList<>(all.stream().filter(e -> rnd.nextInt(20) == 0)
                .map(e -> randomEvent(rnd, e.externalId().substring(prefix.length()), types[rnd.nextInt(types.length)], 2))
                .toList());
        int corrections = mixed.size();
        for (int i = 0; i < 100; i++) {
            mixed.add(randomEvent(rnd, "late-" + i, types[rnd.nextInt(types.length)], 1));
        }
        assertThat(ingest(mixed.toArray(ActivityEventInput[]::new))).hasSize(corrections + 100)
                .containsOnly(IngestOutcome.CORRECTED, IngestOutcome.ACCEPTED);
        List<String> corrected = rollupRows();
        rollups.recomputeAll(january);
        assertThat(rollupRows()).containsExactlyElementsOf(corrected);
    }

    /**
     * Four senders at once, adding events for the same two people and days and now and then correcting one:
     * no batch fails (no deadlock) and no addition is lost, so the rows equal a recount.
     */
    @Test
    void concurrentBatchesLoseNothing() throws Exception {
        ActivityType[] types = ActivityType.values();
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
        for (int sender = 0; sender < 4; sender++) {
            int s = sender;
            sent.add(senders.submit(() -> {
                java.util.Random rnd = new java.util.Random(100 + s);
                for (int batch = 0; batch < 6; batch++) {
                    List<ActivityEventInput> events = new java.util.ArrayList<>();
                    for (int i = 0; i < 60; i++) {
                        events.add(randomEvent(rnd, "c" + s + "-" + batch + "-" + i, types[rnd.nextInt(types.length)], 1));
                    }
                    if (batch % 2 == 1) {
                        // corrects two events of this sender's previous batch
                        events.add(randomEvent(rnd, "c" + s + "-" + (batch - 1) + "-0", types[rnd.nextInt(types.length)], 2));
                        events.add(randomEvent(rnd, "c" + s + "-" + (batch - 1) + "-1", types[rnd.nextInt(types.length)], 2));
                    }
                    activity.ingest(source, events.toArray(ActivityEventInput[]::new));
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> f : sent) {
            f.get();
        }
        senders.shutdown();

        List<String> concurrent = rollupRows();
        context.getBean(RollupWriter.class).recomputeAll(new DateRange(day(1), day(31)));
        assertThat(rollupRows()).hasSizeGreaterThan(100).containsExactlyElementsOf(concurrent);
    }

    private ActivityEventInput randomEvent(java.util.Random rnd, String id, ActivityType type, int revision) {
        String who = rnd.nextBoolean() ? DemoLogins.EMPLOYEE : DemoLogins.MANAGER;
        java.time.Instant at = day(1 + rnd.nextInt(28)).atTime(7 + rnd.nextInt(12), rnd.nextInt(60))
                .atZone(ZoneId.of("Europe/Berlin")).toInstant();
        return new ActivityEventInput(prefix + id, revision, who, type, at,
                rnd.nextInt(3) == 0 ? null : app.uptake.activity.Direction.values()[rnd.nextInt(2)],
                rnd.nextInt(3) == 0 ? null : rnd.nextInt(4000), "ACC-" + rnd.nextInt(20),
                rnd.nextInt(3) == 0 ? null : rnd.nextBoolean(), randomAmount(rnd, false), randomAmount(rnd, true),
                rnd.nextBoolean() ? null : "C" + rnd.nextInt(4), null, rnd.nextInt(3) == 0 ? null : rnd.nextInt(5),
                rnd.nextInt(3) == 0 ? null : rnd.nextInt(500), rnd.nextInt(3) == 0 ? null : rnd.nextInt(3000),
                rnd.nextInt(3) == 0 ? null : BigDecimal.valueOf(100 + rnd.nextInt(401), 2),
                rnd.nextInt(3) == 0 ? null : rnd.nextInt(4) == 0 ? BigDecimal.ONE : BigDecimal.valueOf(rnd.nextInt(10001), 4));
    }

    private static BigDecimal randomAmount(java.util.Random rnd, boolean mayBeNegative) {
        if (rnd.nextInt(4) == 0) {
            return null;
        }
        // three decimals: the database rounds to cents, the Java side must round the same way
        BigDecimal amount = BigDecimal.valueOf(rnd.nextInt(5_000_000), 3);
        return mayBeNegative && rnd.nextInt(5) == 0 ? amount.negate() : amount;
    }

    /** This test's rollup rows, as text, in key order. */
    private List<String> rollupRows() {
        return context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).query(
                "select metric_id, employee_id, activity_day, numerator, denominator from metric_daily where activity_day "
                        + "between ? and ? and (numerator <> 0 or denominator <> 0) order by metric_id, employee_id, activity_day",
                (rs, n) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getObject(3, LocalDate.class) + ": "
                        + rs.getBigDecimal(4).setScale(6) + " / " + rs.getBigDecimal(5).setScale(6),
                day(1), day(31));
    }

    private List<IngestOutcome> ingest(ActivityEventInput... events) {
        return activity.ingest(source, events);
    }

    private void assertValue(String code, Population people, DateRange range, String numerator, String denominator,
            String value) {
        MetricValue result = queries.value(metrics.byCode(code).orElseThrow(), people, range);
        assertThat(result.numerator()).as(code + " numerator").isEqualByComparingTo(numerator);
        assertThat(result.denominator()).as(code + " denominator").isEqualByComparingTo(denominator);
        if (value == null) {
            assertThat(result.value()).as(code + " value").isNull();
        } else {
            assertThat(result.value()).as(code + " value").isEqualTo(new BigDecimal(value));
        }
    }

    private LocalDate day(int dayOfJanuary) {
        return LocalDate.of(year, 1, dayOfJanuary);
    }

    private java.time.Instant at(int dayOfJanuary) {
        return day(dayOfJanuary).atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    }

    private ActivityEventInput won(String id, String who, int dayOfJanuary, String account, String margin) {
        return new ActivityEventInput(prefix + id, 1, who, ActivityType.OPPORTUNITY_WON, at(dayOfJanuary), null, null,
                account, true, new BigDecimal("1000.00"), new BigDecimal(margin), null, "Closed Won", 1, null, null, null,
                null);
    }

    private ActivityEventInput lost(String id, String who, int dayOfJanuary) {
        return new ActivityEventInput(prefix + id, 1, who, ActivityType.OPPORTUNITY_LOST, at(dayOfJanuary), null, null,
                "Z", null, null, null, null, "Closed Lost", null, null, null, null, null);
    }

    private ActivityEventInput login(String id, int dayOfJanuary) {
        return ActivityEventInput.simple(prefix + id, DemoLogins.EMPLOYEE, ActivityType.CRM_LOGIN, at(dayOfJanuary));
    }
}
