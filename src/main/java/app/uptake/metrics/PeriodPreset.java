package app.uptake.metrics;

import app.uptake.shared.DateRange;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The periods people ask for most, relative to today in the company's calendar. */
public enum PeriodPreset {
    LAST_12_MONTHS, THIS_YEAR, LAST_YEAR, THIS_QUARTER, LAST_QUARTER, THIS_MONTH, LAST_MONTH, LAST_30_DAYS;

    public DateRange range(LocalDate today) {
        LocalDate quarterStart = Granularity.QUARTER.bucketStart(today);
        return switch (this) {
            case LAST_12_MONTHS -> new DateRange(today.minusMonths(12).plusDays(1), today);
            case THIS_YEAR -> new DateRange(today.withDayOfYear(1), today.with(TemporalAdjusters.lastDayOfYear()));
            case LAST_YEAR -> new DateRange(today.minusYears(1).withDayOfYear(1), today.withDayOfYear(1).minusDays(1));
            case THIS_QUARTER -> new DateRange(quarterStart, quarterStart.plusMonths(3).minusDays(1));
            case LAST_QUARTER -> new DateRange(quarterStart.minusMonths(3), quarterStart.minusDays(1));
            case THIS_MONTH -> new DateRange(today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth()));
            case LAST_MONTH -> new DateRange(today.minusMonths(1).withDayOfMonth(1), today.withDayOfMonth(1).minusDays(1));
            case LAST_30_DAYS -> new DateRange(today.minusDays(29), today);
        };
    }

    /** A sensible trend resolution for the period's length. */
    public static Granularity granularityFor(DateRange range) {
        long days = range.days();
        return days <= 31 ? Granularity.DAY : days <= 190 ? Granularity.WEEK : Granularity.MONTH;
    }

    public String messageKey() {
        return "period." + name();
    }
}
