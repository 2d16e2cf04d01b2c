package app.uptake.incentives.plan;

import app.uptake.incentives.calc.EmploymentSpell;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An employee who was under a plan for at least one day of a period.
 *
 * @param spells                  the days within the period under this plan, with the working time (FTE) of each;
 *                                never empty, never overlapping
 * @param targetIncentiveOverride the employee's own target incentive instead of the plan's, or null
 */
public record Participant(long employeeId, List<EmploymentSpell> spells, BigDecimal targetIncentiveOverride) {

    public Participant {
        spells = List.copyOf(Objects.requireNonNull(spells, "spells"));
    }
}
