package app.uptake.incentives.calc;

import static app.uptake.incentives.calc.IncentiveFixtures.d;
import static app.uptake.incentives.calc.IncentiveFixtures.fullQuarter;
import static app.uptake.incentives.calc.IncentiveFixtures.goodGateValues;
import static app.uptake.incentives.calc.IncentiveFixtures.line;
import static app.uptake.incentives.calc.IncentiveFixtures.refused;
import static app.uptake.incentives.calc.IncentiveFixtures.salesMeasurements;
import static app.uptake.incentives.calc.IncentiveFixtures.salesPlan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Gates on the sales plan. Without gates the employee earns 94.5 % of 6,000 EUR = 5,670.00 EUR: revenue 115 % × 50 %
 * = 57.5, win rate 50 % × 30 % = 15, days to close 110 % × 20 % = 22.
 */
class GateTest {

    private static final Gate TRAINING_ZERO =
            Gate.required("TRAINING", GateMeasure.MANDATORY_TRAINING_COMPLETED, GateEffect.zero());
    private static final Gate COMPLETENESS_REDUCE =
            Gate.atLeast("COMPLETENESS", GateMeasure.DATA_COMPLETENESS, "80", GateEffect.reduceBy("20"));
    private static final Gate ACTIVE_DAYS_ZERO =
            Gate.atLeast("ACTIVE_DAYS", GateMeasure.CRM_ACTIVE_DAYS, "70", GateEffect.zero());

    private static EmployeePayout pay(List<Gate> gates, GateMeasure measure, GateValue value) {
        Map<GateMeasure, GateValue> values = new HashMap<>(goodGateValues());
        if (measure != null) {
            values.put(measure, value);
        }
        return PayoutCalculator.calculate(fullQuarter(salesPlan(gates), salesMeasurements(), values));
    }

    @Test
    void allGatesMet_changeNothing_andSaySo() {
        EmployeePayout payout = pay(List.of(TRAINING_ZERO, COMPLETENESS_REDUCE, ACTIVE_DAYS_ZERO), null, null);
        assertThat(payout.total()).isEqualByComparingTo("5670.00");
        assertThat(payout.plan().gates()).allSatisfy(g -> {
            assertThat(g.met()).isTrue();
            assertThat(g.changedPayout()).isFalse();
        });
        line(payout.plan().gates().get(0).explanation().getFirst(), IncentiveKeys.EXPLAIN_GATE_FLAG_MET,
                GateMeasure.MANDATORY_TRAINING_COMPLETED.label());
        line(payout.plan().gates().get(1).explanation().getFirst(), IncentiveKeys.EXPLAIN_GATE_MINIMUM_MET,
                GateMeasure.DATA_COMPLETENESS.label(), d("92"), d("80"));
    }

    @Test
    void minimumReachedExactly_passes() {
        EmployeePayout payout = pay(List.of(COMPLETENESS_REDUCE), GateMeasure.DATA_COMPLETENESS, GateValue.percent("80"));
        assertThat(payout.plan().gates().getFirst().met()).isTrue();
        assertThat(payout.total()).isEqualByComparingTo("5670.00");
    }

    @Test
    void wholePayout_zero_whenActiveDaysJustBelowTheMinimum() {
        EmployeePayout payout = pay(List.of(ACTIVE_DAYS_ZERO), GateMeasure.CRM_ACTIVE_DAYS, GateValue.percent("69.99"));
        GateOutcome gate = payout.plan().gates().getFirst();
        assertThat(gate.met()).isFalse();
        assertThat(gate.before()).isEqualByComparingTo("94.5");
        assertThat(gate.after()).isEqualByComparingTo("0");
        line(gate.explanation().get(0), IncentiveKeys.EXPLAIN_GATE_MINIMUM_MISSED, GateMeasure.CRM_ACTIVE_DAYS.label(),
                d("69.99"), d("70"));
        line(gate.explanation().get(1), IncentiveKeys.EXPLAIN_GATE_ZERO, d("94.5"));
        assertThat(payout.total()).isEqualByComparingTo("0.00");
        // the components still show what they earned before the gate
        assertThat(payout.plan().componentPercent()).isEqualByComparingTo("94.5");
    }

    @Test
    void wholePayout_reducedByTwentyPercent() {
        // 94.5 × (100 − 20) % = 75.6 → 6,000 × 75.6 % = 4,536.00
        EmployeePayout payout = pay(List.of(COMPLETENESS_REDUCE), GateMeasure.DATA_COMPLETENESS, GateValue.percent("75"));
        GateOutcome gate = payout.plan().gates().getFirst();
        line(gate.explanation().get(1), IncentiveKeys.EXPLAIN_GATE_REDUCE, d("20"), d("94.5"), d("75.6"));
        assertThat(payout.plan().payoutPercent()).isEqualByComparingTo("75.6");
        assertThat(payout.total()).isEqualByComparingTo("4536.00");
    }

    @Test
    void wholePayout_cappedAtNinety_whenTrainingIsMissing() {
        // 94.5 → 90 → 6,000 × 90 % = 5,400.00
        Gate cap = Gate.required("TRAINING", GateMeasure.MANDATORY_TRAINING_COMPLETED, GateEffect.capAt("90"));
        EmployeePayout payout = pay(List.of(cap), GateMeasure.MANDATORY_TRAINING_COMPLETED, GateValue.flag(false));
        GateOutcome gate = payout.plan().gates().getFirst();
        line(gate.explanation().get(0), IncentiveKeys.EXPLAIN_GATE_FLAG_MISSED,
                GateMeasure.MANDATORY_TRAINING_COMPLETED.label());
        line(gate.explanation().get(1), IncentiveKeys.EXPLAIN_GATE_CAP, d("90"), d("94.5"), d("90"));
        assertThat(payout.total()).isEqualByComparingTo("5400.00");
    }

    @Test
    void aMissedCapAboveThePayout_changesNothing_butIsListed() {
        Gate cap = Gate.required("TRAINING", GateMeasure.MANDATORY_TRAINING_COMPLETED, GateEffect.capAt("100"));
        EmployeePayout payout = pay(List.of(cap), GateMeasure.MANDATORY_TRAINING_COMPLETED, GateValue.flag(false));
        GateOutcome gate = payout.plan().gates().getFirst();
        assertThat(gate.met()).isFalse();
        assertThat(gate.changedPayout()).isFalse();
        line(gate.explanation().get(1), IncentiveKeys.EXPLAIN_GATE_CAP_NOT_REACHED, d("100"), d("94.5"));
        assertThat(payout.total()).isEqualByComparingTo("5670.00");
    }

    @Test
    void component_cappedAtTarget_takesAwayOnlyThatComponentsUpside() {
        // revenue 115 → 100: 50 + 15 + 22 = 87 % → 5,220.00
        Gate cap = Gate.required("TRAINING", GateMeasure.MANDATORY_TRAINING_COMPLETED, GateEffect.capAt("100"))
                .onComponent("REVENUE");
        EmployeePayout payout = pay(List.of(cap), GateMeasure.MANDATORY_TRAINING_COMPLETED, GateValue.flag(false));
        ComponentPayout revenue = payout.plan().component("REVENUE");
        assertThat(revenue.curve().percent()).isEqualByComparingTo("115");
        assertThat(revenue.payoutPercent()).isEqualByComparingTo("100");
        assertThat(revenue.gates()).singleElement().satisfies(g -> assertThat(g.componentCode()).isEqualTo("REVENUE"));
        assertThat(payout.plan().gates()).isEmpty();
        assertThat(payout.total()).isEqualByComparingTo("5220.00");
    }

    @Test
    void component_zero() {
        // win rate 50 → 0: 57.5 + 0 + 22 = 79.5 % → 4,770.00
        Gate zero = TRAINING_ZERO.onComponent("WIN_RATE");
        EmployeePayout payout = pay(List.of(zero), GateMeasure.MANDATORY_TRAINING_COMPLETED, GateValue.flag(false));
        assertThat(payout.plan().component("WIN_RATE").payoutPercent()).isEqualByComparingTo("0");
        assertThat(payout.total()).isEqualByComparingTo("4770.00");
    }

    @Test
    void component_reduced() {
        // days to close 110 × 50 % = 55 → × 20 % = 11: 57.5 + 15 + 11 = 83.5 % → 5,010.00
        Gate halve = Gate.atLeast("ACTIVE", GateMeasure.CRM_ACTIVE_DAYS, "70", GateEffect.reduceBy("50"))
                .onComponent("DAYS_TO_CLOSE");
        EmployeePayout payout = pay(List.of(halve), GateMeasure.CRM_ACTIVE_DAYS, GateValue.percent("60"));
        assertThat(payout.plan().component("DAYS_TO_CLOSE").payoutPercent()).isEqualByComparingTo("55");
        assertThat(payout.total()).isEqualByComparingTo("5010.00");
    }

    @Test
    void gatesApplyInPlanOrder_reduceThenCap_orCapThenReduce() {
        Gate reduce = COMPLETENESS_REDUCE;
        Gate cap = Gate.required("TRAINING", GateMeasure.MANDATORY_TRAINING_COMPLETED, GateEffect.capAt("80"));
        Map<GateMeasure, GateValue> bad = Map.of(GateMeasure.DATA_COMPLETENESS, GateValue.percent("75"),
                GateMeasure.MANDATORY_TRAINING_COMPLETED, GateValue.flag(false));
        // 94.5 × 0.8 = 75.6, under the cap of 80 → 4,536.00
        assertThat(PayoutCalculator.calculate(fullQuarter(salesPlan(List.of(reduce, cap)), salesMeasurements(), bad))
                .total()).isEqualByComparingTo("4536.00");
        // 94.5 → 80, × 0.8 = 64 → 3,840.00
        assertThat(PayoutCalculator.calculate(fullQuarter(salesPlan(List.of(cap, reduce)), salesMeasurements(), bad))
                .total()).isEqualByComparingTo("3840.00");
    }

    @Test
    void gradedGatesOnOneMeasure() {
        Gate below80 = COMPLETENESS_REDUCE;
        Gate below60 = Gate.atLeast("COMPLETENESS_LOW", GateMeasure.DATA_COMPLETENESS, "60", GateEffect.zero());
        // 70: only the first misses → 75.6 % → 4,536.00
        assertThat(pay(List.of(below80, below60), GateMeasure.DATA_COMPLETENESS, GateValue.percent("70")).total())
                .isEqualByComparingTo("4536.00");
        // 50: both miss → 0
        assertThat(pay(List.of(below80, below60), GateMeasure.DATA_COMPLETENESS, GateValue.percent("50")).total())
                .isEqualByComparingTo("0.00");
    }

    @Test
    void badGates() {
        refused(() -> GateEffect.reduceBy("0"), "effect", IncentiveKeys.REDUCE_RANGE, d("0"));
        refused(() -> GateEffect.reduceBy("120"), "effect", IncentiveKeys.REDUCE_RANGE, d("120"));
        refused(() -> GateEffect.capAt("-1"), "effect", IncentiveKeys.GATE_CAP_NEGATIVE, d("-1"));
        refused(() -> new Gate("C", GateMeasure.DATA_COMPLETENESS, null, GateEffect.zero(), null), "minimum",
                IncentiveKeys.GATE_MINIMUM_MISSING, "C");
        refused(() -> new Gate("T", GateMeasure.MANDATORY_TRAINING_COMPLETED, d("50"), GateEffect.zero(), null),
                "minimum", IncentiveKeys.GATE_MINIMUM_FOR_FLAG, "T");
        refused(() -> Gate.atLeast("C", GateMeasure.DATA_COMPLETENESS, "101", GateEffect.zero()), "minimum",
                IncentiveKeys.GATE_MINIMUM_RANGE, "C", d("101"));
        // reducing by the full 100 % is allowed and pays nothing
        assertThat(GateEffect.reduceBy("100").apply(d("94.5")).payout()).isEqualByComparingTo("0");
    }

    @Test
    void badGateValues() {
        List<Gate> gates = List.of(COMPLETENESS_REDUCE);
        Map<GateMeasure, GateValue> none = Map.of();
        refused(() -> PayoutCalculator.calculate(fullQuarter(salesPlan(gates), salesMeasurements(), none)), "gates",
                IncentiveKeys.GATE_VALUE_MISSING, "COMPLETENESS");
        refused(() -> pay(gates, GateMeasure.DATA_COMPLETENESS, GateValue.flag(true)), "gates",
                IncentiveKeys.GATE_VALUE_KIND, "COMPLETENESS");
        refused(() -> pay(gates, GateMeasure.DATA_COMPLETENESS, GateValue.percent("130")), "gates",
                IncentiveKeys.GATE_VALUE_RANGE, "COMPLETENESS", d("130"));
    }
}
