package app.uptake.incentives.run;

import java.math.BigDecimal;

/**
 * One employee's line in a run's results.
 *
 * @param total       rounded once, to the cent
 * @param difference  for a correction run: total minus the employee's total in the corrected run (all of it for
 *                    someone who was not in it); null for a normal run
 * @param adjustments how many manual adjustments the employee has in this run
 */
public record ResultRow(long employeeId, String name, BigDecimal total, String currency, BigDecimal difference,
        int adjustments) {
}
