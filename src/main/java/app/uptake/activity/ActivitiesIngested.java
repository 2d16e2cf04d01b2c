package app.uptake.activity;

import app.uptake.shared.DateRange;
import java.util.Map;

/**
 * Activity events were added, corrected or moved, inside the publishing transaction. For each employee whose
 * figures may have changed, the days affected (for a correction both the old and the new day lie inside).
 * {@code bulk} marks a chunk of a large import: its figures may be brought up to date once the import is
 * through (see {@link ImportRunFinished}) instead of chunk by chunk.
 */
public record ActivitiesIngested(Map<Long, DateRange> affectedDaysByEmployee, boolean bulk) {

    public ActivitiesIngested {
        affectedDaysByEmployee = Map.copyOf(affectedDaysByEmployee);
    }
}
