package app.uptake.incentives.calc;

import app.uptake.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * "If my win rate were 30 % and I logged 12 more visits, my payout would be …": the employee's inputs with some
 * actuals or gate values replaced, calculated by the same {@link PayoutCalculator} as a run, with the real plan. Each
 * change returns a new what-if, so one base can answer many questions.
 */
public final class WhatIf {

    private final EmployeeInputs base;
    private final EmployeeInputs changed;

    private WhatIf(EmployeeInputs base, EmployeeInputs changed) {
        this.base = base;
        this.changed = changed;
    }

    /** Starts from the employee's actual inputs. */
    public static WhatIf from(EmployeeInputs inputs) {
        return new WhatIf(Objects.requireNonNull(inputs, "inputs"), inputs);
    }

    /** The component's actual set to {@code actual} (a win rate of 30 instead of 24). */
    public WhatIf actual(String componentCode, BigDecimal actual) {
        Objects.requireNonNull(actual, "actual");
        return changeActual(componentCode, current -> actual);
    }

    /** The component's actual raised (or, negative, lowered) by {@code delta} (12 more visits). */
    public WhatIf more(String componentCode, BigDecimal delta) {
        Objects.requireNonNull(delta, "delta");
        return changeActual(componentCode, current -> current.add(delta));
    }

    /** A gate value replaced (what if I complete my mandatory training). */
    public WhatIf gate(GateMeasure measure, GateValue value) {
        Map<GateMeasure, GateValue> values = new HashMap<>(changed.gateValues());
        values.put(Objects.requireNonNull(measure, "measure"), Objects.requireNonNull(value, "value"));
        return new WhatIf(base, changed.withGateValues(values));
    }

    /** The inputs with every change applied. */
    public EmployeeInputs inputs() {
        return changed;
    }

    /** The payout now and with the changes, side by side. */
    public Estimate estimate() {
        EmployeePayout current = PayoutCalculator.calculate(base);
        EmployeePayout estimated = PayoutCalculator.calculate(changed);
        return new Estimate(current, estimated, estimated.total().subtract(current.total()));
    }

    /**
     * @param difference estimated total minus current total, to the cent
     */
    public record Estimate(EmployeePayout current, EmployeePayout estimated, BigDecimal difference) {
    }

    private WhatIf changeActual(String componentCode, UnaryOperator<BigDecimal> change) {
        Objects.requireNonNull(componentCode, "componentCode");
        boolean found = false;
        List<PlanAssignment> assignments = new ArrayList<>();
        for (PlanAssignment assignment : changed.assignments()) {
            Measurement measurement = assignment.measurements().get(componentCode);
            if (measurement == null) {
                assignments.add(assignment);
                continue;
            }
            found = true;
            Map<String, Measurement> measurements = new HashMap<>(assignment.measurements());
            measurements.put(componentCode, measurement.withActual(change.apply(measurement.actual())));
            assignments.add(assignment.withMeasurements(measurements));
        }
        if (!found) {
            throw BusinessRuleException.onField("components", IncentiveKeys.UNKNOWN_COMPONENT, componentCode);
        }
        return new WhatIf(base, changed.withAssignments(assignments));
    }
}
