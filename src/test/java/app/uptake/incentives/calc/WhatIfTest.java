package app.uptake.incentives.calc;

import static app.uptake.incentives.calc.IncentiveFixtures.d;
import static app.uptake.incentives.calc.IncentiveFixtures.fullQuarter;
import static app.uptake.incentives.calc.IncentiveFixtures.goodGateValues;
import static app.uptake.incentives.calc.IncentiveFixtures.refused;
import static app.uptake.incentives.calc.IncentiveFixtures.salesMeasurements;
import static app.uptake.incentives.calc.IncentiveFixtures.salesPlan;
import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.metrics.MetricDirection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What-if on the sales plan (today 94.5 % → 5,670.00 EUR), through the same calculator as a run. */
class WhatIfTest {

    private static final EmployeeInputs TODAY = fullQuarter(salesPlan(List.of()), salesMeasurements(), goodGateValues());

    @Test
    void ifMyWinRateWere30_thePayoutWouldBe7470() {
        // 30 ÷ 25 = 120 % → band from 120 % pays 150 % × 30 % = 45 % (instead of 15): 57.5 + 45 + 22 = 124.5 % → 7,470.00
        WhatIf.Estimate estimate = WhatIf.from(TODAY).actual("WIN_RATE", d("30")).estimate();
        assertThat(estimate.current().total()).isEqualTo(d("5670.00"));
        assertThat(estimate.estimated().total()).isEqualTo(d("7470.00"));
        assertThat(estimate.difference()).isEqualTo(d("1800.00"));
    }

    @Test
    void withThirtyThousandMoreRevenue_thePayoutWouldBe6120() {
        // 360,000 ÷ 300,000 = 120 % → 130 % × 50 % = 65 %: 65 + 15 + 22 = 102 % → 6,120.00
        assertThat(WhatIf.from(TODAY).more("REVENUE", d("30000")).estimate().estimated().total())
                .isEqualTo(d("6120.00"));
    }

    @Test
    void changesCombine_andTheBaseStaysAsItWas() {
        // 65 + 45 + 22 = 132 % → 7,920.00
        WhatIf base = WhatIf.from(TODAY);
        WhatIf both = base.actual("WIN_RATE", d("30")).more("REVENUE", d("30000"));
        assertThat(both.estimate().estimated().total()).isEqualTo(d("7920.00"));
        assertThat(base.inputs()).isEqualTo(TODAY);
        assertThat(both.inputs().assignments().getFirst().measurements().get("REVENUE").actual())
                .isEqualByComparingTo("360000");
    }

    @Test
    void isTheSameCalculationAsARunOnTheChangedInputs() {
        Map<String, Measurement> changed = new HashMap<>(salesMeasurements());
        changed.put("WIN_RATE", new Measurement(d("30"), d("25"), MetricDirection.HIGHER));
        EmployeePayout direct = PayoutCalculator.calculate(fullQuarter(salesPlan(List.of()), changed, goodGateValues()));
        assertThat(WhatIf.from(TODAY).actual("WIN_RATE", d("30")).estimate().estimated()).isEqualTo(direct);
    }

    @Test
    void ifICompletedMyTraining_theGateWouldNoLongerCapMe() {
        // the training gate caps the whole payout at 80 %: today 80 % → 4,800.00; with the training 94.5 % → 5,670.00
        Gate cap = Gate.required("TRAINING", GateMeasure.MANDATORY_TRAINING_COMPLETED, GateEffect.capAt("80"));
        Map<GateMeasure, GateValue> untrained = Map.of(GateMeasure.MANDATORY_TRAINING_COMPLETED, GateValue.flag(false));
        WhatIf.Estimate estimate = WhatIf.from(fullQuarter(salesPlan(List.of(cap)), salesMeasurements(), untrained))
                .gate(GateMeasure.MANDATORY_TRAINING_COMPLETED, GateValue.flag(true)).estimate();
        assertThat(estimate.current().total()).isEqualTo(d("4800.00"));
        assertThat(estimate.estimated().total()).isEqualTo(d("5670.00"));
        assertThat(estimate.difference()).isEqualTo(d("870.00"));
    }

    @Test
    void aComponentTheEmployeeHasNoMeasurementFor_isRefused() {
        refused(() -> WhatIf.from(TODAY).actual("VISITS", d("10")), "components", IncentiveKeys.UNKNOWN_COMPONENT,
                "VISITS");
    }
}
