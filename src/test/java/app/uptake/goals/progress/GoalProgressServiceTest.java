package app.uptake.goals.progress;

import app.uptake.goals.MetricNature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.activity.ActivityEventInput;
import app.uptake.activity.ActivityType;
import app.uptake.activity.IngestOutcome;
import app.uptake.activity.internal.TestActivity;
import app.uptake.metrics.Granularity;
import app.uptake.metrics.MetricSubject;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.Employment;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import app.uptake.support.DemoLogins;
import app.uptake.support.TestPeople;
import app.uptake.support.UiTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Progress from the real rollups: the demo company's figures against sums read straight from metric_daily, and a
 * person of the test's own whose activity is ingested while the test watches.
 */
class GoalProgressServiceTest extends UiTest {

    @Autowired
    GoalProgressService progress;
    @Autowired
    EmployeeDirectory directory;
    @Autowired
    CompanyCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    TestPeople people;
    TestActivity activity;
    long source;
    String prefix;

    @BeforeEach
    void setUp() {
        people = new TestPeople(jdbc);
        activity = new TestActivity(context);
        prefix = UUID.randomUUID().toString().substring(0, 8);
        source = activity.source("GOALS-" + prefix);
    }

    @AfterEach
    void removeTestData() {
        jdbc.update("delete from metric_daily where employee_id in (select employee_id from activity_event where source_id = ?)", source);
        jdbc.update("delete from activity_event where source_id = ?", source);
        people.removeAll();
    }

    @Test
    void aManagersTeamAgainstItsRollupsOverTwoThirdsOfAPeriod() {
        signInAs(DemoLogins.MANAGER);
        long sabine = id(DemoLogins.MANAGER);
        LocalDate today = calendar.today();
        // 90 days of which 60 have passed, today included
        DateRange period = new DateRange(today.minusDays(59), today.plusDays(30));
        List<Long> team = directory.reportingLine(sabine).stream().map(Employment::employeeId).toList();

        Progress revenue = progress.progress("WON_REVENUE", new MetricSubject.Team(sabine), new BigDecimal("90000"), period,
                ProgressProfile.LINEAR);
        BigDecimal won = sums("WON_REVENUE", team, period.from(), today)[0];
        assertThat(revenue.nature()).isEqualTo(MetricNature.ADDITIVE);
        assertThat(revenue.actualValue()).isEqualByComparingTo(won);
        // 90,000 × 60 / 90 = 60,000 expected by today
        assertThat(revenue.expectedToDate()).isEqualByComparingTo("60000");
        assertThat(revenue.attainment()).isEqualByComparingTo(won.divide(new BigDecimal("60000"), 4, RoundingMode.HALF_EVEN));
        // won × 90 / 60
        assertThat(revenue.forecast()).isEqualByComparingTo(won.multiply(new BigDecimal("1.5")));
        assertThat(revenue.asOf()).isEqualTo(today);
        // the chart runs up to today and ends on the actual
        assertThat(revenue.points()).isNotEmpty();
        assertThat(revenue.points().getLast().actual()).isEqualByComparingTo(won);

        Progress winRate = progress.progress("WIN_RATE", new MetricSubject.Team(sabine), new BigDecimal("40"), period,
                ProgressProfile.LINEAR);
        BigDecimal[] closed = sums("WIN_RATE", team, period.from(), today);
        assertThat(closed[1]).isPositive();
        BigDecimal rate = closed[0].multiply(BigDecimal.valueOf(100)).divide(closed[1], 6, RoundingMode.HALF_EVEN);
        assertThat(winRate.nature()).isEqualTo(MetricNature.RATIO);
        assertThat(winRate.actualValue()).isEqualByComparingTo(rate);
        // a rate: the target rate is expected all along, the forecast is today's rate
        assertThat(winRate.expectedToDate()).isEqualByComparingTo("40");
        assertThat(winRate.forecast()).isEqualByComparingTo(rate);
        BigDecimal attainment = rate.divide(new BigDecimal("40"), 4, RoundingMode.HALF_EVEN);
        assertThat(winRate.attainment()).isEqualByComparingTo(attainment);
        assertThat(winRate.status()).isEqualTo(StatusThresholds.DEFAULTS.statusOf(attainment));
    }

    @Test
    void progressMovesAsActivityArrives() {
        signInAs(DemoLogins.ADMIN);
        TestPeople.Person anna = people.employee("Anna", "Progress", "en", null, null);
        Instant now = calendar.now().minusSeconds(60);
        LocalDate day = calendar.dayOf(now);
        LocalDate quarterStart = Granularity.QUARTER.bucketStart(day);
        DateRange quarter = new DateRange(quarterStart, quarterStart.plusMonths(3).minusDays(1));
        MetricSubject subject = new MetricSubject.Employee(anna.id());

        Progress before = progress.progress("WON_REVENUE", subject, new BigDecimal("10000"), quarter, ProgressProfile.LINEAR, day);
        assertThat(before.actualValue()).isZero();
        assertThat(before.status()).isEqualTo(ProgressStatus.OFF_TRACK);

        assertThat(activity.ingest(source, won("d1", anna, now, "1200"))).containsExactly(IngestOutcome.ACCEPTED);
        assertThat(progress.progress("WON_REVENUE", subject, new BigDecimal("10000"), quarter, ProgressProfile.LINEAR, day)
                .actualValue()).isEqualByComparingTo("1200");
        activity.ingest(source, won("d2", anna, now, "800.50"));
        Progress after = progress.progress("WON_REVENUE", subject, new BigDecimal("10000"), quarter, ProgressProfile.LINEAR, day);
        assertThat(after.actualValue()).isEqualByComparingTo("2000.50");
        // 10,000 × elapsed / days of the quarter
        long elapsed = java.time.temporal.ChronoUnit.DAYS.between(quarterStart, day) + 1;
        assertThat(after.expectedToDate()).isEqualByComparingTo(new BigDecimal("10000").multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(quarter.days()), 6, RoundingMode.HALF_EVEN));
    }

    @Test
    void seasonalProfileFromLastYearsSamePeriod() {
        signInAs(DemoLogins.ADMIN);
        TestPeople.Person ben = people.employee("Ben", "Seasonal", "en", null, null);
        // last year's Q1 (2015, 90 days): 2,000 by day 10 and 6,000 on 15 February = 8,000; by day 30 only 2,000
        activity.ingest(source, won("a", ben, at(2015, 1, 10), "2000"), won("b", ben, at(2015, 2, 15), "6000"),
                // this year's Q1 (2016, a leap year: 91 days): 9,000 by day 30
                won("c", ben, at(2016, 1, 20), "9000"));
        DateRange q1 = new DateRange(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 3, 31));
        LocalDate day30 = LocalDate.of(2016, 1, 30);
        MetricSubject subject = new MetricSubject.Employee(ben.id());

        Progress seasonal = progress.progress("WON_REVENUE", subject, new BigDecimal("40000"), q1, ProgressProfile.SEASONAL, day30);
        assertThat(seasonal.profile()).isEqualTo(ProgressProfile.SEASONAL);
        assertThat(seasonal.expectedShare()).isEqualByComparingTo("0.25");      // 2,000 / 8,000
        assertThat(seasonal.expectedToDate()).isEqualByComparingTo("10000");    // 40,000 × 0.25
        assertThat(seasonal.attainment()).isEqualByComparingTo("0.9");          // 9,000 / 10,000
        assertThat(seasonal.status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(seasonal.forecast()).isEqualByComparingTo("36000");          // 9,000 × 8,000 / 2,000

        Progress linear = progress.progress("WON_REVENUE", subject, new BigDecimal("40000"), q1, ProgressProfile.LINEAR, day30);
        // 40,000 × 30 / 91 = 13,186.813187; 9,000 / that = 9,000 × 91 / 1,200,000 = 0.6825
        assertThat(linear.expectedToDate()).isEqualByComparingTo("13186.813187");
        assertThat(linear.attainment()).isEqualByComparingTo("0.6825");
        assertThat(linear.status()).isEqualTo(ProgressStatus.OFF_TRACK);

        // 2015 has no year before it with activity: seasonal falls back to linear, and says so
        DateRange q1Before = new DateRange(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 3, 31));
        Progress fallback = progress.progress("WON_REVENUE", subject, new BigDecimal("9000"), q1Before, ProgressProfile.SEASONAL,
                LocalDate.of(2015, 1, 30));
        assertThat(fallback.profile()).isEqualTo(ProgressProfile.LINEAR);
        assertThat(fallback.expectedToDate()).isEqualByComparingTo("3000");     // 9,000 × 30 / 90

        // the batch gives the same figures
        Map<Long, Progress> batch = progress.progressOfEmployees("WON_REVENUE", Map.of(ben.id(), new BigDecimal("40000")), q1,
                ProgressProfile.SEASONAL, day30);
        assertThat(batch.get(ben.id()).expectedToDate()).isEqualByComparingTo("10000");
        assertThat(batch.get(ben.id()).attainment()).isEqualByComparingTo("0.9");
        assertThat(batch.get(ben.id()).forecast()).isEqualByComparingTo("36000");
    }

    @Test
    void theBatchAgreesWithOneByOneForATeam() {
        signInAs(DemoLogins.MANAGER);
        long sabine = id(DemoLogins.MANAGER);
        LocalDate today = calendar.today();
        DateRange period = new DateRange(today.minusDays(44), today.plusDays(45));
        List<Long> team = directory.reportingLine(sabine).stream().map(Employment::employeeId).toList();
        Map<Long, BigDecimal> targets = new java.util.HashMap<>();
        team.forEach(id -> targets.put(id, new BigDecimal("12")));
        for (String code : List.of("ACTIVITIES_PER_WEEK", "WON_REVENUE", "CONTACTS_PER_CUSTOMER", "DATA_COMPLETENESS")) {
            Map<Long, Progress> batch = progress.progressOfEmployees(code, targets, period, ProgressProfile.LINEAR);
            assertThat(batch).hasSize(team.size());
            for (long id : team) {
                Progress single = progress.progress(code, new MetricSubject.Employee(id), new BigDecimal("12"), period,
                        ProgressProfile.LINEAR);
                assertThat(batch.get(id).actual().numerator()).as(code).isEqualByComparingTo(single.actual().numerator());
                assertThat(batch.get(id).actual().denominator()).as(code).isEqualByComparingTo(single.actual().denominator());
                assertThat(batch.get(id).status()).as(code).isEqualTo(single.status());
            }
        }
    }

    @Test
    void nobodySeesProgressOfPeopleTheyMayNotSee() {
        signInAs(DemoLogins.EMPLOYEE);
        long jonas = id(DemoLogins.EMPLOYEE);
        long sabine = id(DemoLogins.MANAGER);
        LocalDate today = calendar.today();
        DateRange period = new DateRange(today.minusDays(10), today.plusDays(20));
        assertThat(progress.progress("WON_REVENUE", new MetricSubject.Employee(jonas), BigDecimal.TEN, period,
                ProgressProfile.LINEAR).status()).isNotEqualTo(ProgressStatus.NO_DATA);
        assertThatThrownBy(() -> progress.progress("WON_REVENUE", new MetricSubject.Employee(sabine), BigDecimal.TEN, period,
                ProgressProfile.LINEAR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.progressOfEmployees("WON_REVENUE", Map.of(jonas, BigDecimal.TEN, sabine, BigDecimal.TEN),
                period, ProgressProfile.LINEAR)).isInstanceOf(AccessDeniedException.class);
        // a period that has not started is no data, and still refused for others
        DateRange next = new DateRange(today.plusDays(5), today.plusDays(95));
        assertThat(progress.progress("WON_REVENUE", new MetricSubject.Employee(jonas), BigDecimal.TEN, next,
                ProgressProfile.SEASONAL).status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThatThrownBy(() -> progress.progress("WON_REVENUE", new MetricSubject.Employee(sabine), BigDecimal.TEN, next,
                ProgressProfile.LINEAR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.progress("NO_SUCH_METRIC", new MetricSubject.Employee(jonas), BigDecimal.TEN, period,
                ProgressProfile.LINEAR)).isInstanceOf(app.uptake.shared.BusinessRuleException.class);
    }

    private long id(String login) {
        return directory.resolve(List.of(login)).get(login);
    }

    /** Σnumerator and Σdenominator of the metric's rollups for the people and days, read directly. */
    private BigDecimal[] sums(String code, List<Long> employees, LocalDate from, LocalDate to) {
        String ids = employees.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        return jdbc.queryForObject("select coalesce(sum(d.numerator), 0), coalesce(sum(d.denominator), 0) from metric_daily d "
                        + "where d.metric_id = (select max(id) from metric_definition where code = ?) and d.employee_id in (" + ids
                        + ") and d.activity_day between ? and ?",
                (rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}, code, from, to);
    }

    private ActivityEventInput won(String id, TestPeople.Person who, Instant at, String amount) {
        return new ActivityEventInput(prefix + id, 1, who.email(), ActivityType.OPPORTUNITY_WON, at, null, null, "ACC-1", true,
                new BigDecimal(amount), null, null, "Closed Won", 1, null, null, null, null);
    }

    private static Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Berlin")).toInstant();
    }
}
