package app.uptake.incentives.plan;

import java.math.BigDecimal;

/**
 * A new plan as HR enters it; its components come with its first version.
 *
 * @param currency ISO 4217 code; null or blank for EUR
 */
public record PlanDraft(String code, String nameEn, String nameDe, String currency, PlanPeriodType periodType,
        BigDecimal targetIncentive, boolean managersSeeTotals) {
}
