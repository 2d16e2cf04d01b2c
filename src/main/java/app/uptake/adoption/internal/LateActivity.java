package app.uptake.adoption.internal;

import app.uptake.activity.ActivitiesIngested;
import app.uptake.adoption.AdoptionSnapshotService;
import app.uptake.shared.CompanyCalendar;
import java.time.LocalDate;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
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
    private final CompanyCalendar calendar;

    LateActivity(SnapshotStore store, CompanyCalendar calendar) {
        this.store = store;
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
        weeks.retainAll(store.computedWeeks(weeks.first(), weeks.last()));
        if (!weeks.isEmpty()) {
            store.markDirty(weeks, calendar.now());
        }
    }
}
