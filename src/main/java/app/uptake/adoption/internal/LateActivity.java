package app.uptake.adoption.internal;

import app.uptake.activity.ActivitiesIngested;
import app.uptake.adoption.AdoptionSnapshotService;
import app.uptake.shared.CompanyCalendar;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activity that arrives for a week already snapshotted marks that week dirty, in the storing transaction (so the
 * mark commits exactly when the activity does); the next snapshot run recomputes it.
 */
@Component
class LateActivity {

    private final SnapshotStore store;
    private final JdbcTemplate jdbc;
    private final CompanyCalendar calendar;

    LateActivity(SnapshotStore store, JdbcTemplate jdbc, CompanyCalendar calendar) {
        this.store = store;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ActivitiesIngested ingested) {
        LocalDate thisWeek = AdoptionSnapshotService.weekOf(calendar.today());
        TreeSet<LocalDate> weeks = new TreeSet<>();
        ingested.affectedDays().values().forEach(days -> days.forEach(day -> {
            LocalDate week = AdoptionSnapshotService.weekOf(day);
            if (week.isBefore(thisWeek)) {
                weeks.add(week);
            }
        }));
        if (weeks.isEmpty()) {
            return;
        }
        Set<LocalDate> computed = new TreeSet<>();
        jdbc.query("select week_start from adoption_snapshot_week where week_start between ? and ?",
                rs -> { computed.add(rs.getDate(1).toLocalDate()); },
                Date.valueOf(weeks.first()), Date.valueOf(weeks.last()));
        weeks.retainAll(computed);
        if (!weeks.isEmpty()) {
            store.markDirty(weeks, calendar.now());
        }
    }
}
