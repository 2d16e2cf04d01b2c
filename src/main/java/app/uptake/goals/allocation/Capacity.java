package app.uptake.goals.allocation;

import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Capacity of children in a period: FTE × calendar days employed within it, the first and last day employed
 * both counted. Calendar days, as the metrics' person-weeks count them, so weekends do not favour anyone.
 */
public final class Capacity {

    private Capacity() {
    }

    /** Days from start to end that fall in the period (0 when none); null dates mean the period's own bounds. */
    public static long daysEmployed(LocalDate start, LocalDate end, DateRange period) {
        LocalDate from = start == null || start.isBefore(period.from()) ? period.from() : start;
        LocalDate to = end == null || end.isAfter(period.to()) ? period.to() : end;
        return to.isBefore(from) ? 0 : new DateRange(from, to).days();
    }

    /** FTE × days employed in the period. */
    public static BigDecimal fteDays(WorkingTime time, DateRange period) {
        return time.fteOrFullTime().multiply(BigDecimal.valueOf(daysEmployed(time.start(), time.end(), period)));
    }

    /** A child's capacity: the FTE-days of all its working times. */
    public static BigDecimal fteDays(AllocationChild child, DateRange period) {
        BigDecimal total = BigDecimal.ZERO;
        for (WorkingTime time : child.workingTimes()) {
            total = total.add(fteDays(time, period));
        }
        return total;
    }
}
