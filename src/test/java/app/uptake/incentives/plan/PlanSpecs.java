package app.uptake.incentives.plan;

import app.uptake.incentives.calc.GateMeasure;
import app.uptake.incentives.calc.Step;
import app.uptake.incentives.calc.Tier;
import app.uptake.metrics.MetricDirection;
import java.math.BigDecimal;
import java.util.List;

/** Specs of components and gates as an editor would send them, for the plan tests. */
public final class PlanSpecs {

    private PlanSpecs() {
    }

    public static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** Threshold 80 % paying 50 %, ×1.5 from 100 to 120 %, ×0.5 beyond (a decelerator), capped at 200 %. */
    public static CurveSpec standardCurve() {
        return CurveSpec.tiered(d("80"), d("50"), List.of(Tier.upTo("100", "120", "1.5"), Tier.openFrom("120", "0.5")),
                d("200"));
    }

    public static CurveSpec meetingSteps() {
        return CurveSpec.steps(List.of(Step.of("0", "0"), Step.of("60", "40"), Step.of("100", "100"),
                Step.of("125", "150")));
    }

    public static ComponentSpec goalComponent(long goalId, String weight) {
        return new ComponentSpec("WIN_RATE", "Win rate", "Abschlussquote", goalId, null, null, null, d(weight),
                standardCurve());
    }

    public static ComponentSpec metricComponent(String weight) {
        return new ComponentSpec("MEETINGS", "Meetings per week", "Termine pro Woche", null, "MEETINGS_PER_WEEK",
                d("4.50"), MetricDirection.HIGHER, d(weight), meetingSteps());
    }

    public static ComponentSpec metricComponent(String code, String weight, CurveSpec curve) {
        return new ComponentSpec(code, code, code, null, "MEETINGS_PER_WEEK", d("4"), MetricDirection.HIGHER,
                d(weight), curve);
    }

    public static List<GateSpec> gates() {
        return List.of(
                new GateSpec("TRAINING", GateMeasure.MANDATORY_TRAINING_COMPLETED, null, GateSpec.Effect.REDUCE,
                        d("50"), null),
                new GateSpec("DATA", GateMeasure.DATA_COMPLETENESS, d("80"), GateSpec.Effect.CAP, d("100"), null),
                new GateSpec("ACTIVE", GateMeasure.CRM_ACTIVE_DAYS, d("70.5"), GateSpec.Effect.ZERO, null,
                        "MEETINGS"));
    }
}
