package app.uptake.incentives.calc;

import static app.uptake.incentives.calc.IncentiveFixtures.d;
import static app.uptake.incentives.calc.IncentiveFixtures.daysToClose;
import static app.uptake.incentives.calc.IncentiveFixtures.name;
import static app.uptake.incentives.calc.IncentiveFixtures.refused;
import static app.uptake.incentives.calc.IncentiveFixtures.revenue;
import static app.uptake.incentives.calc.IncentiveFixtures.salesPlan;
import static app.uptake.incentives.calc.IncentiveFixtures.winRate;
import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.metrics.MetricDirection;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan version refuses what it could not pay out consistently: weights, duplicates, gates, amounts. */
class PlanVersionTest {

    private static PlanComponent weighted(PlanComponent component, String weight) {
        return new PlanComponent(component.code(), component.name(), component.binding(), d(weight), component.curve());
    }

    private static PlanVersion plan(List<PlanComponent> components) {
        return new PlanVersion("SALES", 1, name("Sales"), d("6000"), components, List.of());
    }

    @Test
    void eurIsTheDefaultCurrency() {
        assertThat(salesPlan(List.of()).currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(new PlanVersion("CH", 1, name("Swiss"), Currency.getInstance("CHF"), d("5000"),
                List.of(weighted(revenue(), "100")), List.of()).currency().getCurrencyCode()).isEqualTo("CHF");
    }

    @Test
    void weightsAddingUpToExactlyHundred_areAccepted_evenWithDecimals() {
        // 33.33 + 33.33 + 33.34 = 100
        PlanVersion plan = plan(List.of(weighted(revenue(), "33.33"), weighted(winRate(), "33.33"),
                weighted(daysToClose(), "33.34")));
        assertThat(plan.components()).hasSize(3);
    }

    @Test
    void weightsNotAddingUpToHundred() {
        // 50 + 30 + 21 = 101
        refused(() -> plan(List.of(revenue(), winRate(), weighted(daysToClose(), "21"))), "weights",
                IncentiveKeys.WEIGHTS_NOT_HUNDRED, d("101"));
        // 33.33 × 3 = 99.99: a hundredth short is still short
        refused(() -> plan(List.of(weighted(revenue(), "33.33"), weighted(winRate(), "33.33"),
                weighted(daysToClose(), "33.33"))), "weights", IncentiveKeys.WEIGHTS_NOT_HUNDRED, d("99.99"));
    }

    @Test
    void weightOfZeroOrLess() {
        refused(() -> plan(List.of(weighted(revenue(), "100"), weighted(winRate(), "0"))), "weights",
                IncentiveKeys.WEIGHT_NOT_POSITIVE, "WIN_RATE", d("0"));
        refused(() -> plan(List.of(weighted(revenue(), "110"), weighted(winRate(), "-10"))), "weights",
                IncentiveKeys.WEIGHT_NOT_POSITIVE, "WIN_RATE", d("-10"));
    }

    @Test
    void noComponentsOrTheSameComponentTwice() {
        refused(() -> plan(List.of()), "components", IncentiveKeys.NO_COMPONENTS);
        refused(() -> plan(List.of(weighted(revenue(), "50"), weighted(revenue(), "50"))), "components",
                IncentiveKeys.DUPLICATE_COMPONENT, "REVENUE");
    }

    @Test
    void targetIncentiveNotAboveZeroOrFinerThanACent() {
        List<PlanComponent> components = List.of(weighted(revenue(), "100"));
        refused(() -> new PlanVersion("S", 1, name("S"), d("0"), components, List.of()), "targetIncentive",
                IncentiveKeys.TARGET_INCENTIVE_NOT_POSITIVE, d("0"));
        refused(() -> new PlanVersion("S", 1, name("S"), d("5000.005"), components, List.of()), "targetIncentive",
                IncentiveKeys.AMOUNT_TOO_PRECISE, d("5000.005"), 2, "EUR");
        // trailing zeros are no extra precision
        assertThat(new PlanVersion("S", 1, name("S"), d("5000.000"), components, List.of()).targetIncentive())
                .isEqualByComparingTo("5000");
    }

    @Test
    void gatesTwiceOrOnAComponentThePlanDoesNotHave() {
        Gate training = Gate.required("TRAINING", GateMeasure.MANDATORY_TRAINING_COMPLETED, GateEffect.zero());
        refused(() -> salesPlan(List.of(training, training)), "gates", IncentiveKeys.DUPLICATE_GATE, "TRAINING");
        refused(() -> salesPlan(List.of(training.onComponent("VISITS"))), "gates", IncentiveKeys.GATE_UNKNOWN_COMPONENT,
                "TRAINING", "VISITS");
    }

    @Test
    void metricComponentWithANegativeTarget() {
        refused(() -> new ComponentBinding.MetricBinding("visits", d("-10"), MetricDirection.HIGHER), "target",
                IncentiveKeys.NEGATIVE_TARGET, d("-10"));
    }
}
