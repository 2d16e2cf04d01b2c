package app.uptake.incentives.run;

import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.shared.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods a plan pays for: calendar months, quarters and years of the fiscal year (which starts on the first of
 * {@code startMonth}). A run covers exactly one of them.
 */
public final class RunPeriods {

    private RunPeriods() {
    }

    /** The period of the type that holds the day. */
    public static DateRange containing(PlanPeriodType type, LocalDate day, int startMonth) {
        return switch (type) {
            case MONTH -> new DateRange(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));
            case QUARTER -> {
                LocalDate yearStart = fiscalYearStart(day, startMonth);
                int offset = (int) java.time.temporal.ChronoUnit.MONTHS.between(yearStart, day.withDayOfMonth(1));
                LocalDate start = yearStart.plusMonths(3L * (offset / 3));
                yield new DateRange(start, start.plusMonths(3).minusDays(1));
            }
            case YEAR -> {
                LocalDate start = fiscalYearStart(day, startMonth);
                yield new DateRange(start, start.plusYears(1).minusDays(1));
            }
        };
    }

    /** Whether the range is exactly one period of the type. */
    public static boolean isWhole(PlanPeriodType type, DateRange range, int startMonth) {
        return containing(type, range.from(), startMonth).equals(range);
    }

    /** The last period of the type that ended before the day: the one that closed most recently. */
    public static DateRange lastClosed(PlanPeriodType type, LocalDate day, int startMonth) {
        return containing(type, containing(type, day, startMonth).from().minusDays(1), startMonth);
    }

    /** The period holding the day and the {@code count - 1} before it, newest first. */
    public static List<DateRange> recent(PlanPeriodType type, LocalDate day, int startMonth, int count) {
        List<DateRange> periods = new ArrayList<>();
        DateRange period = containing(type, day, startMonth);
        for (int i = 0; i < count; i++) {
            periods.add(period);
            period = containing(type, period.from().minusDays(1), startMonth);
        }
        return periods;
    }

    private static LocalDate fiscalYearStart(LocalDate day, int startMonth) {
        int year = day.getMonthValue() >= startMonth ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, startMonth, 1);
    }
}
