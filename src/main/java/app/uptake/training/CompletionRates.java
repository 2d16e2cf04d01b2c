package app.uptake.training;

import java.math.BigDecimal;
import java.util.List;

/**
 * Completion per org unit for a filtered matrix: the units directly below {@code baseUnitId} (and the people
 * directly in it as an own row), with the totals over all of them. Rates are Σcompleted ÷ Σassigned, never an
 * average of the units' rates.
 *
 * @param baseUnitId the filtered unit, or else the lowest unit holding everybody in the caller's scope; null when
 *                   nobody is in scope
 */
public record CompletionRates(Long baseUnitId, String baseUnitName, List<UnitCompletion> units, long assigned,
        long completed) {

    public CompletionRates {
        units = List.copyOf(units);
    }

    public BigDecimal ratePercent() {
        return UnitCompletion.percent(completed, assigned);
    }
}
