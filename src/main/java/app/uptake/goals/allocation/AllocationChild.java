package app.uptake.goals.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A child of a goal in the cascade, an org unit or an employee, with what the strategies weigh it by.
 *
 * @param id                  unique among the siblings; named as the field of a refusal that concerns this child
 * @param label               shown in messages (the unit's or person's name); the id when null
 * @param baseline            the child's own value of the metric over a comparable past period; null when it has
 *                            no history (a new team, a joiner)
 * @param expectedDenominator ratio metrics only: the denominator the child is expected to have in the period
 *                            (closed opportunities for a win rate, person-weeks for a per-week metric)
 * @param workingTimes        the people whose capacity counts: one for an employee, all members for a unit
 */
public record AllocationChild(String id, String label, BigDecimal baseline, BigDecimal expectedDenominator,
        List<WorkingTime> workingTimes) {

    public AllocationChild {
        Objects.requireNonNull(id, "id");
        label = label == null ? id : label;
        workingTimes = workingTimes == null ? List.of() : List.copyOf(workingTimes);
    }

    /** An employee: one working time. */
    public static AllocationChild person(String id, String label, BigDecimal baseline, BigDecimal expectedDenominator,
            BigDecimal fte, LocalDate start, LocalDate end) {
        return new AllocationChild(id, label, baseline, expectedDenominator, List.of(new WorkingTime(fte, start, end)));
    }

    /** An org unit: the working times of its members (capacity adds them up). */
    public static AllocationChild unit(String id, String label, BigDecimal baseline, BigDecimal expectedDenominator,
            List<WorkingTime> members) {
        return new AllocationChild(id, label, baseline, expectedDenominator, members);
    }
}
