package app.uptake.incentives.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An explicit participation as HR enters it.
 *
 * @param to                      the last day, or null while it lasts
 * @param fte                     working time, above 0 and at most 1; null for full time
 * @param targetIncentiveOverride the employee's own target incentive, or null for the plan's
 */
public record ParticipationDraft(Long employeeId, LocalDate from, LocalDate to, BigDecimal fte,
        BigDecimal targetIncentiveOverride) {
}
