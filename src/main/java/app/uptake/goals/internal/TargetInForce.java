package app.uptake.goals.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A goal's target over time, from its revisions of the field that sets it (TARGET for a company goal, ALLOCATION for
 * a share of the cascade), so that the target in force can be looked up for many days without asking the database
 * each time. The rule is {@link GoalRevisions#asOf}'s: the "after" of the last revision effective on or before the
 * day (several on one day: the later one wins); before the first revision its "before", the value the goal was set
 * with; without revisions the goal's current target.
 *
 * @param changes the revisions, oldest first (by effective day, then time of the change, then id)
 */
public record TargetInForce(BigDecimal current, List<Change> changes) {

    /** One revision of the target: from {@code before} to {@code after}, in force from {@code effectiveOn}. */
    public record Change(LocalDate effectiveOn, BigDecimal before, BigDecimal after) {
    }

    public TargetInForce {
        changes = List.copyOf(changes);
    }

    public static TargetInForce unrevised(BigDecimal current) {
        return new TargetInForce(current, List.of());
    }

    /** The target in force on the day. */
    public BigDecimal on(LocalDate day) {
        if (changes.isEmpty()) {
            return current;
        }
        BigDecimal inForce = changes.getFirst().before();
        for (Change change : changes) {
            if (change.effectiveOn().isAfter(day)) {
                break;
            }
            inForce = change.after();
        }
        return inForce;
    }
}
