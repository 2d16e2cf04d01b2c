package app.uptake.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Activity events were added or corrected, published inside the storing transaction. The people concerned are
 * locked against other batches that correct their events: exclusively when this batch corrects (or on H2),
 * otherwise by the key share locks of the inserted events, so adding batches may add to the same figures at once.
 * <ul>
 * <li>{@code affectedDays}: for each employee whose figures may have changed, the days affected (for a
 * correction both the old and the new day);</li>
 * <li>{@code added}: the events stored for the first time; what they count can simply be added;</li>
 * <li>{@code recount}: the employee-days a correction moved or changed, which must be counted again from the
 * stored events.</li>
 * </ul>
 */
public record ActivitiesIngested(Map<Long, Set<LocalDate>> affectedDays, List<AddedEvent> added,
        Map<Long, Set<LocalDate>> recount) {

    /** An event stored for the first time, for an employee, on a day in the company's time zone. */
    public record AddedEvent(long employeeId, LocalDate day, ActivityEventInput event) {
    }

    public ActivitiesIngested {
        affectedDays = copy(affectedDays);
        added = List.copyOf(added);
        recount = copy(recount);
    }

    private static Map<Long, Set<LocalDate>> copy(Map<Long, Set<LocalDate>> days) {
        return days.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }
}
