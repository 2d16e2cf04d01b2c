package app.uptake.incentives.run.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.incentives.calc.ComponentBinding;
import app.uptake.incentives.calc.EmployeePayout;
import app.uptake.incentives.calc.EmploymentSpell;
import app.uptake.incentives.calc.Gate;
import app.uptake.incentives.calc.GateEffect;
import app.uptake.incentives.calc.GateMeasure;
import app.uptake.incentives.calc.GateValue;
import app.uptake.incentives.calc.Measurement;
import app.uptake.incentives.calc.PlanComponent;
import app.uptake.incentives.calc.PlanVersion;
import app.uptake.incentives.calc.Step;
import app.uptake.incentives.calc.StepTable;
import app.uptake.incentives.calc.Tier;
import app.uptake.incentives.calc.TieredCurve;
import app.uptake.incentives.run.internal.RunJson.FrozenInputs;
import app.uptake.metrics.MetricDirection;
import app.uptake.shared.DateRange;
import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a run freezes reads back exactly as it was written, and the same values always give the same text. */
class RunJsonTest {

    private static final DateRange Q3 = new DateRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

    /** Every kind of binding, curve and gate effect, with decimals whose scale matters (2.50, 1.5). */
    static PlanVersion plan() {
        TieredCurve tiered = new TieredCurve(new BigDecimal("50"), new BigDecimal("25.0"),
                List.of(Tier.upTo("100", "120", "1.5"), Tier.openFrom("120", "0.50")), new BigDecimal("200"));
        return new PlanVersion("FIELD", 3, new LocalizedText("Field sales", "Außendienst"), Currency.getInstance("EUR"),
                new BigDecimal("4000.00"), List.of(
                        new PlanComponent("REVENUE", new LocalizedText("Won revenue", "Gewonnener Umsatz"),
                                new ComponentBinding.GoalBinding(42), new BigDecimal("60"), tiered),
                        new PlanComponent("CASES", new LocalizedText("Case hours", "Fallstunden"),
                                new ComponentBinding.MetricBinding("CASE_RESOLUTION_HOURS", new BigDecimal("2.50"),
                                        MetricDirection.LOWER), new BigDecimal("40"),
                                StepTable.of(Step.of("0", "0"), Step.of("90", "50"), Step.of("100", "100")))),
                List.of(Gate.required("TRAINING", GateMeasure.MANDATORY_TRAINING_COMPLETED, GateEffect.zero()),
                        Gate.atLeast("DATA", GateMeasure.DATA_COMPLETENESS, "80", GateEffect.reduceBy("20"))
                                .onComponent("REVENUE"),
                        Gate.atLeast("ACTIVE", GateMeasure.CRM_ACTIVE_DAYS, "70", GateEffect.capAt("100"))));
    }

    static FrozenInputs inputs() {
        return new FrozenInputs(List.of(EmploymentSpell.fullTime(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 15)),
                EmploymentSpell.partTime(LocalDate.of(2026, 8, 16), LocalDate.of(2026, 9, 30), "0.5")),
                new BigDecimal("4500.00"), Map.of(
                        "REVENUE", new Measurement(new BigDecimal("118000.50"), new BigDecimal("100000"),
                                MetricDirection.HIGHER),
                        "CASES", new Measurement(new BigDecimal("2.25"), new BigDecimal("2.50"), MetricDirection.LOWER)),
                Map.of(GateMeasure.MANDATORY_TRAINING_COMPLETED, GateValue.flag(true),
                        GateMeasure.DATA_COMPLETENESS, GateValue.percent("76.4"),
                        GateMeasure.CRM_ACTIVE_DAYS, GateValue.percent("91")));
    }

    @Test
    void aPlanVersionReadsBackEqual() {
        PlanVersion plan = plan();
        String json = RunJson.plan(plan);
        assertThat(RunJson.readPlan(json)).isEqualTo(plan);
        assertThat(RunJson.plan(RunJson.readPlan(json))).isEqualTo(json);
        assertThat(json).contains("\"weight\":\"60\"", "\"Außendienst\"", "\"target\":\"4000.00\"");
    }

    @Test
    void frozenInputsReadBackEqualAndAreWrittenInKeyOrder() {
        FrozenInputs inputs = inputs();
        String json = RunJson.inputs(inputs);
        assertThat(RunJson.readInputs(json)).isEqualTo(inputs);
        assertThat(json).isEqualTo("{\"spells\":[[\"2026-07-01\",\"2026-08-15\",\"1\"],[\"2026-08-16\",\"2026-09-30\","
                + "\"0.5\"]],\"targetIncentive\":\"4500.00\",\"measurements\":{\"CASES\":[\"2.25\",\"2.50\",\"LOWER\"],"
                + "\"REVENUE\":[\"118000.50\",\"100000\",\"HIGHER\"]},\"gates\":{\"MANDATORY_TRAINING_COMPLETED\":true,"
                + "\"DATA_COMPLETENESS\":\"76.4\",\"CRM_ACTIVE_DAYS\":\"91\"}}");
    }

    @Test
    void aResultIsTheSameTextWhenCalculatedAgainFromWhatWasReadBack() {
        PlanVersion plan = plan();
        FrozenInputs inputs = inputs();
        EmployeePayout payout = RunCalculation.payout(plan, Q3, 7, inputs, List.of());
        String result = RunJson.result(payout);
        EmployeePayout again = RunCalculation.payout(RunJson.readPlan(RunJson.plan(plan)), Q3, 7,
                RunJson.readInputs(RunJson.inputs(inputs)), List.of());
        assertThat(RunJson.result(again)).isEqualTo(result);
        assertThat(result).contains("\"total\":\"" + payout.total().toPlainString() + "\"", "\"explanation\":[[\"");
    }
}
