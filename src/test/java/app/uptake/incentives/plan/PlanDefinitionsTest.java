package app.uptake.incentives.plan;

import static app.uptake.incentives.plan.PlanSpecs.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.incentives.calc.GateMeasure;
import app.uptake.incentives.calc.IncentiveKeys;
import app.uptake.incentives.calc.PlanVersion;
import app.uptake.incentives.calc.Step;
import app.uptake.incentives.calc.Tier;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.LocalizedText;
import app.uptake.shared.ui.UptakeI18nProvider;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Each bad input of the version editor is refused with its own message, on the field and row it belongs to, in
 * English and German.
 */
class PlanDefinitionsTest {

    private static final UptakeI18nProvider I18N = new UptakeI18nProvider();

    private static PlanVersion version(List<ComponentSpec> components, List<GateSpec> gates) {
        return PlanDefinitions.toVersion("P", 1, new LocalizedText("P", "P"), Currency.getInstance("EUR"),
                d("6000"), components, gates);
    }

    private static BusinessRuleException refusal(ThrowingCallable call, String field, String key) {
        BusinessRuleException[] caught = new BusinessRuleException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
            caught[0] = e;
        });
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            assertThat(I18N.getTranslation(key, locale, caught[0].args())).doesNotStartWith("!");
        }
        return caught[0];
    }

    private static String english(BusinessRuleException e) {
        return I18N.getTranslation(e.messageKey(), Locale.ENGLISH, e.args());
    }

    @Test
    void aGoodPlanIsAccepted() {
        PlanVersion plan = version(List.of(PlanSpecs.goalComponent(1, "60"), PlanSpecs.metricComponent("40")),
                PlanSpecs.gates());
        assertThat(plan.components()).hasSize(2);
        assertThat(plan.gates()).hasSize(3);
        assertThat(PlanDefinitions.componentSpecs(plan).get(1)).isEqualTo(PlanSpecs.metricComponent("40"));
    }

    @Test
    void weightsMustAddUpToHundred() {
        BusinessRuleException e = refusal(() -> version(List.of(PlanSpecs.goalComponent(1, "60"),
                PlanSpecs.metricComponent("30")), List.of()), "weights", IncentiveKeys.WEIGHTS_NOT_HUNDRED);
        assertThat(english(e)).isEqualTo("The weights add up to 90%; they must add up to exactly 100%.");
    }

    @Test
    void aPlanNeedsComponents() {
        refusal(() -> version(List.of(), List.of()), "components", IncentiveKeys.NO_COMPONENTS);
    }

    @Test
    void overlappingTiersAreRefusedOnTheirRow() {
        CurveSpec overlapping = CurveSpec.tiered(d("80"), d("50"),
                List.of(Tier.upTo("100", "120", "1.5"), Tier.openFrom("115", "2")), null);
        BusinessRuleException e = refusal(() -> version(List.of(PlanSpecs.goalComponent(1, "50"),
                PlanSpecs.metricComponent("M2", "50", overlapping)), List.of()), "components[1].tiers",
                IncentiveKeys.TIER_OVERLAP);
        assertThat(english(e)).startsWith("The tiers overlap: one ends at 120%, the next already starts at 115%.");
    }

    @Test
    void aCapBelowTheThresholdPayoutIsRefused() {
        CurveSpec capped = CurveSpec.tiered(d("80"), d("120"), List.of(), d("110"));
        refusal(() -> version(List.of(PlanSpecs.metricComponent("M", "100", capped)), List.of()),
                "components[0].thresholdPayout", IncentiveKeys.THRESHOLD_PAYOUT_RANGE);
        CurveSpec below = CurveSpec.tiered(d("80"), d("90"), List.of(), d("85"));
        refusal(() -> version(List.of(PlanSpecs.metricComponent("M", "100", below)), List.of()), "components[0].cap",
                IncentiveKeys.CAP_BELOW_THRESHOLD_PAYOUT);
        CurveSpec belowTarget = CurveSpec.tiered(d("80"), d("50"), List.of(), d("95"));
        refusal(() -> version(List.of(PlanSpecs.metricComponent("M", "100", belowTarget)), List.of()),
                "components[0].cap", IncentiveKeys.CAP_BELOW_TARGET);
    }

    @Test
    void aThresholdFromHundredOrNegativeIsRefused() {
        for (String threshold : List.of("100", "120", "-1")) {
            CurveSpec curve = CurveSpec.tiered(d(threshold), d("0"), List.of(), null);
            refusal(() -> version(List.of(PlanSpecs.metricComponent("M", "100", curve)), List.of()),
                    "components[0].threshold", IncentiveKeys.THRESHOLD_RANGE);
        }
    }

    @Test
    void aStepTableMustAscend() {
        CurveSpec steps = CurveSpec.steps(List.of(Step.of("0", "0"), Step.of("100", "100"), Step.of("90", "120")));
        BusinessRuleException e = refusal(() -> version(List.of(PlanSpecs.metricComponent("M", "100", steps)),
                List.of()), "components[0].steps", IncentiveKeys.STEPS_NOT_ASCENDING);
        assertThat(english(e)).isEqualTo("The bands must be in ascending order of attainment: 90% comes after 100%.");
        refusal(() -> version(List.of(PlanSpecs.metricComponent("M", "100", CurveSpec.steps(List.of()))), List.of()),
                "components[0].steps", IncentiveKeys.NO_STEPS);
    }

    @Test
    void componentsNeedCodeNameBindingAndWeight() {
        ComponentSpec good = PlanSpecs.metricComponent("100");
        refusal(() -> version(List.of(new ComponentSpec(" ", good.nameEn(), good.nameDe(), null, good.metricCode(),
                good.metricTarget(), good.direction(), good.weight(), good.curve())), List.of()),
                "components[0].code", "validation.required");
        refusal(() -> version(List.of(new ComponentSpec("a b", good.nameEn(), good.nameDe(), null, good.metricCode(),
                good.metricTarget(), good.direction(), good.weight(), good.curve())), List.of()),
                "components[0].code", "incentivePlans.error.codeFormat");
        refusal(() -> version(List.of(new ComponentSpec("M", good.nameEn(), good.nameDe(), null, null,
                good.metricTarget(), good.direction(), good.weight(), good.curve())), List.of()),
                "components[0].binding", "incentivePlans.error.bindingRequired");
        refusal(() -> version(List.of(new ComponentSpec("M", good.nameEn(), good.nameDe(), null, good.metricCode(),
                d("-1"), good.direction(), good.weight(), good.curve())), List.of()),
                "components[0].target", IncentiveKeys.NEGATIVE_TARGET);
        refusal(() -> version(List.of(new ComponentSpec("M", good.nameEn(), good.nameDe(), null, good.metricCode(),
                good.metricTarget(), good.direction(), d("0"), good.curve())), List.of()),
                "components[0].weight", IncentiveKeys.WEIGHT_NOT_POSITIVE);
        refusal(() -> version(List.of(PlanSpecs.metricComponent("50"), PlanSpecs.metricComponent("50")), List.of()),
                "components[1].code", IncentiveKeys.DUPLICATE_COMPONENT);
    }

    @Test
    void gatesAreCheckedOnTheirRow() {
        List<ComponentSpec> components = List.of(PlanSpecs.metricComponent("100"));
        List<GateSpec> unknownComponent = new ArrayList<>(PlanSpecs.gates());
        unknownComponent.set(2, new GateSpec("ACTIVE", GateMeasure.CRM_ACTIVE_DAYS, d("70"), GateSpec.Effect.ZERO,
                null, "NOPE"));
        refusal(() -> version(components, unknownComponent), "gates[2].component",
                IncentiveKeys.GATE_UNKNOWN_COMPONENT);
        refusal(() -> version(components, List.of(new GateSpec("T", GateMeasure.MANDATORY_TRAINING_COMPLETED, null,
                GateSpec.Effect.REDUCE, d("150"), null))), "gates[0].percent", IncentiveKeys.REDUCE_RANGE);
        refusal(() -> version(components, List.of(new GateSpec("T", GateMeasure.MANDATORY_TRAINING_COMPLETED, null,
                GateSpec.Effect.CAP, null, null))), "gates[0].percent", "validation.required");
        refusal(() -> version(components, List.of(new GateSpec("D", GateMeasure.DATA_COMPLETENESS, null,
                GateSpec.Effect.ZERO, null, null))), "gates[0].minimum", IncentiveKeys.GATE_MINIMUM_MISSING);
        refusal(() -> version(components, List.of(new GateSpec("D", GateMeasure.DATA_COMPLETENESS, d("101"),
                GateSpec.Effect.ZERO, null, null))), "gates[0].minimum", IncentiveKeys.GATE_MINIMUM_RANGE);
        refusal(() -> version(components, List.of(PlanSpecs.gates().get(0), PlanSpecs.gates().get(0))),
                "gates[1].code", IncentiveKeys.DUPLICATE_GATE);
    }
}
