package app.uptake.incentives.run.internal;

import app.uptake.incentives.calc.EmployeeInputs;
import app.uptake.incentives.calc.EmployeePayout;
import app.uptake.incentives.calc.ManualAdjustment;
import app.uptake.incentives.calc.PayoutCalculator;
import app.uptake.incentives.calc.PlanAssignment;
import app.uptake.incentives.calc.PlanVersion;
import app.uptake.incentives.run.internal.RunJson.FrozenInputs;
import app.uptake.shared.DateRange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** One employee's payout from the run's frozen plan, their frozen inputs and the adjustments: nothing else. */
public final class RunCalculation {

    private RunCalculation() {
    }

    public static EmployeePayout payout(PlanVersion plan, DateRange period, long employeeId, FrozenInputs inputs,
            List<RunStore.AdjustmentRow> adjustments) {
        List<ManualAdjustment> manual = adjustments.stream()
                .map(a -> new ManualAdjustment(a.amount(), a.reason())).toList();
        PlanAssignment assignment = new PlanAssignment(plan, inputs.spells(), inputs.targetIncentiveOverride(),
                inputs.measurements());
        return PayoutCalculator.calculate(new EmployeeInputs(Long.toString(employeeId), period, List.of(assignment),
                inputs.gateValues(), manual));
    }

    /** SHA-256 as hex, over texts fed one after the other. */
    public static final class Checksum {

        private final MessageDigest digest;

        public Checksum() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        public Checksum add(String text) {
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            return this;
        }

        public String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
