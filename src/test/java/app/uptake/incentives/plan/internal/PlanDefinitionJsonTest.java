package app.uptake.incentives.plan.internal;

import static app.uptake.incentives.plan.PlanSpecs.d;
import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.incentives.calc.PlanVersion;
import app.uptake.incentives.calc.TieredCurve;
import app.uptake.incentives.plan.ComponentSpec;
import app.uptake.incentives.plan.CurveSpec;
import app.uptake.incentives.plan.GateSpec;
import app.uptake.incentives.plan.PlanDefinitions;
import app.uptake.incentives.plan.PlanSpecs;
import app.uptake.shared.LocalizedText;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A version goes into the database as JSON and comes back as exactly the same plan, decimals and scales included. */
class PlanDefinitionJsonTest {

    private static PlanVersion plan(List<ComponentSpec> components, List<GateSpec> gates) {
        return PlanDefinitions.toVersion("SALES-BAV", 3, new LocalizedText("Sales Bavaria", "Vertrieb Bayern"),
                Currency.getInstance("CHF"), d("6000.00"), components, gates);
    }

    @Test
    void aWholePlanComesBackEqual() {
        PlanVersion original = plan(List.of(PlanSpecs.goalComponent(4711, "60.0"), PlanSpecs.metricComponent("40.0")),
                PlanSpecs.gates());

        String json = PlanDefinitionJson.write(new PlanDefinitionJson.Definition(
                PlanDefinitions.componentSpecs(original), PlanDefinitions.gateSpecs(original)));
        PlanDefinitionJson.Definition read = PlanDefinitionJson.read(json);
        PlanVersion back = plan(read.components(), read.gates());

        assertThat(back).isEqualTo(original);
        // plain decimals with their scale, never a double or an exponent
        assertThat(json).contains("\"metricTarget\":4.50", "\"weight\":60.0", "\"slope\":0.5", "\"minimum\":70.5")
                .doesNotContain("E+").doesNotContain("E-");
        assertThat(((TieredCurve) back.components().getFirst().curve()).tiers().get(1).slope()).isEqualTo(d("0.5"));
        assertThat(back.components().get(1).binding()).isEqualTo(original.components().get(1).binding());
    }

    @Test
    void decimalsBeyondDoublePrecisionSurvive() {
        CurveSpec fine = CurveSpec.tiered(d("79.123456789012345678901234567"), d("33.333333333333333333333333"),
                List.of(), d("150.000000000000000000001"));
        PlanVersion original = plan(List.of(PlanSpecs.metricComponent("ONE", "100", fine)), List.of());

        String json = PlanDefinitionJson.write(new PlanDefinitionJson.Definition(
                PlanDefinitions.componentSpecs(original), PlanDefinitions.gateSpecs(original)));
        PlanDefinitionJson.Definition read = PlanDefinitionJson.read(json);

        assertThat(plan(read.components(), read.gates())).isEqualTo(original);
        assertThat(read.components().getFirst().curve().threshold()).isEqualTo(d("79.123456789012345678901234567"));
    }
}
