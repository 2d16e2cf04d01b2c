package app.uptake.goals;

import app.uptake.shared.DateRange;
import java.time.LocalDate;

/**
 * A fiscal year, or one of its quarters. Fiscal year N starts on the first day of the start month in calendar
 * year N: with start month 4, FY 2026 runs 2026-04-01..2027-03-31 and its Q3 is October to December 2026.
 *
 * @param quarter 1..4, or null for the whole year
 */
public record GoalPeriod(int fiscalYear, Integer quarter, DateRange range) {

    public static GoalPeriod year(int fiscalYear, int startMonth) {
        LocalDate start = start(fiscalYear, startMonth);
        return new GoalPeriod(fiscalYear, null, new DateRange(start, start.plusYears(1).minusDays(1)));
    }

    public static GoalPeriod quarter(int fiscalYear, int quarter, int startMonth) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4: " + quarter);
        }
        LocalDate start = start(fiscalYear, startMonth).plusMonths(3L * (quarter - 1));
        return new GoalPeriod(fiscalYear, quarter, new DateRange(start, start.plusMonths(3).minusDays(1)));
    }

    public static GoalPeriod of(int fiscalYear, Integer quarter, int startMonth) {
        return quarter == null ? year(fiscalYear, startMonth) : quarter(fiscalYear, quarter, startMonth);
    }

    /** The fiscal year the day falls into. */
    public static int fiscalYearOf(LocalDate day, int startMonth) {
        return day.getMonthValue() >= startMonth ? day.getYear() : day.getYear() - 1;
    }

    private static LocalDate start(int fiscalYear, int startMonth) {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("the fiscal year starts in month 1 to 12: " + startMonth);
        }
        return LocalDate.of(fiscalYear, startMonth, 1);
    }

    public boolean isYear() {
        return quarter == null;
    }

    /**
     * The comparable period one year earlier, where the baseline is measured: the previous fiscal year for a year,
     * the same quarter of the previous fiscal year for a quarter (same season, so no seasonal bias).
     */
    public GoalPeriod yearEarlier(int startMonth) {
        return of(fiscalYear - 1, quarter, startMonth);
    }

    /** "FY 2026" or "FY 2026 Q3"; the same in both languages. */
    public String label() {
        return "FY " + fiscalYear + (quarter == null ? "" : " Q" + quarter);
    }
}
