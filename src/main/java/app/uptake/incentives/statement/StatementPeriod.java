package app.uptake.incentives.statement;

import app.uptake.shared.DateRange;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A statement period as people name it: a whole quarter, month or year by its name, anything else by its days.
 */
public final class StatementPeriod {

    private StatementPeriod() {
    }

    /**
     * A short code for file names, sorting in time order: {@code 2026-Q3}, {@code 2026-07}, {@code 2026}, or
     * {@code 2026-07-01_2026-08-15} for any other range.
     */
    public static String code(DateRange period) {
        LocalDate from = period.from();
        return switch (kind(period)) {
            case QUARTER -> from.getYear() + "-Q" + quarter(from);
            case MONTH -> "%d-%02d".formatted(from.getYear(), from.getMonthValue());
            case YEAR -> Integer.toString(from.getYear());
            case DAYS -> period.from() + "_" + period.to();
        };
    }

    /**
     * The period's name in the language: "Q3 2026", "July 2026" / "Juli 2026", "2026"; null for a range that is no
     * whole quarter, month or year (the statement then shows the days only).
     */
    public static String name(DateRange period, Locale locale) {
        LocalDate from = period.from();
        return switch (kind(period)) {
            case QUARTER -> "Q" + quarter(from) + " " + from.getYear();
            case MONTH -> from.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + from.getYear();
            case YEAR -> Integer.toString(from.getYear());
            case DAYS -> null;
        };
    }

    private enum Kind { QUARTER, MONTH, YEAR, DAYS }

    private static Kind kind(DateRange period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        if (from.getDayOfMonth() != 1 || !to.equals(to.withDayOfMonth(to.lengthOfMonth()))
                || from.getYear() != to.getYear()) {
            return Kind.DAYS;
        }
        if (from.getMonth() == Month.JANUARY && to.getMonth() == Month.DECEMBER) {
            return Kind.YEAR;
        }
        if (from.getMonth() == to.getMonth()) {
            return Kind.MONTH;
        }
        boolean quarterStart = (from.getMonthValue() - 1) % 3 == 0;
        return quarterStart && to.getMonthValue() == from.getMonthValue() + 2 ? Kind.QUARTER : Kind.DAYS;
    }

    private static int quarter(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }
}
