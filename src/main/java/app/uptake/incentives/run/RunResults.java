package app.uptake.incentives.run;

import app.uptake.incentives.calc.EmployeePayout;
import app.uptake.incentives.run.internal.RunCalculation;
import app.uptake.incentives.run.internal.RunJson;
import app.uptake.incentives.run.internal.RunRow;
import app.uptake.incentives.run.internal.RunStore;
import java.util.List;

/** A stored result read back: calculated again from the frozen inputs and held against the stored text. */
final class RunResults {

    private RunResults() {
    }

    /**
     * The employee's payout, calculated from the run's frozen plan, the employee's frozen inputs and adjustments.
     * Fails loudly rather than show a figure other than the stored one (which would mean the calculation changed
     * since the run was calculated).
     */
    static EmployeePayout checkedPayout(RunStore store, RunRow run, RunStore.EmployeeLine line,
            List<RunStore.AdjustmentRow> adjustments) {
        EmployeePayout payout = RunCalculation.payout(RunJson.readPlan(store.planJson(run.id())), run.period(),
                line.employeeId(), RunJson.readInputs(line.inputsJson()), adjustments);
        if (!RunJson.result(payout).equals(line.resultJson())) {
            throw new IllegalStateException("run " + run.id() + ", employee " + line.employeeId()
                    + ": the frozen inputs no longer give the stored result");
        }
        return payout;
    }
}
