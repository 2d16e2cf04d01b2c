package app.uptake.goals.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One person's working time as capacity counts it. Checked when allocating, so that a refusal can name the child.
 *
 * @param fte   full-time equivalent from 0 to 1; null means full time (the organisation keeps no FTE yet)
 * @param start first day employed, or null when employed since before the period
 * @param end   last day employed (included), or null while employed without an end
 */
public record WorkingTime(BigDecimal fte, LocalDate start, LocalDate end) {

    public static WorkingTime fullTime(LocalDate start, LocalDate end) {
        return new WorkingTime(BigDecimal.ONE, start, end);
    }

    /** The FTE counted: full time when none is given. */
    public BigDecimal fteOrFullTime() {
        return fte == null ? BigDecimal.ONE : fte;
    }
}
