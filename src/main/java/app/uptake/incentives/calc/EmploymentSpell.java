package app.uptake.incentives.calc;

import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Days an employee worked under one plan at one working time: a joiner's spell starts after the period does, a
 * leaver's ends before it, a change of hours or a transfer starts a new spell.
 *
 * @param days both ends included
 * @param fte  full-time equivalent, more than 0 and at most 1 (0.5 for half time)
 */
public record EmploymentSpell(DateRange days, BigDecimal fte) {

    public EmploymentSpell {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(fte, "fte");
        if (fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0) {
            throw BusinessRuleException.onField("fte", IncentiveKeys.FTE_RANGE, fte);
        }
    }

    public static EmploymentSpell fullTime(LocalDate from, LocalDate to) {
        return new EmploymentSpell(new DateRange(from, to), BigDecimal.ONE);
    }

    public static EmploymentSpell partTime(LocalDate from, LocalDate to, String fte) {
        return new EmploymentSpell(new DateRange(from, to), new BigDecimal(fte));
    }

    /** Days times FTE: what the spell counts for in the proration. */
    BigDecimal weightedDays() {
        return fte.multiply(BigDecimal.valueOf(days.days()));
    }
}
