package app.uptake.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.activity.ActivityEventInput;
import app.uptake.activity.ActivityType;
import app.uptake.activity.IngestOutcome;
import app.uptake.activity.internal.TestActivity;
import app.uptake.metrics.Granularity;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricSubject;
import app.uptake.metrics.MetricValue;
import app.uptake.metrics.TrendPoint;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.shared.DateRange;
import app.uptake.support.DemoLogins;
import app.uptake.support.UptakeSpringTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Unit figures from the unit totals against the same figures summed from the people's daily rollups (the way they
 * were read before the totals), on random activity, after corrections, deletions, a person changing units and a unit
 * changing parents; before and after the log is settled. Each test has its own year of activity.
 */
@UptakeSpringTest
class UnitTotalsTest {

    /** A total, rates with a rolled-up denominator, one per person-week, one per working day, one per customer. */
    private static final List<String> CODES = List.of("WIN_RATE", "WON_REVENUE", "ACTIVITIES_PER_WEEK",
            "CRM_ACTIVE_DAYS_SHARE", "CASE_RESOLUTION_HOURS", "CONTACTS_PER_CUSTOMER");
    private static final List<String> PEOPLE = List.of(DemoLogins.EMPLOYEE, DemoLogins.MANAGER, DemoLogins.EXECUTIVE,
            DemoLogins.ADMIN, DemoLogins.HR);
    private static int nextYear = 2011;

    @Autowired
    ApplicationContext context;
    @Autowired
    CurrentMetrics metrics;
    @Autowired
    MetricQueries queries;
    @Autowired
    MetricEngine engine;
    @Autowired
    UnitTotals totals;
    @Autowired
    EmployeeDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    TestActivity activity;
    long source;
    String prefix;
    int year;

    @BeforeEach
    void setUp() {
        activity = new TestActivity(context);
        prefix = UUID.randomUUID().toString().substring(0, 8);
        source = activity.source("TOTALS-" + prefix);
        year = nextYear++;
        // the month is this test's alone, also on a database kept from an earlier run
        jdbc.update("delete from activity_event where occurred_on between ? and ?", day(1), day(31));
        jdbc.update("delete from metric_daily where activity_day between ? and ?", day(1), day(31));
    }

    @Test
    void unitFiguresEqualThePeoplesRollupsOnRandomActivity() {
        Random rnd = new Random(23);
        for (int batch = 0; batch < 3; batch++) {
            List<ActivityEventInput> events = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                events.add(randomEvent(rnd, "r" + batch + "-" + i, 1));
            }
            ingest(events);
        }
        assertThat(totals.pending()).isTrue();
        assertEveryUnitAsBefore();
        totals.settle();
        assertEveryUnitAsBefore();
        assertTotalsAreTheRollupsSummed();
    }

    @Test
    void aCorrectionMovesTheUnitFigure() {
        long team = unitOf(DemoLogins.EMPLOYEE);
        assertThat(ingest(List.of(won("x", 6)))).containsExactly(IngestOutcome.ACCEPTED);
        totals.settle();
        assertUnit("WIN_RATE", team, DateRange.day(day(6)), "1", "1");

        ActivityEventInput corrected = new ActivityEventInput(prefix + "x", 2, DemoLogins.EMPLOYEE,
                ActivityType.OPPORTUNITY_LOST, at(9), null, null, "A", null, null, null, null, null, null, null, null,
                null, null);
        assertThat(activity.ingest(source, corrected)).containsExactly(IngestOutcome.CORRECTED);
        // exact before the log is settled ...
        assertUnit("WIN_RATE", team, DateRange.day(day(6)), "0", "0");
        assertUnit("WIN_RATE", team, DateRange.day(day(9)), "0", "1");
        totals.settle();
        // ... and after
        assertUnit("WIN_RATE", team, DateRange.day(day(6)), "0", "0");
        assertUnit("WIN_RATE", team, DateRange.day(day(9)), "0", "1");
        assertEveryUnitAsBefore();
        assertTotalsAreTheRollupsSummed();
    }

    @Test
    void deletedRollupsLeaveTheTotals() {
        long team = unitOf(DemoLogins.EMPLOYEE);
        ingest(List.of(won("a", 6), won("b", 7), won("c", 7)));
        totals.settle();
        assertUnit("WIN_RATE", team, new DateRange(day(1), day(31)), "3", "3");

        jdbc.update("delete from metric_daily where employee_id = ? and activity_day = ?", employee(DemoLogins.EMPLOYEE),
                day(7));
        assertUnit("WIN_RATE", team, new DateRange(day(1), day(31)), "1", "1");
        totals.settle();
        assertUnit("WIN_RATE", team, new DateRange(day(1), day(31)), "1", "1");
        assertTotalsAreTheRollupsSummed();
    }

    @Test
    void settlingAgainChangesNothing() {
        ingest(List.of(won("a", 6), won("b", 8)));
        totals.settle();
        List<String> once = totalRows();
        assertThat(totals.settle()).isZero();
        assertThat(totalRows()).isNotEmpty().containsExactlyElementsOf(once);
    }

    @Test
    void aPersonChangingUnitsTakesTheirFiguresAlong() {
        long person = employee(DemoLogins.EMPLOYEE);
        long from = unitOf(DemoLogins.EMPLOYEE);
        long to = jdbc.queryForObject("select min(id) from org_unit where id <> ? and kind = 'TEAM' and closed_on is null",
                Long.class, from);
        ingest(List.of(won("a", 6), won("b", 7)));
        totals.settle();
        assertUnit("WIN_RATE", from, new DateRange(day(1), day(31)), "2", "2");
        try {
            jdbc.update("update employee set org_unit_id = ? where id = ?", to, person);
            assertUnit("WIN_RATE", from, new DateRange(day(1), day(31)), "0", "0");
            assertUnit("WIN_RATE", to, new DateRange(day(1), day(31)), "2", "2");
            assertEveryUnitAsBefore(from, to);
            totals.settle();
            assertUnit("WIN_RATE", from, new DateRange(day(1), day(31)), "0", "0");
            assertUnit("WIN_RATE", to, new DateRange(day(1), day(31)), "2", "2");
            // what the person does in the new unit counts there
            ingest(List.of(won("c", 8)));
            assertUnit("WIN_RATE", to, new DateRange(day(1), day(31)), "3", "3");
            assertEveryUnitAsBefore(from, to);
            assertTotalsAreTheRollupsSummed();
        } finally {
            jdbc.update("update employee set org_unit_id = ? where id = ?", from, person);
        }
        assertUnit("WIN_RATE", from, new DateRange(day(1), day(31)), "3", "3");
        totals.settle();
        assertTotalsAreTheRollupsSummed();
    }

    @Test
    void aUnitChangingParentsTakesItsFiguresAlong() {
        long team = unitOf(DemoLogins.EMPLOYEE);
        long from = jdbc.queryForObject("select parent_id from org_unit where id = ?", Long.class, team);
        long to = jdbc.queryForObject("select min(id) from org_unit where id <> ? and kind = (select kind from org_unit "
                + "where id = ?) and closed_on is null", Long.class, from, from);
        ingest(List.of(won("a", 6), won("b", 7)));
        totals.settle();
        BigDecimal fromBefore = unitValue("WIN_RATE", from).numerator();
        BigDecimal toBefore = unitValue("WIN_RATE", to).numerator();
        try {
            jdbc.update("update org_unit set parent_id = ? where id = ?", to, team);
            ingest(List.of(won("c", 8)));
            assertThat(unitValue("WIN_RATE", from).numerator()).isEqualByComparingTo(fromBefore.subtract(BigDecimal.TWO));
            assertThat(unitValue("WIN_RATE", to).numerator()).isEqualByComparingTo(toBefore.add(BigDecimal.valueOf(3)));
            assertEveryUnitAsBefore(from, to);
            totals.settle();
            assertEveryUnitAsBefore(from, to);
            assertTotalsAreTheRollupsSummed();
        } finally {
            jdbc.update("update org_unit set parent_id = ? where id = ?", from, team);
        }
        assertThat(unitValue("WIN_RATE", from).numerator()).isEqualByComparingTo(fromBefore.add(BigDecimal.ONE));
        totals.settle();
        assertTotalsAreTheRollupsSummed();
    }

    private MetricValue unitValue(String code, long unit) {
        return engine.value(metric(code), new MetricSubject.OrgUnit(unit), new DateRange(day(1), day(31)));
    }

    /**
     * The units of the people's lines (each with every unit above it) and a few others, the metrics of {@link #CODES},
     * a day, a week and the month: value, batch values and daily trend as the sums over the people's rollups (the
     * former path) give them.
     */
    private void assertEveryUnitAsBefore(long... extra) {
        java.util.Set<Long> lines = new java.util.TreeSet<>();
        for (String login : PEOPLE) {
            for (Long unit = unitOf(login); unit != null; ) {
                lines.add(unit);
                unit = jdbc.queryForObject("select parent_id from org_unit where id = ?", Long.class, unit);
            }
        }
        lines.addAll(jdbc.queryForList("select id from org_unit order by id fetch first 3 rows only", Long.class));
        java.util.Arrays.stream(extra).forEach(lines::add);
        List<Long> units = List.copyOf(lines);
        List<DateRange> periods = List.of(DateRange.day(day(6)), new DateRange(day(3), day(9)),
                new DateRange(day(1), day(31)));
        for (String code : CODES) {
            MetricDefinition metric = metric(code);
            for (DateRange period : periods) {
                Map<Long, MetricValue> batch = engine.valuesOfUnits(metric, units, period);
                for (long unit : units) {
                    Population people = Population.ofUnits(directory.inSubtree(unit), directory.subtreeUnitIds(unit));
                    MetricValue before = queries.value(metric, people, period);
                    String what = code + " of unit " + unit + " over " + period;
                    assertSame(engine.value(metric, new MetricSubject.OrgUnit(unit), period), before, what);
                    assertSame(batch.get(unit), before, what + " (batch)");
                }
            }
            long unit = units.getFirst();
            DateRange month = new DateRange(day(1), day(31));
            List<TrendPoint> trend = engine.trend(metric, new MetricSubject.OrgUnit(unit), month, Granularity.DAY);
            Population people = Population.ofUnits(directory.inSubtree(unit), directory.subtreeUnitIds(unit));
            for (TrendPoint point : trend) {
                assertSame(point.value(), queries.value(metric, people, point.bucket()), code + " trend " + point.bucket());
            }
        }
    }

    private static void assertSame(MetricValue actual, MetricValue expected, String what) {
        assertThat(actual.numerator()).as(what + " numerator").isEqualByComparingTo(expected.numerator());
        assertThat(actual.denominator()).as(what + " denominator").isEqualByComparingTo(expected.denominator());
        assertThat(actual.value()).as(what + " value").isEqualTo(expected.value());
    }

    /** After settling, the totals of this test's month are its rollups summed over every unit's subtree. */
    private void assertTotalsAreTheRollupsSummed() {
        totals.settle();
        List<String> summed = jdbc.query("""
                with recursive tree (unit_id, ancestor_id) as (
                    select id, id from org_unit
                    union all
                    select t.unit_id, u.parent_id from tree t join org_unit u on u.id = t.ancestor_id
                    where u.parent_id is not null)
                select t.ancestor_id, d.metric_id, d.activity_day, sum(d.numerator), sum(d.denominator)
                from metric_daily d join employee e on e.id = d.employee_id join tree t on t.unit_id = e.org_unit_id
                where d.activity_day between ? and ?
                group by t.ancestor_id, d.metric_id, d.activity_day
                having sum(d.numerator) <> 0 or sum(d.denominator) <> 0
                order by 1, 2, 3""", (rs, n) -> row(rs), day(1), day(31));
        assertThat(totalRows()).hasSizeGreaterThan(0).containsExactlyElementsOf(summed);
    }

    private List<String> totalRows() {
        return jdbc.query("select org_unit_id, metric_id, activity_day, numerator, denominator from metric_unit_total "
                + "where activity_day between ? and ? and (numerator <> 0 or denominator <> 0) order by 1, 2, 3",
                (rs, n) -> row(rs), day(1), day(31));
    }

    private static String row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getObject(3, LocalDate.class) + ": "
                + rs.getBigDecimal(4).setScale(6) + " / " + rs.getBigDecimal(5).setScale(6);
    }

    private void assertUnit(String code, long unit, DateRange period, String numerator, String denominator) {
        MetricValue value = engine.value(metric(code), new MetricSubject.OrgUnit(unit), period);
        assertThat(value.numerator()).as(code + " numerator").isEqualByComparingTo(numerator);
        assertThat(value.denominator()).as(code + " denominator").isEqualByComparingTo(denominator);
    }

    private MetricDefinition metric(String code) {
        return metrics.byCode(code).orElseThrow();
    }

    private long employee(String login) {
        return directory.resolve(List.of(login)).get(login);
    }

    private long unitOf(String login) {
        return directory.of(List.of(employee(login))).getFirst().orgUnitId();
    }

    private List<IngestOutcome> ingest(List<ActivityEventInput> events) {
        return activity.ingest(source, events.toArray(ActivityEventInput[]::new));
    }

    private ActivityEventInput randomEvent(Random rnd, String id, int revision) {
        ActivityType[] types = ActivityType.values();
        java.time.Instant at = day(1 + rnd.nextInt(28)).atTime(7 + rnd.nextInt(12), rnd.nextInt(60))
                .atZone(ZoneId.of("Europe/Berlin")).toInstant();
        return new ActivityEventInput(prefix + id, revision, PEOPLE.get(rnd.nextInt(PEOPLE.size())),
                types[rnd.nextInt(types.length)], at, null, rnd.nextInt(3) == 0 ? null : rnd.nextInt(4000),
                "ACC-" + rnd.nextInt(20), rnd.nextInt(3) == 0 ? null : rnd.nextBoolean(),
                rnd.nextInt(4) == 0 ? null : BigDecimal.valueOf(rnd.nextInt(5_000_000), 2),
                rnd.nextInt(4) == 0 ? null : BigDecimal.valueOf(rnd.nextInt(5_000_000) - 500_000, 2),
                rnd.nextBoolean() ? null : "C" + rnd.nextInt(4), null, rnd.nextInt(3) == 0 ? null : rnd.nextInt(5),
                rnd.nextInt(3) == 0 ? null : rnd.nextInt(500), rnd.nextInt(3) == 0 ? null : rnd.nextInt(3000),
                rnd.nextInt(3) == 0 ? null : BigDecimal.valueOf(100 + rnd.nextInt(401), 2),
                rnd.nextInt(3) == 0 ? null : BigDecimal.valueOf(rnd.nextInt(10001), 4));
    }

    private LocalDate day(int dayOfJanuary) {
        return LocalDate.of(year, 1, dayOfJanuary);
    }

    private java.time.Instant at(int dayOfJanuary) {
        return day(dayOfJanuary).atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    }

    private ActivityEventInput won(String id, int dayOfJanuary) {
        return new ActivityEventInput(prefix + id, 1, DemoLogins.EMPLOYEE, ActivityType.OPPORTUNITY_WON, at(dayOfJanuary),
                null, null, "A", true, new BigDecimal("1000.00"), new BigDecimal("100"), null, "Closed Won", 1, null,
                null, null, null);
    }
}
