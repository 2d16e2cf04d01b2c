package app.uptake.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.activity.ActivitiesIngested;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Snapshots on the configured database (PostgreSQL in CI): recomputing a week replaces it, two runs of the same week
 * at once leave it as one run would, late activity makes computed weeks dirty and the weekly run recomputes them.
 * Works on the demo company's last twelve weeks, which it leaves as it found them (recomputed from the same data).
 */
class AdoptionSnapshotServiceTest extends UiTest {

    @Autowired
    AdoptionSnapshotService snapshots;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CompanyCalendar calendar;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    private LocalDate lastWeek() {
        return AdoptionSnapshotService.weekOf(calendar.today()).minusWeeks(1);
    }

    @Test
    void theDemoCompanyHasTwelveWeeksOfSnapshots() {
        List<LocalDate> weeks = jdbc.queryForList("select week_start from adoption_snapshot_week order by week_start",
                Date.class).stream().map(Date::toLocalDate).toList();
        assertThat(weeks).hasSizeGreaterThanOrEqualTo(12).contains(lastWeek(), lastWeek().minusWeeks(11));
        Integer company = jdbc.queryForObject("select u.headcount from adoption_snapshot_unit u join org_unit o "
                + "on o.id = u.org_unit_id where o.parent_id is null and u.week_start = ?", Integer.class,
                Date.valueOf(lastWeek()));
        assertThat(company).isEqualTo(employeeRows(lastWeek())).isGreaterThan(200);
    }

    @Test
    void recomputingAWeekReplacesIt() {
        LocalDate week = lastWeek().minusWeeks(2);
        // other tests of the shared context may have added people since the demo's snapshot: take the week afresh
        int employees = snapshots.snapshot(week).employees();
        assertThat(employeeRows(week)).isEqualTo(employees);
        int units = unitRows(week);
        Long jonas = jdbc.queryForObject("select id from employee where email = ?", Long.class, DemoLogins.EMPLOYEE);
        Object index = jdbc.queryForObject("select index_pct from adoption_snapshot_employee where week_start = ? "
                + "and employee_id = ?", Object.class, Date.valueOf(week), jonas);
        jdbc.update("update adoption_snapshot_employee set index_pct = 1.23 where week_start = ? and employee_id = ?",
                Date.valueOf(week), jonas);

        SnapshotRun run = snapshots.snapshot(week.plusDays(3));

        assertThat(run.week()).isEqualTo(week);
        assertThat(run.employees()).isEqualTo(employees);
        assertThat(employeeRows(week)).isEqualTo(employees);
        assertThat(unitRows(week)).isEqualTo(units).isEqualTo(run.units());
        assertThat(jdbc.queryForObject("select index_pct from adoption_snapshot_employee where week_start = ? "
                + "and employee_id = ?", Object.class, Date.valueOf(week), jonas)).isEqualTo(index);
    }

    @Test
    void twoRunsOfTheSameWeekAtOnceAreHarmless() throws Exception {
        LocalDate week = lastWeek().minusWeeks(1);
        int employees = snapshots.snapshot(week).employees();
        int units = unitRows(week);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<SnapshotRun> run = () -> snapshots.snapshot(week);
            List<Future<SnapshotRun>> runs = pool.invokeAll(List.of(run, run));
            for (Future<SnapshotRun> done : runs) {
                assertThat(done.get().employees()).isEqualTo(employees);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(employeeRows(week)).isEqualTo(employees);
        assertThat(unitRows(week)).isEqualTo(units);
        assertThat(jdbc.queryForObject("select count(*) from adoption_snapshot_week where week_start = ?",
                Integer.class, Date.valueOf(week))).isOne();
    }

    @Test
    void aWeekThatIsNotOverIsRefused() {
        assertThatThrownBy(() -> snapshots.snapshot(calendar.today()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        rule -> assertThat(rule.messageKey()).isEqualTo("adoption.snapshot.error.notOver"));
        assertThatThrownBy(() -> snapshots.snapshot(calendar.today().plusWeeks(3)))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void lateActivityMarksComputedWeeksDirtyAndTheWeeklyRunRecomputesThem() {
        LocalDate late = lastWeek().minusWeeks(3);
        LocalDate neverComputed = LocalDate.of(2001, 1, 1);
        Long jonas = jdbc.queryForObject("select id from employee where email = ?", Long.class, DemoLogins.EMPLOYEE);
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new ActivitiesIngested(
                Map.of(jonas, Set.of(late.plusDays(2), late.plusDays(4), neverComputed, calendar.today())), List.of(),
                Map.of())));
        assertThat(dirtyWeeks()).containsExactly(late);

        List<SnapshotRun> runs = snapshots.runWeekly();

        assertThat(runs).extracting(SnapshotRun::week).containsExactly(lastWeek(), late);
        assertThat(dirtyWeeks()).isEmpty();
    }

    private List<LocalDate> dirtyWeeks() {
        return jdbc.queryForList("select week_start from adoption_dirty_week order by week_start", Date.class).stream()
                .map(Date::toLocalDate).toList();
    }

    private int employeeRows(LocalDate week) {
        return jdbc.queryForObject("select count(*) from adoption_snapshot_employee where week_start = ?", Integer.class,
                Date.valueOf(week));
    }

    private int unitRows(LocalDate week) {
        return jdbc.queryForObject("select count(*) from adoption_snapshot_unit where week_start = ?", Integer.class,
                Date.valueOf(week));
    }
}
