package app.uptake.activity;

import app.uptake.shared.DateRange;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Activity events were added, corrected or moved, inside the publishing transaction: for each employee whose
 * figures may have changed, the days affected (for a correction both the old and the new day). {@code bulk}
 * marks a chunk of a large import: its figures may be brought up to date once the import is through (see
 * {@link ImportRunFinished}) instead of chunk by chunk.
 */
public record ActivitiesIngested(Map<Long, Set<LocalDate>> affectedDays, boolean bulk) {

    public ActivitiesIngested {
        affectedDays = affectedDays.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    /** The first to the last affected day of anybody. */
    public DateRange span() {
        LocalDate first = affectedDays.values().stream().flatMap(Set::stream).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = affectedDays.values().stream().flatMap(Set::stream).max(LocalDate::compareTo).orElseThrow();
        return new DateRange(first, last);
    }
}
