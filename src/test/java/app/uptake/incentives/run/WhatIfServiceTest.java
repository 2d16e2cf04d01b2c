package app.uptake.incentives.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.uptake.incentives.calc.GateMeasure;
import app.uptake.incentives.calc.GateValue;
import app.uptake.incentives.calc.Measurement;
import app.uptake.incentives.calc.PayoutCalculator;
import app.uptake.incentives.calc.WhatIf;
import app.uptake.shared.BusinessRuleException;
import app.uptake.support.DemoLogins;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The what-if estimator on the team's sales plan (1,000 EUR at target; calls per week against 10 weigh 60 %). */
class WhatIfServiceTest extends RunTest {

    @Autowired
    WhatIfService whatIf;

    @Test
    void anEmployeeSeesTheirPlanWithTheirFiguresSoFarAndWhatOtherFiguresWouldPay() {
        long planId = teamPlan(false);
        signInAs(DemoLogins.EMPLOYEE);
        WhatIfService.MyPlan mine = whatIf.mine().stream().filter(p -> p.planId() == planId).findFirst().orElseThrow();
        assertThat(mine.period().contains(calendar.today())).isTrue();
        assertThat(mine.measuredUntil()).isEqualTo(calendar.today());
        assertThat(mine.components()).extracting(c -> c.component().code()).containsExactly("CALLS", "ACTIVE");
        Measurement calls = mine.components().getFirst().measurement();
        assertThat(calls.target()).isEqualByComparingTo("10");
        assertThat(mine.current().total()).isEqualByComparingTo(PayoutCalculator.calculate(mine.inputs()).total());

        // 20 calls a week instead of the figure so far: 60 % × (20 − calls) ÷ 10 of 1,000 EUR more, less 20 % without
        // the training; both totals rounded to the cent once, so the difference is within a cent of that
        boolean trained = Boolean.TRUE.equals(mine.gates().get(GateMeasure.MANDATORY_TRAINING_COMPLETED).flag());
        WhatIf.Estimate more = whatIf.estimate(planId, Map.of("CALLS", new BigDecimal("20")), Map.of());
        BigDecimal expected = new BigDecimal("60").multiply(new BigDecimal("20").subtract(calls.actual()))
                .multiply(trained ? BigDecimal.ONE : new BigDecimal("0.8")).setScale(2, RoundingMode.HALF_EVEN);
        assertThat(more.current().total()).isEqualByComparingTo(mine.current().total());
        assertThat(more.difference()).isCloseTo(expected, within(new BigDecimal("0.01")));

        // completing the training lifts the 20 % reduction
        WhatIf.Estimate trainedToo = whatIf.estimate(planId, Map.of("CALLS", new BigDecimal("20")),
                Map.of(GateMeasure.MANDATORY_TRAINING_COMPLETED, GateValue.flag(true)));
        assertThat(trainedToo.estimated().total()).isGreaterThanOrEqualTo(more.estimated().total());
    }

    @Test
    void negativeFiguresAndPlansTheEmployeeIsNotUnderAreRefused() {
        long planId = teamPlan(false);
        signInAs(DemoLogins.EMPLOYEE);
        assertThatThrownBy(() -> whatIf.estimate(planId, Map.of("CALLS", new BigDecimal("-1")), Map.of()))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("field", "CALLS")
                .hasFieldOrPropertyWithValue("messageKey", "whatIf.error.negative");
        signInAs(DemoLogins.HR);
        assertThat(whatIf.mine()).noneMatch(p -> p.planId() == planId);
        assertThatThrownBy(() -> whatIf.estimate(planId, Map.of(), Map.of())).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "whatIf.error.notInPlan");
    }
}
