package app.uptake.incentives.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.metrics.MetricDirection;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.DateRange;
import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Plans, periods and checks the calculation tests share. */
final class IncentiveFixtures {

    /** Q1 2025: 31 + 28 + 31 = 90 days, so 45 days are exactly a half. */
    static final DateRange Q1 = new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));

    static final long REVENUE_GOAL = 42L;

    private IncentiveFixtures() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static LocalizedText name(String en) {
        return new LocalizedText(en, en + " (de)");
    }

    /** Threshold 80 % paying 50 %, ×1.5 from 100 to 120 %, ×2 beyond, capped at 200 %. */
    static TieredCurve standardCurve() {
        return new TieredCurve(d("80"), d("50"),
                List.of(Tier.upTo("100", "120", "1.5"), Tier.openFrom("120", "2")), d("200"));
    }

    /** 50 % from 90 %, 100 % from 100 %, 150 % from 120 %. */
    static StepTable winRateSteps() {
        return StepTable.of(Step.of("90", "50"), Step.of("100", "100"), Step.of("120", "150"));
    }

    static PlanComponent revenue() {
        return new PlanComponent("REVENUE", name("Revenue"), new ComponentBinding.GoalBinding(REVENUE_GOAL), d("50"),
                standardCurve());
    }

    static PlanComponent winRate() {
        return new PlanComponent("WIN_RATE", name("Win rate"),
                new ComponentBinding.MetricBinding("win_rate", d("25"), MetricDirection.HIGHER), d("30"), winRateSteps());
    }

    /** Lower is better: 40 days, linear from 80 % paying 0 %, 1:1 above the target, no cap. */
    static PlanComponent daysToClose() {
        return new PlanComponent("DAYS_TO_CLOSE", name("Days to close"),
                new ComponentBinding.MetricBinding("days_to_close", d("40"), MetricDirection.LOWER), d("20"),
                TieredCurve.linear("80", "0"));
    }

    /** Sales plan: 6,000 EUR at 100 %, revenue 50 %, win rate 30 %, days to close 20 %. */
    static PlanVersion salesPlan(List<Gate> gates) {
        return new PlanVersion("SALES", 1, name("Sales"), d("6000"), List.of(revenue(), winRate(), daysToClose()),
                gates);
    }

    /**
     * The sales measurements: revenue 330,000 of 300,000 (110 % → 115 %), win rate 24 of 25 (96 % → 50 %), 36 days to
     * close against 40 (110 % → 110 %).
     */
    static Map<String, Measurement> salesMeasurements() {
        return Map.of(
                "REVENUE", new Measurement(d("330000"), d("300000"), MetricDirection.HIGHER),
                "WIN_RATE", new Measurement(d("24"), d("25"), MetricDirection.HIGHER),
                "DAYS_TO_CLOSE", new Measurement(d("36"), d("40"), MetricDirection.LOWER));
    }

    static Map<GateMeasure, GateValue> goodGateValues() {
        return Map.of(GateMeasure.MANDATORY_TRAINING_COMPLETED, GateValue.flag(true),
                GateMeasure.DATA_COMPLETENESS, GateValue.percent("92"),
                GateMeasure.CRM_ACTIVE_DAYS, GateValue.percent("85"));
    }

    static EmployeeInputs fullQuarter(PlanVersion plan, Map<String, Measurement> measurements,
            Map<GateMeasure, GateValue> gateValues) {
        return EmployeeInputs.single("E-1", Q1,
                new PlanAssignment(plan, List.of(EmploymentSpell.fullTime(Q1.from(), Q1.to())), measurements),
                gateValues);
    }

    /** One component of weight 100 on a metric with target 100, paying 1:1 from 0 (payout % = attainment %). */
    static PlanVersion simplePlan(String code, String targetIncentive) {
        PlanComponent component = new PlanComponent("VISITS", name("Visits"),
                new ComponentBinding.MetricBinding("visits", d("100"), MetricDirection.HIGHER), d("100"),
                TieredCurve.linear("0", "0"));
        return new PlanVersion(code, 1, name(code), d(targetIncentive), List.of(component), List.of());
    }

    static Map<String, Measurement> visits(String actual) {
        return Map.of("VISITS", new Measurement(d(actual), d("100"), MetricDirection.HIGHER));
    }

    static void refused(ThrowingCallable call, String field, String key, Object... args) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.args()).usingElementComparator(IncentiveFixtures::sameValue).containsExactly(args);
        });
    }

    /** Numbers equal in value (80 and 80.0), anything else by equals. */
    static int sameValue(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y);
        }
        return java.util.Objects.equals(a, b) ? 0 : 1;
    }

    /** Asserts a line's key and its arguments, numbers by value. */
    static void line(ExplanationLine line, String key, Object... args) {
        assertThat(line.key()).isEqualTo(key);
        assertThat(line.args()).usingElementComparator(IncentiveFixtures::sameValue).containsExactly(args);
    }

    static List<String> keys(List<ExplanationLine> lines) {
        return lines.stream().map(ExplanationLine::key).toList();
    }
}
