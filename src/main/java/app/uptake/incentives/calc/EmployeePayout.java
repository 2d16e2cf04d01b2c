package app.uptake.incentives.calc;

import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * An employee's incentive for a period: per plan and component, adjustments, and the total.
 *
 * @param exactTotal  Σ plan amounts + Σ adjustments, not rounded
 * @param total       exactTotal rounded once to the currency's minor unit (the cent), half even: what is paid
 * @param explanation every step from the plans to the total, ready for a statement
 */
public record EmployeePayout(String employeeId, DateRange period, Currency currency, List<PlanPayout> plans,
        List<ManualAdjustment> adjustments, BigDecimal exactTotal, BigDecimal total,
        List<ExplanationLine> explanation) {

    public EmployeePayout {
        plans = List.copyOf(plans);
        adjustments = List.copyOf(adjustments);
        explanation = List.copyOf(explanation);
    }

    /** The single plan's payout; for employees who were not transferred. */
    public PlanPayout plan() {
        if (plans.size() != 1) {
            throw new IllegalStateException(plans.size() + " plans");
        }
        return plans.getFirst();
    }
}
