package app.uptake.goals.allocation;

import app.uptake.goals.MetricNature;
import static app.uptake.goals.allocation.TestMetrics.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Additive metrics: children's targets add up to the parent exactly, at the metric's decimals. */
class AdditiveAllocationTest {

    private static Allocation allocate(AllocationMetric metric, String parent, AllocationStrategy strategy,
            List<AllocationChild> children) {
        return CascadeAllocator.allocate(AllocationRequest.of(metric, d(parent), Q2, strategy, children));
    }

    private static List<String> targets(Allocation allocation) {
        return allocation.targets().stream().map(t -> t.target().toPlainString()).toList();
    }

    @Test
    void equalSplitOfAThousandCallsOverThreeTeams() {
        // calls show one decimal: 1000 / 3 = 333.33…, rounded down 333.3 × 3 = 999.9; the 0.1 left over goes to the
        // child that lost most by rounding down; all lost the same, so the first one gets it
        Allocation allocation = allocate(of(CALLS), "1000", AllocationStrategy.EQUAL,
                List.of(child("a", "300"), child("b", "330"), child("c", "370")));
        assertThat(targets(allocation)).containsExactly("333.4", "333.3", "333.3");
        assertThat(sum(allocation)).isEqualByComparingTo("1000");
        assertThat(allocation.alignment().aligned()).isTrue();
        assertThat(allocation.alignment().gap()).isEqualByComparingTo("0");
        assertThat(allocation.targets()).extracting(ChildTarget::basis).containsOnly(BigDecimal.ONE);
        assertThat(allocation.targetsById()).containsKeys("a", "b", "c");
        assertThat(allocation.targetOf("c")).isEqualByComparingTo("333.3");
    }

    @Test
    void equalSplitOfRevenueInCents() {
        // euro show two decimals: 1,000.00 / 3 → 333.33 × 3 = 999.99, the cent left over goes to the first team
        Allocation allocation = allocate(of(WON_REVENUE), "1000.00", AllocationStrategy.EQUAL,
                List.of(child("a", null), child("b", null), child("c", null)));
        assertThat(targets(allocation)).containsExactly("333.34", "333.33", "333.33");
    }

    @Test
    void equalSplitInWholeUnitsHandsOutSeveralLeftOverUnitsInOrder() {
        // 100 over 7 in whole units: 14 × 7 = 98, the 2 left over go to the first two children
        AllocationMetric whole = new AllocationMetric(MetricNature.ADDITIVE, app.uptake.metrics.MetricDirection.HIGHER, 0, true);
        List<AllocationChild> seven = List.of(child("1", null), child("2", null), child("3", null), child("4", null),
                child("5", null), child("6", null), child("7", null));
        assertThat(targets(allocate(whole, "100", AllocationStrategy.EQUAL, seven)))
                .containsExactly("15", "15", "14", "14", "14", "14", "14");
    }

    @Test
    void proportionalToBaselineGivesAZeroBaselineNothing() {
        // baselines 120 / 80 / 0, Σ 200: 1000 × 120/200 = 600, 1000 × 80/200 = 400, 1000 × 0/200 = 0 — no rounding
        Allocation allocation = allocate(of(CALLS), "1000", AllocationStrategy.PROPORTIONAL_TO_BASELINE,
                List.of(child("a", "120"), child("b", "80"), child("c", "0")));
        assertThat(targets(allocation)).containsExactly("600.0", "400.0", "0.0");
        assertThat(allocation.targets()).extracting(ChildTarget::basis).extracting(BigDecimal::intValue)
                .containsExactly(120, 80, 0);
    }

    @Test
    void proportionalToBaselineTreatsAChildWithoutBaselineAsTheAverageSibling() {
        // baselines 120 / 80 / none: the missing one counts as the mean of the known, (120 + 80) / 2 = 100, Σ 300
        // a: 1000 × 120/300 = 400 exactly
        // b: 1000 × 80/300 = 266.66… → 266.6, cut off 0.066…
        // c: 1000 × 100/300 = 333.33… → 333.3, cut off 0.033…
        // rounded down: 400 + 266.6 + 333.3 = 999.9; the 0.1 left goes to b, which lost most → 266.7
        Allocation allocation = allocate(of(CALLS), "1000", AllocationStrategy.PROPORTIONAL_TO_BASELINE,
                List.of(child("a", "120"), child("b", "80"), child("c", null)));
        assertThat(targets(allocation)).containsExactly("400.0", "266.7", "333.3");
        assertThat(sum(allocation)).isEqualByComparingTo("1000");
        assertThat(allocation.targets().get(2).basis()).isEqualByComparingTo("100");
    }

    @Test
    void proportionalToCapacityProRatesPartTimersJoinersAndLeavers() {
        // Q2 2026 has 91 days (1 April to 30 June)
        // full-timer all quarter:             1.0 × 91 = 91
        // part-timer all quarter:             0.5 × 91 = 45.5
        // joiner on day 46 (16 May) to 30 June: 16 + 30 = 46 days, × 1.0 = 46
        // leaver, last day 15 May (day 45):   30 + 15 = 45 days, × 1.0 = 45
        // left on 31 March, before the period: 0
        // Σ capacity 227.5
        // full:   1000 × 91/227.5   = 400 exactly
        // part:   1000 × 45.5/227.5 = 200 exactly
        // joiner: 1000 × 46/227.5   = 202.197… → 202.1, cut off 0.097…
        // leaver: 1000 × 45/227.5   = 197.802… → 197.8, cut off 0.002…
        // rounded down Σ 999.9; the 0.1 left goes to the joiner → 202.2; 400 + 200 + 202.2 + 197.8 + 0 = 1000
        List<AllocationChild> people = List.of(
                AllocationChild.person("full", "Full-timer", null, null, BigDecimal.ONE, LocalDate.of(2020, 1, 1), null),
                AllocationChild.person("part", "Part-timer", null, null, d("0.5"), null, null),
                AllocationChild.person("joiner", "Joiner", null, null, BigDecimal.ONE, LocalDate.of(2026, 5, 16), null),
                AllocationChild.person("leaver", "Leaver", null, null, null, null, LocalDate.of(2026, 5, 15)),
                AllocationChild.person("gone", "Gone", null, null, BigDecimal.ONE, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 31)));
        Allocation allocation = allocate(of(CALLS), "1000", AllocationStrategy.PROPORTIONAL_TO_CAPACITY, people);
        assertThat(targets(allocation)).containsExactly("400.0", "200.0", "202.2", "197.8", "0.0");
        assertThat(allocation.targets()).extracting(ChildTarget::basis).extracting(BigDecimal::toPlainString)
                .containsExactly("91", "45.5", "46", "45", "0");
        assertThat(sum(allocation)).isEqualByComparingTo("1000");
    }

    @Test
    void capacityOfAUnitIsItsMembersCapacity() {
        // unit 1: full-timer 91 + part-timer 45.5 = 136.5; unit 2: joiner 46 + leaver 45 = 91; Σ 227.5
        // 1000 × 136.5/227.5 = 600, 1000 × 91/227.5 = 400
        AllocationChild north = AllocationChild.unit("north", "North", null, null,
                List.of(WorkingTime.fullTime(null, null), new WorkingTime(d("0.5"), null, null)));
        AllocationChild south = AllocationChild.unit("south", "South", null, null,
                List.of(WorkingTime.fullTime(LocalDate.of(2026, 5, 16), null), WorkingTime.fullTime(null, LocalDate.of(2026, 5, 15))));
        assertThat(targets(allocate(of(CALLS), "1000", AllocationStrategy.PROPORTIONAL_TO_CAPACITY, List.of(north, south))))
                .containsExactly("600.0", "400.0");
        assertThat(Capacity.daysEmployed(LocalDate.of(2026, 5, 16), null, Q2)).isEqualTo(46);
        assertThat(Capacity.daysEmployed(null, LocalDate.of(2026, 5, 15), Q2)).isEqualTo(45);
        assertThat(Capacity.daysEmployed(LocalDate.of(2026, 7, 1), null, Q2)).isZero();
    }

    @Test
    void manualTargetsAreKeptAsEnteredAndCheckedForAlignment() {
        Map<String, BigDecimal> entered = new LinkedHashMap<>();
        entered.put("a", d("500"));
        entered.put("b", d("300.5"));
        entered.put("c", d("150"));
        Allocation allocation = CascadeAllocator.allocate(AllocationRequest.manual(of(CALLS), d("1000"), Q2,
                List.of(child("a", "400"), child("b", "300"), child("c", "200")), entered));
        assertThat(targets(allocation)).containsExactly("500.0", "300.5", "150.0");
        // 1000 − (500 + 300.5 + 150) = 49.5 under; tolerance 0.5 % × 1000 = 5
        assertThat(allocation.alignment().status()).isEqualTo(AlignmentStatus.UNDER);
        assertThat(allocation.alignment().gap()).isEqualByComparingTo("49.5");
        assertThat(allocation.targets()).extracting(ChildTarget::basis).containsOnlyNulls();
    }

    @Test
    void aNegativeMarginTargetSplitsDownwardsAndStillAddsUp() {
        // −1,000.00 / 3: rounded down (towards −∞) −333.34 × 3 = −1,000.02; the 2 cents left over go to the first two
        Allocation allocation = allocate(of(WON_MARGIN), "-1000.00", AllocationStrategy.EQUAL,
                List.of(child("a", null), child("b", null), child("c", null)));
        assertThat(targets(allocation)).containsExactly("-333.33", "-333.33", "-333.34");
        assertThat(sum(allocation)).isEqualByComparingTo("-1000");
    }

    private static BigDecimal sum(Allocation allocation) {
        return allocation.targets().stream().map(ChildTarget::target).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
