package app.uptake.activity;

import app.uptake.shared.DateRange;
import java.util.Map;

/**
 * Activity events were added, corrected or moved, inside the publishing transaction. For each employee whose
 * figures may have changed, the days affected (for a correction both the old and the new day lie inside).
 */
public record ActivitiesIngested(Map<Long, DateRange> affectedDaysByEmployee) {

    public ActivitiesIngested {
        affectedDaysByEmployee = Map.copyOf(affectedDaysByEmployee);
    }
}
