package app.uptake.metrics.internal;

import app.uptake.organization.Employment;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;

/** How much working time a group had in a period: the denominator of "per employee per week" metrics. */
final class Exposure {

    private static final BigDecimal DAYS_PER_WEEK = BigDecimal.valueOf(7);

    private Exposure() {
    }

    /** Person-weeks: each person's employed calendar days in the period, divided by seven, summed. */
    static BigDecimal personWeeks(Collection<Employment> people, DateRange period) {
        long days = 0;
        for (Employment e : people) {
            DateRange employed = e.employedDuring(period);
            if (employed != null) {
                days += employed.days();
            }
        }
        return BigDecimal.valueOf(days).divide(DAYS_PER_WEEK, 6, RoundingMode.HALF_EVEN);
    }

    /** Person working days: each person's employed Mondays to Fridays in the period, summed. */
    static BigDecimal workingDays(Collection<Employment> people, DateRange period) {
        long days = 0;
        for (Employment e : people) {
            DateRange employed = e.employedDuring(period);
            if (employed != null) {
                days += weekdays(employed);
            }
        }
        return BigDecimal.valueOf(days);
    }

    /** {@code people} employed from {@code start} to {@code end} (open when null), all the same. */
    record Spell(LocalDate start, LocalDate end, long people) {

        DateRange during(DateRange period) {
            return new DateRange(start, end == null ? LocalDate.MAX : end).intersect(period);
        }
    }

    /** {@link #personWeeks} of people given as spells. */
    static BigDecimal personWeeksOf(Collection<Spell> spells, DateRange period) {
        long days = 0;
        for (Spell spell : spells) {
            DateRange employed = spell.during(period);
            if (employed != null) {
                days += employed.days() * spell.people();
            }
        }
        return BigDecimal.valueOf(days).divide(DAYS_PER_WEEK, 6, RoundingMode.HALF_EVEN);
    }

    /** {@link #workingDays} of people given as spells. */
    static BigDecimal workingDaysOf(Collection<Spell> spells, DateRange period) {
        long days = 0;
        for (Spell spell : spells) {
            DateRange employed = spell.during(period);
            if (employed != null) {
                days += weekdays(employed) * spell.people();
            }
        }
        return BigDecimal.valueOf(days);
    }

    static long weekdays(DateRange range) {
        long fullWeeks = range.days() / 7;
        long count = fullWeeks * 5;
        LocalDate day = range.from().plusWeeks(fullWeeks);
        while (!day.isAfter(range.to())) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
            day = day.plusDays(1);
        }
        return count;
    }
}
