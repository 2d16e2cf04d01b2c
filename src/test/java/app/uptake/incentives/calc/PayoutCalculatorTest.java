package app.uptake.incentives.calc;

import static app.uptake.incentives.calc.IncentiveFixtures.Q1;
import static app.uptake.incentives.calc.IncentiveFixtures.REVENUE_GOAL;
import static app.uptake.incentives.calc.IncentiveFixtures.d;
import static app.uptake.incentives.calc.IncentiveFixtures.day;
import static app.uptake.incentives.calc.IncentiveFixtures.fullQuarter;
import static app.uptake.incentives.calc.IncentiveFixtures.goodGateValues;
import static app.uptake.incentives.calc.IncentiveFixtures.keys;
import static app.uptake.incentives.calc.IncentiveFixtures.line;
import static app.uptake.incentives.calc.IncentiveFixtures.name;
import static app.uptake.incentives.calc.IncentiveFixtures.refused;
import static app.uptake.incentives.calc.IncentiveFixtures.salesMeasurements;
import static app.uptake.incentives.calc.IncentiveFixtures.salesPlan;
import static app.uptake.incentives.calc.IncentiveFixtures.simplePlan;
import static app.uptake.incentives.calc.IncentiveFixtures.visits;
import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.metrics.MetricDirection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole calculation for one employee: components, total, adjustments, overrides, rounding, missing inputs. */
class PayoutCalculatorTest {

    private static final PlanVersion SALES = salesPlan(List.of());

    private static PlanAssignment fullQuarterUnder(PlanVersion plan, BigDecimal override, Map<String, Measurement> m) {
        return new PlanAssignment(plan, List.of(EmploymentSpell.fullTime(Q1.from(), Q1.to())), override, m);
    }

    @Test
    void salesPlan_threeComponents_5670euros() {
        // revenue 330,000 ÷ 300,000 = 110 % → 100 + 10 × 1.5 = 115 % × 50 % = 57.5 % → 6,000 × 57.5 % = 3,450
        // win rate 24 ÷ 25 = 96 % → band from 90 % pays 50 % × 30 % = 15 % → 900
        // days to close (80 − 36) ÷ 40 = 110 % → 1:1 above target 110 % × 20 % = 22 % → 1,320
        // 57.5 + 15 + 22 = 94.5 % → 5,670.00
        EmployeePayout payout = PayoutCalculator.calculate(fullQuarter(SALES, salesMeasurements(), goodGateValues()));
        PlanPayout plan = payout.plan();
        assertThat(plan.component("REVENUE").attainment().percent()).isEqualByComparingTo("110");
        assertThat(plan.component("REVENUE").curve().percent()).isEqualByComparingTo("115");
        assertThat(plan.component("REVENUE").amount()).isEqualByComparingTo("3450");
        assertThat(plan.component("WIN_RATE").curve().band().number()).isEqualTo(1);
        assertThat(plan.component("WIN_RATE").weightedPercent()).isEqualByComparingTo("15");
        assertThat(plan.component("WIN_RATE").amount()).isEqualByComparingTo("900");
        assertThat(plan.component("DAYS_TO_CLOSE").attainment().rule()).isEqualTo(Attainment.Rule.MIRRORED);
        assertThat(plan.component("DAYS_TO_CLOSE").amount()).isEqualByComparingTo("1320");
        assertThat(plan.componentPercent()).isEqualByComparingTo("94.5");
        assertThat(plan.payoutPercent()).isEqualByComparingTo("94.5");
        assertThat(plan.amount()).isEqualByComparingTo("5670");
        assertThat(payout.total()).isEqualTo(d("5670.00"));
        assertThat(payout.currency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void theExplanationWalksFromPlanToTotal_inOrder() {
        EmployeePayout payout = PayoutCalculator.calculate(EmployeeInputs.single("E-1", Q1,
                fullQuarterUnder(simplePlan("FIELD", "9000"), null, visits("110")), Map.of()));
        assertThat(keys(payout.explanation())).containsExactly(
                IncentiveKeys.EXPLAIN_PLAN,
                IncentiveKeys.EXPLAIN_SPELL,
                IncentiveKeys.EXPLAIN_PRORATION,
                IncentiveKeys.EXPLAIN_COMPONENT,
                IncentiveKeys.EXPLAIN_RATIO,
                IncentiveKeys.EXPLAIN_TIER,
                IncentiveKeys.EXPLAIN_CURVE_RESULT,
                IncentiveKeys.EXPLAIN_WEIGHTED,
                IncentiveKeys.EXPLAIN_COMPONENT_AMOUNT,
                IncentiveKeys.EXPLAIN_COMPONENT_SUM,
                IncentiveKeys.EXPLAIN_PLAN_PAYOUT,
                IncentiveKeys.EXPLAIN_TOTAL);
        List<ExplanationLine> lines = payout.explanation();
        line(lines.get(0), IncentiveKeys.EXPLAIN_PLAN, name("FIELD"), 1, d("9000"), "EUR");
        line(lines.get(3), IncentiveKeys.EXPLAIN_COMPONENT, name("Visits"), d("100"));
        line(lines.get(7), IncentiveKeys.EXPLAIN_WEIGHTED, d("110"), d("100"), d("110"));
        line(lines.get(8), IncentiveKeys.EXPLAIN_COMPONENT_AMOUNT, d("9000"), "EUR", d("110"), d("1"), d("9900"));
        line(lines.get(10), IncentiveKeys.EXPLAIN_PLAN_PAYOUT, d("110"), d("9000"), d("1"), d("9900"), "EUR");
        line(lines.get(11), IncentiveKeys.EXPLAIN_TOTAL, d("9900"), d("9900"), "EUR");
    }

    @Test
    void roundingOnce_joinerWithAThirdOfTheQuarter_differsByACentFromRoundingEachComponent() {
        // 5,000 EUR, two components of 50 % each, both on target; under the plan 1–30 Mar = 30 of 90 days, a third.
        // Each component: 5,000 × 50 % × 30 ÷ 90 = 833.333…
        // per component rounded: 833.33 + 833.33 = 1,666.66; rounded once: 1,666.666… → 1,666.67
        PlanComponent calls = new PlanComponent("CALLS", name("Calls"),
                new ComponentBinding.MetricBinding("calls", d("100"), MetricDirection.HIGHER), d("50"),
                TieredCurve.linear("0", "0"));
        PlanComponent visitsComponent = new PlanComponent("VISITS", name("Visits"),
                new ComponentBinding.MetricBinding("visits", d("100"), MetricDirection.HIGHER), d("50"),
                TieredCurve.linear("0", "0"));
        PlanVersion plan = new PlanVersion("FIELD", 1, name("Field"), d("5000"), List.of(calls, visitsComponent),
                List.of());
        Measurement onTarget = new Measurement(d("100"), d("100"), MetricDirection.HIGHER);
        EmployeePayout payout = PayoutCalculator.calculate(EmployeeInputs.single("E-1", Q1,
                new PlanAssignment(plan, List.of(EmploymentSpell.fullTime(day("2025-03-01"), day("2025-03-30"))),
                        Map.of("CALLS", onTarget, "VISITS", onTarget)), Map.of()));

        BigDecimal roundedEach = payout.plan().components().stream()
                .map(c -> c.amount().setScale(2, RoundingMode.HALF_EVEN))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(roundedEach).isEqualTo(d("1666.66"));
        assertThat(payout.total()).isEqualTo(d("1666.67"));
    }

    @Test
    void roundingOnce_twoHalfCents_makeOneCent() {
        // 1,000 EUR, 50/50, attainment 20.001 % each → 1,000 × 50 % × 20.001 % = 100.005 per component
        // half even per component: 100.00 + 100.00 = 200.00; once: 200.010 → 200.01
        PlanComponent a = new PlanComponent("A", name("A"),
                new ComponentBinding.MetricBinding("a", d("100"), MetricDirection.HIGHER), d("50"),
                TieredCurve.linear("0", "0"));
        PlanComponent b = new PlanComponent("B", name("B"),
                new ComponentBinding.MetricBinding("b", d("100"), MetricDirection.HIGHER), d("50"),
                TieredCurve.linear("0", "0"));
        PlanVersion plan = new PlanVersion("AB", 1, name("AB"), d("1000"), List.of(a, b), List.of());
        Measurement m = new Measurement(d("20.001"), d("100"), MetricDirection.HIGHER);
        EmployeePayout payout = PayoutCalculator.calculate(
                EmployeeInputs.single("E-1", Q1, fullQuarterUnder(plan, null, Map.of("A", m, "B", m)), Map.of()));
        assertThat(payout.plan().component("A").amount()).isEqualByComparingTo("100.005");
        assertThat(payout.plan().component("A").amount().setScale(2, RoundingMode.HALF_EVEN)).isEqualTo(d("100.00"));
        assertThat(payout.total()).isEqualTo(d("200.01"));
    }

    @Test
    void theOneRoundingIsHalfEven_anExactHalfCentGoesToTheEvenCent() {
        // 1,000 EUR × 10.0125 % = 100.125 → 100.12 (half up would give 100.13); 10.0135 % → 100.135 → 100.14
        EmployeePayout even = PayoutCalculator.calculate(EmployeeInputs.single("E-1", Q1,
                fullQuarterUnder(simplePlan("S", "1000"), null, visits("10.0125")), Map.of()));
        assertThat(even.exactTotal()).isEqualByComparingTo("100.125");
        assertThat(even.total()).isEqualTo(d("100.12"));
        EmployeePayout up = PayoutCalculator.calculate(EmployeeInputs.single("E-1", Q1,
                fullQuarterUnder(simplePlan("S", "1000"), null, visits("10.0135")), Map.of()));
        assertThat(up.total()).isEqualTo(d("100.14"));
    }

    @Test
    void manualAdjustments_areAddedBeforeTheRounding_andExplainedWithTheirReason() {
        // 5,670.00 + 250.00 − 70.50 = 5,849.50
        EmployeeInputs inputs = new EmployeeInputs("E-1", Q1,
                List.of(fullQuarterUnder(SALES, null, salesMeasurements())), goodGateValues(),
                List.of(ManualAdjustment.of("250.00", "Deal booked after the close"),
                        ManualAdjustment.of("-70.50", "  Advance paid in March  ")));
        EmployeePayout payout = PayoutCalculator.calculate(inputs);
        assertThat(payout.total()).isEqualTo(d("5849.50"));
        List<ExplanationLine> lines = payout.explanation();
        line(lines.get(lines.size() - 3), IncentiveKeys.EXPLAIN_ADJUSTMENT, d("250"), "EUR",
                "Deal booked after the close");
        line(lines.get(lines.size() - 2), IncentiveKeys.EXPLAIN_ADJUSTMENT, d("-70.5"), "EUR", "Advance paid in March");
        assertThat(payout.adjustments()).hasSize(2);
    }

    @Test
    void badAdjustments() {
        refused(() -> ManualAdjustment.of("100", " "), "reason", IncentiveKeys.ADJUSTMENT_REASON_REQUIRED);
        refused(() -> new ManualAdjustment(d("100"), null), "reason", IncentiveKeys.ADJUSTMENT_REASON_REQUIRED);
        refused(() -> ManualAdjustment.of("0.00", "nothing"), "amount", IncentiveKeys.ADJUSTMENT_ZERO);
        refused(() -> new EmployeeInputs("E-1", Q1, List.of(fullQuarterUnder(SALES, null, salesMeasurements())),
                goodGateValues(), List.of(ManualAdjustment.of("10.005", "half a cent"))), "amount",
                IncentiveKeys.AMOUNT_TOO_PRECISE, d("10.005"), 2, "EUR");
    }

    @Test
    void anAdjustmentThatWouldMakeTheTotalNegative_isRefused() {
        // 5,670.00 − 6,000.00 = −330.00
        EmployeeInputs inputs = new EmployeeInputs("E-1", Q1, List.of(fullQuarterUnder(SALES, null, salesMeasurements())),
                goodGateValues(), List.of(ManualAdjustment.of("-6000", "Clawback")));
        refused(() -> PayoutCalculator.calculate(inputs), "amount", IncentiveKeys.NEGATIVE_TOTAL, d("-330"), "EUR");
        // down to exactly 0 is fine
        EmployeeInputs toZero = new EmployeeInputs("E-1", Q1, List.of(fullQuarterUnder(SALES, null, salesMeasurements())),
                goodGateValues(), List.of(ManualAdjustment.of("-5670", "Clawback")));
        assertThat(PayoutCalculator.calculate(toZero).total()).isEqualTo(d("0.00"));
    }

    @Test
    void individualTargetIncentive_replacesThePlans() {
        // 7,000 × 94.5 % = 6,615.00
        EmployeePayout payout = PayoutCalculator.calculate(EmployeeInputs.single("E-1", Q1,
                fullQuarterUnder(SALES, d("7000"), salesMeasurements()), goodGateValues()));
        assertThat(payout.plan().individualTarget()).isTrue();
        assertThat(payout.plan().targetIncentive()).isEqualByComparingTo("7000");
        line(payout.explanation().getFirst(), IncentiveKeys.EXPLAIN_PLAN_OVERRIDE, name("Sales"), 1, d("7000"), "EUR");
        assertThat(payout.total()).isEqualTo(d("6615.00"));
        // an individual 0 pays nothing
        assertThat(PayoutCalculator.calculate(EmployeeInputs.single("E-1", Q1,
                fullQuarterUnder(SALES, d("0"), salesMeasurements()), goodGateValues())).total()).isEqualTo(d("0.00"));
    }

    @Test
    void badIndividualTargetIncentive() {
        refused(() -> fullQuarterUnder(SALES, d("-1"), salesMeasurements()), "targetIncentive",
                IncentiveKeys.AMOUNT_NEGATIVE, d("-1"));
        refused(() -> fullQuarterUnder(SALES, d("7000.001"), salesMeasurements()), "targetIncentive",
                IncentiveKeys.AMOUNT_TOO_PRECISE, d("7000.001"), 2, "EUR");
    }

    @Test
    void aComponentBoundToAGoalTheEmployeeDoesNotHave_isRefused() {
        Map<String, Measurement> withoutRevenue = new HashMap<>(salesMeasurements());
        withoutRevenue.remove("REVENUE");
        refused(() -> PayoutCalculator.calculate(fullQuarter(SALES, withoutRevenue, goodGateValues())), "components",
                IncentiveKeys.GOAL_MISSING, "REVENUE", REVENUE_GOAL);
    }

    @Test
    void aMetricComponentWithoutAnActual_isRefused() {
        Map<String, Measurement> withoutWinRate = new HashMap<>(salesMeasurements());
        withoutWinRate.remove("WIN_RATE");
        refused(() -> PayoutCalculator.calculate(fullQuarter(SALES, withoutWinRate, goodGateValues())), "components",
                IncentiveKeys.ACTUAL_MISSING, "WIN_RATE", "win_rate");
    }

    @Test
    void aMeasurementForAComponentThePlanDoesNotHave_isRefused() {
        Map<String, Measurement> extra = new HashMap<>(salesMeasurements());
        extra.put("VISITS", new Measurement(d("1"), d("1"), MetricDirection.HIGHER));
        refused(() -> fullQuarter(SALES, extra, goodGateValues()), "components", IncentiveKeys.UNKNOWN_COMPONENT,
                "VISITS");
    }

    @Test
    void aMetricBindingMeasuresAgainstItsOwnTarget() {
        ComponentBinding.MetricBinding binding = (ComponentBinding.MetricBinding) SALES.component("WIN_RATE")
                .orElseThrow().binding();
        assertThat(binding.measure(d("24"))).isEqualTo(new Measurement(d("24"), d("25"), MetricDirection.HIGHER));
    }

    @Test
    void zeroTargetComponent_inAPlan_paysAsOnTarget() {
        // complaints, lower is better, target 0, actual 0 → 100 % attainment → 100 % payout → 2,000 × 100 % = 2,000.00
        PlanComponent complaints = new PlanComponent("COMPLAINTS", name("Complaints"),
                new ComponentBinding.MetricBinding("complaints", d("0"), MetricDirection.LOWER), d("100"),
                new TieredCurve(d("50"), d("0"), List.of(Tier.openFrom("100", "0")), null));
        PlanVersion service = new PlanVersion("SERVICE", 1, name("Service"), d("2000"), List.of(complaints), List.of());
        Map<String, Measurement> none = Map.of("COMPLAINTS", new Measurement(d("0"), d("0"), MetricDirection.LOWER));
        assertThat(PayoutCalculator.calculate(EmployeeInputs.single("E-1", Q1, fullQuarterUnder(service, null, none),
                Map.of())).total()).isEqualTo(d("2000.00"));
        Map<String, Measurement> one = Map.of("COMPLAINTS", new Measurement(d("1"), d("0"), MetricDirection.LOWER));
        assertThat(PayoutCalculator.calculate(EmployeeInputs.single("E-1", Q1, fullQuarterUnder(service, null, one),
                Map.of())).total()).isEqualTo(d("0.00"));
    }

    @Test
    void theSameInputsAlwaysGiveTheSameResult() {
        EmployeeInputs inputs = fullQuarter(SALES, salesMeasurements(), goodGateValues());
        assertThat(PayoutCalculator.calculate(inputs)).isEqualTo(PayoutCalculator.calculate(inputs));
    }
}
