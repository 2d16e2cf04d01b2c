package app.uptake.incentives.calc;

import static app.uptake.incentives.calc.IncentiveFixtures.Q1;
import static app.uptake.incentives.calc.IncentiveFixtures.d;
import static app.uptake.incentives.calc.IncentiveFixtures.name;
import static app.uptake.incentives.calc.IncentiveFixtures.standardCurve;
import static app.uptake.incentives.calc.IncentiveFixtures.winRateSteps;

import app.uptake.metrics.MetricDirection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The calculation core alone (no database, no statements) for 10,000 employees on a plan of 5 components with two
 * whole-payout gates and one component gate; one in ten part-time, one in twenty joining mid-quarter, one in fifty
 * transferred to a second plan. Prints the time per full run. Not part of the build:
 *
 * <pre>
 * ./mvnw -o test -Dtest=PayoutCalculatorBenchmark
 * </pre>
 */
class PayoutCalculatorBenchmark {

    private static final int EMPLOYEES = 10_000;
    private static final int ROUNDS = 15;

    @Test
    void calculateTenThousandEmployeesWithFiveComponents() {
        List<EmployeeInputs> inputs = employees(new Random(42));
        for (int i = 0; i < ROUNDS; i++) {
            run(inputs);
        }
        double[] millis = new double[ROUNDS];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < ROUNDS; i++) {
            long started = System.nanoTime();
            sum = run(inputs);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%nBENCH incentive calculation, %,d employees × 5 components (%d rounds after %d warm-up)%n",
                EMPLOYEES, ROUNDS, ROUNDS);
        System.out.printf("BENCH per run: best %.1f ms, median %.1f ms, p95 %.1f ms; total paid %s EUR%n%n", millis[0],
                millis[ROUNDS / 2], millis[(int) Math.ceil(ROUNDS * 0.95) - 1], sum.toPlainString());
    }

    private static BigDecimal run(List<EmployeeInputs> inputs) {
        BigDecimal sum = BigDecimal.ZERO;
        for (EmployeeInputs employee : inputs) {
            sum = sum.add(PayoutCalculator.calculate(employee).total());
        }
        return sum;
    }

    private static PlanComponent metric(String code, String target, MetricDirection direction, String weight,
            PayoutCurve curve) {
        return new PlanComponent(code, name(code), new ComponentBinding.MetricBinding(code.toLowerCase(), d(target),
                direction), d(weight), curve);
    }

    private static PlanVersion plan(String code, String targetIncentive) {
        List<PlanComponent> components = List.of(
                new PlanComponent("REVENUE", name("Revenue"), new ComponentBinding.GoalBinding(42), d("40"),
                        standardCurve()),
                metric("WIN_RATE", "25", MetricDirection.HIGHER, "20", winRateSteps()),
                metric("DAYS_TO_CLOSE", "40", MetricDirection.LOWER, "15", TieredCurve.linear("80", "0")),
                metric("VISITS", "120", MetricDirection.HIGHER, "15",
                        new TieredCurve(d("50"), d("25"), List.of(Tier.upTo("100", "150", "0.5"),
                                Tier.openFrom("150", "0")), null)),
                metric("CALLS", "600", MetricDirection.HIGHER, "10", standardCurve()));
        List<Gate> gates = List.of(
                Gate.required("TRAINING", GateMeasure.MANDATORY_TRAINING_COMPLETED, GateEffect.capAt("100")),
                Gate.atLeast("COMPLETENESS", GateMeasure.DATA_COMPLETENESS, "80", GateEffect.reduceBy("20")),
                Gate.atLeast("ACTIVE", GateMeasure.CRM_ACTIVE_DAYS, "70", GateEffect.zero()).onComponent("VISITS"));
        return new PlanVersion(code, 1, name(code), d(targetIncentive), components, gates);
    }

    private static Map<String, Measurement> measurements(Random random) {
        Map<String, Measurement> m = new HashMap<>();
        m.put("REVENUE", new Measurement(amount(random, 150_000, 450_000), d("300000"), MetricDirection.HIGHER));
        m.put("WIN_RATE", new Measurement(amount(random, 15, 35), d("25"), MetricDirection.HIGHER));
        m.put("DAYS_TO_CLOSE", new Measurement(amount(random, 25, 60), d("40"), MetricDirection.LOWER));
        m.put("VISITS", new Measurement(amount(random, 40, 200), d("120"), MetricDirection.HIGHER));
        m.put("CALLS", new Measurement(amount(random, 300, 900), d("600"), MetricDirection.HIGHER));
        return m;
    }

    private static BigDecimal amount(Random random, int low, int high) {
        return BigDecimal.valueOf(low * 100L + random.nextInt((high - low) * 100), 2);
    }

    private static List<EmployeeInputs> employees(Random random) {
        PlanVersion sales = plan("SALES", "6000");
        PlanVersion keyAccounts = plan("KEY", "9000");
        List<EmployeeInputs> inputs = new ArrayList<>(EMPLOYEES);
        for (int i = 0; i < EMPLOYEES; i++) {
            Map<GateMeasure, GateValue> gates = Map.of(
                    GateMeasure.MANDATORY_TRAINING_COMPLETED, GateValue.flag(random.nextInt(10) > 0),
                    GateMeasure.DATA_COMPLETENESS, GateValue.percent(amount(random, 60, 100)),
                    GateMeasure.CRM_ACTIVE_DAYS, GateValue.percent(amount(random, 50, 100)));
            List<PlanAssignment> assignments = new ArrayList<>();
            if (i % 50 == 0) {
                assignments.add(new PlanAssignment(sales, List.of(EmploymentSpell.fullTime(Q1.from(),
                        Q1.from().plusDays(39))), measurements(random)));
                assignments.add(new PlanAssignment(keyAccounts, List.of(EmploymentSpell.fullTime(Q1.from().plusDays(40),
                        Q1.to())), measurements(random)));
            } else {
                EmploymentSpell spell = i % 20 == 1 ? EmploymentSpell.fullTime(Q1.from().plusDays(random.nextInt(80)), Q1.to())
                        : i % 10 == 2 ? EmploymentSpell.partTime(Q1.from(), Q1.to(), "0.5")
                        : EmploymentSpell.fullTime(Q1.from(), Q1.to());
                assignments.add(new PlanAssignment(sales, List.of(spell), measurements(random)));
            }
            inputs.add(new EmployeeInputs("E-" + i, Q1, assignments, gates, List.of()));
        }
        return inputs;
    }
}
