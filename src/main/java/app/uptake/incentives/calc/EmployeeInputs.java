package app.uptake.incentives.calc;

import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.DateRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a run freezes for one employee and period, so that calculating it again gives the same result: the
 * plans they were under (one assignment per plan, with its spells and measurements), their gate values and HR's
 * manual adjustments.
 *
 * <p>Refuses inputs that cannot be prorated: spells outside the period, two spells on the same day (no one works
 * under two plans at once), plans in different currencies.
 *
 * @param gateValues  the employee's value of every measure the plans' gates look at
 * @param adjustments in the plans' currency
 */
public record EmployeeInputs(String employeeId, DateRange period, List<PlanAssignment> assignments,
        Map<GateMeasure, GateValue> gateValues, List<ManualAdjustment> adjustments) {

    public EmployeeInputs {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(period, "period");
        assignments = List.copyOf(assignments);
        gateValues = Map.copyOf(gateValues);
        adjustments = List.copyOf(adjustments);
        if (assignments.isEmpty()) {
            throw BusinessRuleException.onField("spells", IncentiveKeys.NO_EMPLOYMENT);
        }
        checkSpells(assignments, period);
        Currency currency = assignments.getFirst().plan().currency();
        for (PlanAssignment assignment : assignments) {
            if (!assignment.plan().currency().equals(currency)) {
                throw BusinessRuleException.onField("plans", IncentiveKeys.MIXED_CURRENCIES,
                        currency.getCurrencyCode(), assignment.plan().currency().getCurrencyCode());
            }
        }
        for (ManualAdjustment adjustment : adjustments) {
            Money.checkPrecision("amount", adjustment.amount(), currency);
        }
    }

    private static void checkSpells(List<PlanAssignment> assignments, DateRange period) {
        List<DateRange> all = new ArrayList<>();
        for (PlanAssignment assignment : assignments) {
            for (EmploymentSpell spell : assignment.spells()) {
                DateRange days = spell.days();
                if (!period.contains(days.from()) || !period.contains(days.to())) {
                    throw BusinessRuleException.onField("spells", IncentiveKeys.OUTSIDE_PERIOD, days.from(), days.to(),
                            period.from(), period.to());
                }
                all.add(days);
            }
        }
        all.sort(Comparator.comparing(DateRange::from));
        for (int i = 1; i < all.size(); i++) {
            DateRange shared = all.get(i - 1).intersect(all.get(i));
            if (shared != null) {
                throw BusinessRuleException.onField("spells", IncentiveKeys.EMPLOYMENT_OVERLAP, shared.from(),
                        shared.to());
            }
        }
    }

    /** The employee's one plan over the whole period at one FTE, without adjustments: the common case. */
    public static EmployeeInputs single(String employeeId, DateRange period, PlanAssignment assignment,
            Map<GateMeasure, GateValue> gateValues) {
        return new EmployeeInputs(employeeId, period, List.of(assignment), gateValues, List.of());
    }

    public Currency currency() {
        return assignments.getFirst().plan().currency();
    }

    /** The same inputs with other assignments (what-if). */
    EmployeeInputs withAssignments(List<PlanAssignment> other) {
        return new EmployeeInputs(employeeId, period, other, gateValues, adjustments);
    }

    /** The same inputs with other gate values (what-if). */
    EmployeeInputs withGateValues(Map<GateMeasure, GateValue> other) {
        return new EmployeeInputs(employeeId, period, assignments, other, adjustments);
    }
}
