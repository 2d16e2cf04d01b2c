package app.uptake.adoption.internal;

import app.uptake.adoption.AdoptionSnapshotService;
import app.uptake.shared.CompanyCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On the first start of the demo company (no snapshot yet, after its activity, training and goals), the adoption
 * snapshots of the last {@value #WEEKS} weeks, so trends have history from the first look.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("uptake.demo.enabled")
class DemoAdoptionSnapshots implements ApplicationRunner {

    static final int WEEKS = 12;
    private static final Logger LOG = LoggerFactory.getLogger(DemoAdoptionSnapshots.class);

    private final AdoptionSnapshotService snapshots;
    private final SnapshotStore store;
    private final JdbcTemplate jdbc;
    private final CompanyCalendar calendar;

    DemoAdoptionSnapshots(AdoptionSnapshotService snapshots, SnapshotStore store, JdbcTemplate jdbc,
            CompanyCalendar calendar) {
        this.snapshots = snapshots;
        this.store = store;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer employees = jdbc.queryForObject("select count(*) from employee", Integer.class);
        if (employees == null || employees == 0 || store.latestWeek().isPresent()) {
            return;
        }
        long started = System.nanoTime();
        var lastWeek = AdoptionSnapshotService.weekOf(calendar.today()).minusWeeks(1);
        for (int back = WEEKS - 1; back >= 0; back--) {
            snapshots.snapshot(lastWeek.minusWeeks(back));
        }
        LOG.info("Demo adoption snapshots: {} weeks in {} ms", WEEKS, (System.nanoTime() - started) / 1_000_000);
    }
}
