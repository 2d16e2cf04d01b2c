package app.uptake.incentives.run;

import app.uptake.incentives.calc.EmployeePayout;
import java.util.List;

/**
 * One employee's result in a run: the payout with every step of its explanation (calculated again from the frozen
 * inputs and checked against the stored result), the adjustments and, for a correction, the difference.
 */
public record EmployeeResult(ResultRow row, EmployeePayout payout, List<RunAdjustment> adjustments) {

    public EmployeeResult {
        adjustments = List.copyOf(adjustments);
    }
}
