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
