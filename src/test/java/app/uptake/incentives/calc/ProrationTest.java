package app.uptake.incentives.calc;

import static app.uptake.incentives.calc.IncentiveFixtures.Q1;
import static app.uptake.incentives.calc.IncentiveFixtures.d;
import static app.uptake.incentives.calc.IncentiveFixtures.day;
import static app.uptake.incentives.calc.IncentiveFixtures.line;
import static app.uptake.incentives.calc.IncentiveFixtures.name;
import static app.uptake.incentives.calc.IncentiveFixtures.refused;
import static app.uptake.incentives.calc.IncentiveFixtures.simplePlan;
import static app.uptake.incentives.calc.IncentiveFixtures.visits;
import static app.uptake.incentives.calc.IncentiveFixtures.winRateSteps;
import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.metrics.MetricDirection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Proration by calendar days and FTE over Q1 2025 (90 days). The plan pays 9,000 EUR at 100 % with one component whose
 * payout equals its attainment, so every amount here is 9,000 × attainment × Σ(days × FTE) ÷ 90.
 */
class ProrationTest {

    private static final PlanVersion PLAN = simplePlan("FIELD", "9000");

    private static EmployeePayout pay(List<EmploymentSpell> spells, String visits) {
        return PayoutCalculator.calculate(EmployeeInputs.single("E-1", Q1,
                new PlanAssignment(PLAN, spells, visits(visits)), Map.of()));
    }

    @Test
    void wholePeriodFullTime_isNotProrated() {
        EmployeePayout payout = pay(List.of(EmploymentSpell.fullTime(Q1.from(), Q1.to())), "100");
        assertThat(payout.plan().proration().factor()).isEqualByComparingTo("1");
        assertThat(payout.total()).isEqualByComparingTo("9000.00");
    }

    @Test
    void joinerOnFebruary15_gets45of90Days() {
        // 15 Feb–31 Mar = 14 + 31 = 45 days → 9,000 × 45 ÷ 90 = 4,500.00
        EmployeePayout payout = pay(List.of(EmploymentSpell.fullTime(day("2025-02-15"), Q1.to())), "100");
        Proration proration = payout.plan().proration();
        assertThat(proration.weightedDays()).isEqualByComparingTo("45");
        assertThat(proration.periodDays()).isEqualTo(90);
        assertThat(proration.factor()).isEqualByComparingTo("0.5");
        line(proration.explanation().get(0), IncentiveKeys.EXPLAIN_SPELL, day("2025-02-15"), day("2025-03-31"), 45L,
                d("1"), d("45"));
        line(proration.explanation().get(1), IncentiveKeys.EXPLAIN_PRORATION, d("45"), 90L, d("0.5"));
        assertThat(payout.total()).isEqualByComparingTo("4500.00");
    }

    @Test
    void leaverOnJanuary20_gets20of90Days() {
        // 9,000 × 20 ÷ 90 = 2,000.00
        EmployeePayout payout = pay(List.of(EmploymentSpell.fullTime(Q1.from(), day("2025-01-20"))), "100");
        assertThat(payout.total()).isEqualByComparingTo("2000.00");
    }

    @Test
    void joinerForTheLastTenDays_at110Percent() {
        // 22–31 Mar = 10 days: 9,000 × 110 % × 10 ÷ 90 = 1,100.00
        assertThat(pay(List.of(EmploymentSpell.fullTime(day("2025-03-22"), Q1.to())), "110").total())
                .isEqualByComparingTo("1100.00");
    }

    @Test
    void joinerForSevenDaysOfA1000Plan_aShareThatDoesNotTerminate() {
        // 25–31 Mar = 7 days: 1,000 × 7 ÷ 90 = 77.777… → 77.78
        EmployeePayout payout = PayoutCalculator.calculate(EmployeeInputs.single("E-1", Q1,
                new PlanAssignment(simplePlan("SMALL", "1000"),
                        List.of(EmploymentSpell.fullTime(day("2025-03-25"), Q1.to())), visits("100")), Map.of()));
        assertThat(payout.plan().proration().factor()).isEqualTo(d("0.07777777777777777777777777777777778"));
        assertThat(payout.total()).isEqualTo(d("77.78"));
    }

    @Test
    void partTimeHalf_wholePeriod() {
        // 90 × 0.5 = 45 weighted days → 4,500.00
        EmployeePayout payout = pay(List.of(EmploymentSpell.partTime(Q1.from(), Q1.to(), "0.5")), "100");
        assertThat(payout.plan().proration().weightedDays()).isEqualByComparingTo("45");
        assertThat(payout.total()).isEqualByComparingTo("4500.00");
    }

    @Test
    void partTimeFromMidPeriod_twoSpellsUnderOnePlan() {
        // 1 Jan–14 Feb 45 days × 1.0 + 15 Feb–31 Mar 45 days × 0.6 = 45 + 27 = 72 → 9,000 × 72 ÷ 90 = 7,200.00
        EmployeePayout payout = pay(List.of(EmploymentSpell.fullTime(Q1.from(), day("2025-02-14")),
                EmploymentSpell.partTime(day("2025-02-15"), Q1.to(), "0.6")), "100");
        assertThat(payout.plan().proration().weightedDays()).isEqualByComparingTo("72");
        assertThat(payout.plan().proration().factor()).isEqualByComparingTo("0.8");
        assertThat(payout.total()).isEqualByComparingTo("7200.00");
    }

    @Test
    void transferOnFebruary10_betweenTwoPlans_eachPaysItsOwnDays() {
        // plan A, 9,000 EUR, 1 Jan–9 Feb = 31 + 9 = 40 days, 110 % → 9,000 × 110 % × 40 ÷ 90 = 4,400.00
        // plan B, 12,000 EUR on a step table, 10 Feb–31 Mar = 19 + 31 = 50 days, 100 % → 12,000 × 50 ÷ 90 = 6,666.666…
        // total 11,066.666… → 11,066.67
        PlanComponent deals = new PlanComponent("DEALS", name("Deals"),
                new ComponentBinding.MetricBinding("deals", d("20"), MetricDirection.HIGHER), d("100"), winRateSteps());
        PlanVersion planB = new PlanVersion("KEY_ACCOUNTS", 3, name("Key accounts"), d("12000"), List.of(deals),
                List.of());
        PlanAssignment underA = new PlanAssignment(PLAN, List.of(EmploymentSpell.fullTime(Q1.from(), day("2025-02-09"))),
                visits("110"));
        PlanAssignment underB = new PlanAssignment(planB, List.of(EmploymentSpell.fullTime(day("2025-02-10"), Q1.to())),
                Map.of("DEALS", new Measurement(d("20"), d("20"), MetricDirection.HIGHER)));
        EmployeePayout payout = PayoutCalculator.calculate(
                new EmployeeInputs("E-1", Q1, List.of(underA, underB), Map.of(), List.of()));

        assertThat(payout.plans()).hasSize(2);
        assertThat(payout.plans().get(0).amount()).isEqualByComparingTo("4400");
        assertThat(payout.plans().get(1).proration().weightedDays()).isEqualByComparingTo("50");
        assertThat(payout.plans().get(1).amount()).isEqualByComparingTo("6666.666666666666666666666666666667");
        assertThat(payout.exactTotal()).isEqualByComparingTo("11066.666666666666666666666666666667");
        assertThat(payout.total()).isEqualTo(d("11066.67"));
    }

    @Test
    void badEmployment() {
        refused(() -> EmploymentSpell.partTime(Q1.from(), Q1.to(), "0"), "fte", IncentiveKeys.FTE_RANGE, d("0"));
        refused(() -> EmploymentSpell.partTime(Q1.from(), Q1.to(), "1.2"), "fte", IncentiveKeys.FTE_RANGE, d("1.2"));
        refused(() -> new PlanAssignment(PLAN, List.of(), visits("100")), "spells", IncentiveKeys.NO_EMPLOYMENT);
        refused(() -> new EmployeeInputs("E-1", Q1, List.of(), Map.of(), List.of()), "spells",
                IncentiveKeys.NO_EMPLOYMENT);
        refused(() -> pay(List.of(EmploymentSpell.fullTime(day("2024-12-15"), Q1.to())), "100"), "spells",
                IncentiveKeys.OUTSIDE_PERIOD, day("2024-12-15"), Q1.to(), Q1.from(), Q1.to());
        refused(() -> pay(List.of(EmploymentSpell.fullTime(Q1.from(), day("2025-04-02"))), "100"), "spells",
                IncentiveKeys.OUTSIDE_PERIOD, Q1.from(), day("2025-04-02"), Q1.from(), Q1.to());
    }

    @Test
    void overlappingSpells_withinAPlanOrAcrossATransfer() {
        refused(() -> pay(List.of(EmploymentSpell.fullTime(Q1.from(), day("2025-02-14")),
                EmploymentSpell.partTime(day("2025-02-10"), Q1.to(), "0.5")), "100"), "spells",
                IncentiveKeys.EMPLOYMENT_OVERLAP, day("2025-02-10"), day("2025-02-14"));
        PlanVersion other = simplePlan("OTHER", "5000");
        refused(() -> new EmployeeInputs("E-1", Q1, List.of(
                new PlanAssignment(PLAN, List.of(EmploymentSpell.fullTime(Q1.from(), day("2025-02-10"))), visits("100")),
                new PlanAssignment(other, List.of(EmploymentSpell.fullTime(day("2025-02-10"), Q1.to())), visits("100"))),
                Map.of(), List.of()), "spells", IncentiveKeys.EMPLOYMENT_OVERLAP, day("2025-02-10"), day("2025-02-10"));
    }

    @Test
    void transferBetweenPlansInDifferentCurrencies_isRefused() {
        PlanVersion swiss = new PlanVersion("CH", 1, name("Swiss"), Currency.getInstance("CHF"), d("9000"),
                PLAN.components(), List.of());
        refused(() -> new EmployeeInputs("E-1", Q1, List.of(
                new PlanAssignment(PLAN, List.of(EmploymentSpell.fullTime(Q1.from(), day("2025-02-09"))), visits("100")),
                new PlanAssignment(swiss, List.of(EmploymentSpell.fullTime(day("2025-02-10"), Q1.to())), visits("100"))),
                Map.of(), List.of()), "plans", IncentiveKeys.MIXED_CURRENCIES, "EUR", "CHF");
    }
}
