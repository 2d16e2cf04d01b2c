package app.uptake.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much of the baseline rests on data: the scope's people employed in the baseline period and how many of them
 * have any CRM activity in it, and the period's days (to today) and how many have any activity of the scope.
 */
public record DataCoverage(int people, int activePeople, int days, int daysWithData) {

    /** Percent of people with activity, one decimal; zero without people. */
    public BigDecimal peopleShare() {
        return percent(activePeople, people);
    }

    /** Percent of days with activity, one decimal. */
    public BigDecimal daysShare() {
        return percent(daysWithData, days);
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
    }
}
