package app.uptake.goals;

import app.uptake.activity.ActivityEventInput;
import app.uptake.activity.ActivityType;
import app.uptake.activity.IngestTally;
import app.uptake.activity.internal.TestActivity;
import app.uptake.goals.internal.GoalRevisions;
import app.uptake.goals.internal.GoalStore;
import app.uptake.metrics.ProcessSegment;
import app.uptake.shared.DateRange;
import app.uptake.support.DemoLogins;
import app.uptake.support.TestPeople;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cascade over the first quarter of a year already past (Q1 2025: 90 days), on the cascade test division
 * ({@link CascadeFixture}),
 * written straight to the goal store (the goal service sets goals for current and future periods only), so that
 * progress as of any day of it is fixed and can be worked out by hand. On the test metric counting calls:
 *
 * <pre>
 * company   division        target  9 → 18 from 15 Feb (TARGET revision)   owner Sabine
 *   one     Cascade one     target  6                                      owner Max
 *     anna  Anna            target  4 →  5 from 20 Jan (ALLOCATION)        owner Anna
 *     max   Max             target  2 →  1 from 20 Jan (ALLOCATION)        owner Max
 *   two     Cascade two     target  3                                      owner Sabine
 * </pre>
 *
 * Calls: Anna 2 on 10 Jan, 4 on 20 Feb and 1 on 20 Mar; Ben (Cascade two) 1 on 20 Jan; Max none. Once the quarter
 * is over: the division 8 of 18, Cascade one 7 of 6, Cascade two 1 of 3, Anna 7 of 5, Max 0 of 1.
 */
final class ProgressFixture {

    static final DateRange Q1 = new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));

    final DateRange quarter;
    final CascadeFixture cascade;
    final long company;
    final long one;
    final long two;
    final long anna;
    final long max;
    private final GoalStore store;
    final long sabine;

    /** On {@link #Q1}; signed in as admin. */
    ProgressFixture(ApplicationContext context) {
        this(context, 2025);
    }

    /** On the first quarter of the year, which must be over; signed in as admin. */
    ProgressFixture(ApplicationContext context, int year) {
        quarter = new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31));
        cascade = new CascadeFixture(context, LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 1, 1));
        store = context.getBean(GoalStore.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        sabine = jdbc.queryForObject("select id from employee where email = ?", Long.class, DemoLogins.MANAGER);
        GoalRevisions revisions = context.getBean(GoalRevisions.class);
        TestPeople.Person annaPerson = cascade.goals.anna;

        company = insert(null, null, quarter, new GoalScope.OrgUnit(cascade.goals.unitId), GoalFixture.CALLS, "18", sabine);
        one = insert(company, company, quarter, new GoalScope.OrgUnit(cascade.one), GoalFixture.CALLS, "6", cascade.max.id());
        two = insert(company, company, quarter, new GoalScope.OrgUnit(cascade.two), GoalFixture.CALLS, "3", sabine);
        anna = insert(one, company, quarter, new GoalScope.Employee(annaPerson.id()), GoalFixture.CALLS, "5", annaPerson.id());
        max = insert(one, company, quarter, new GoalScope.Employee(cascade.max.id()), GoalFixture.CALLS, "1", cascade.max.id());
        Instant changed = LocalDate.of(year, 1, 19).atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        revisions.record(company, RevisionField.TARGET, new BigDecimal("9"), new BigDecimal("18"), "More calls", sabine,
                changed, LocalDate.of(year, 2, 15));
        revisions.record(anna, RevisionField.ALLOCATION, new BigDecimal("4"), new BigDecimal("5"), "Max is away", sabine,
                changed, LocalDate.of(year, 1, 20));
        revisions.record(max, RevisionField.ALLOCATION, new BigDecimal("2"), new BigDecimal("1"), "Max is away", sabine,
                changed, LocalDate.of(year, 1, 20));

        TestActivity activity = new TestActivity(context);
        long source = activity.source("GOALTEST");
        String prefix = "gp-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        activity.ingest(source, call(prefix + 1, annaPerson, year, 1, 10), call(prefix + 2, annaPerson, year, 1, 10),
                call(prefix + 3, cascade.goals.ben, year, 1, 20), call(prefix + 4, annaPerson, year, 2, 20),
                call(prefix + 5, annaPerson, year, 2, 20), call(prefix + 6, annaPerson, year, 2, 20),
                call(prefix + 7, annaPerson, year, 2, 20), call(prefix + 8, annaPerson, year, 3, 20));
    }

    /** A goal of the division's test metric or another, on a unit or person, for a period of its own. */
    long insert(Long parent, Long root, DateRange period, GoalScope scope, String metric, String target, long owner) {
        return store.insert(new GoalStore.NewGoal(parent, root, period.from().getYear(), quarterOf(period), period, scope,
                "Test goal", "Testziel", metric, ProcessSegment.RELATIONSHIP_MANAGEMENT, "INCREASE",
                new BigDecimal(target), BigDecimal.TEN, owner, null,
                new Baseline(new DateRange(period.from().minusYears(1), period.to().minusYears(1)), BigDecimal.ONE,
                        BigDecimal.ONE, BigDecimal.ONE, new DataCoverage(1, 1, 90, 1), IngestTally.NONE, Instant.now()),
                sabine, Instant.now()));
    }

    void remove() {
        cascade.remove();
    }

    private static Integer quarterOf(DateRange period) {
        return period.days() > 100 ? null : (period.from().getMonthValue() - 1) / 3 + 1;
    }

    private static ActivityEventInput call(String id, TestPeople.Person who, int year, int month, int day) {
        return ActivityEventInput.simple(id, who.email(), ActivityType.CALL,
                LocalDate.of(year, month, day).atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant());
    }
}
