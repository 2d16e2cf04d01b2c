package app.uptake.incentives.plan;

import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A plan as a row of the plans list.
 *
 * @param latestVersion   number of the newest version, or 0 when the plan has none yet
 * @param latestValidFrom from when the newest version is in force, or null
 */
public record PlanSummary(long id, String code, LocalizedText name, String currency, PlanPeriodType periodType,
        BigDecimal targetIncentive, boolean managersSeeTotals, int latestVersion, LocalDate latestValidFrom) {
}
