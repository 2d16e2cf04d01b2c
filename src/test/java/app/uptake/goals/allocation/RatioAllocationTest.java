package app.uptake.goals.allocation;

import app.uptake.goals.MetricNature;
import static app.uptake.goals.allocation.TestMetrics.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ratio metrics: the children's rates weighted by their expected denominators must reach the parent's rate.
 * Win rate 25 % for three teams expecting 40, 60 and 100 closed opportunities (Σ 200).
 */
class RatioAllocationTest {

    private static Allocation allocate(AllocationStrategy strategy, List<AllocationChild> children) {
        return CascadeAllocator.allocate(AllocationRequest.of(of(WIN_RATE), d("25"), Q2, strategy, children));
    }

    private static List<String> targets(Allocation allocation) {
        return allocation.targets().stream().map(t -> t.target().toPlainString()).toList();
    }

    @Test
    void equalGivesEveryChildTheParentsRate() {
        // (25 × 40 + 25 × 60 + 25 × 100) / 200 = 5000 / 200 = 25
        Allocation allocation = allocate(AllocationStrategy.EQUAL,
                List.of(rateChild("a", "30", "40"), rateChild("b", "15", "60"), rateChild("c", "25", "100")));
        assertThat(targets(allocation)).containsExactly("25.0", "25.0", "25.0");
        assertThat(allocation.nature()).isEqualTo(MetricNature.RATIO);
        assertThat(allocation.alignment().allocated()).isEqualByComparingTo("25");
        assertThat(allocation.alignment().aligned()).isTrue();
    }

    @Test
    void proportionalToBaselineScalesTheBaselineRatesToTheParent() {
        // weighted baseline rate B = (30 × 40 + 15 × 60 + 25 × 100) / 200 = (1200 + 900 + 2500) / 200 = 23
        // rate_i = 25 × baseline_i / 23: a 750/23 = 32.608… → 32.6; b 375/23 = 16.304… → 16.3; c 625/23 = 27.173… → 27.2
        // weighted: (32.6 × 40 + 16.3 × 60 + 27.2 × 100) / 200 = (1304 + 978 + 2720) / 200 = 5002 / 200 = 25.01
        // gap 25 − 25.01 = −0.01, within the tolerance max(0.1, 0.5 % × 25 = 0.125) = 0.125
        Allocation allocation = allocate(AllocationStrategy.PROPORTIONAL_TO_BASELINE,
                List.of(rateChild("a", "30", "40"), rateChild("b", "15", "60"), rateChild("c", "25", "100")));
        assertThat(targets(allocation)).containsExactly("32.6", "16.3", "27.2");
        Alignment alignment = allocation.alignment();
        assertThat(alignment.allocated()).isEqualByComparingTo("25.01");
        assertThat(alignment.gap()).isEqualByComparingTo("-0.01");
        assertThat(alignment.tolerance()).isEqualByComparingTo("0.125");
        assertThat(alignment.aligned()).isTrue();
        assertThat(alignment.warnings()).isEmpty();
    }

    @Test
    void aChildWithoutBaselineRateGetsTheParentsRate() {
        // B over the children with a baseline: (30 × 40 + 15 × 60) / 100 = 21; the child without one counts as 21
        // a: 25 × 30/21 = 35.714… → 35.7; b: 25 × 15/21 = 17.857… → 17.9; c: 25
        // weighted: (35.7 × 40 + 17.9 × 60 + 25 × 100) / 200 = (1428 + 1074 + 2500) / 200 = 25.01
        Allocation allocation = allocate(AllocationStrategy.PROPORTIONAL_TO_BASELINE,
                List.of(rateChild("a", "30", "40"), rateChild("b", "15", "60"), rateChild("c", null, "100")));
        assertThat(targets(allocation)).containsExactly("35.7", "17.9", "25.0");
        assertThat(allocation.alignment().allocated()).isEqualByComparingTo("25.01");
        assertThat(allocation.targets().get(2).basis()).isEqualByComparingTo("21");
        // b: 17.9 against 15 is +19.3 %, fine; c has no baseline and is flagged as such
        assertThat(allocation.alignment().warnings()).extracting(ChildWarning::childId, ChildWarning::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c", ChildWarning.Kind.NO_BASELINE));
    }

    @Test
    void aZeroExpectedDenominatorDoesNotWeigh() {
        // c expects nothing: the weighted rate is (30 × 40 + 20 × 60 + 0 × 99) / 100 = 24, under by 1 (> 0.125)
        Allocation allocation = CascadeAllocator.allocate(AllocationRequest.manual(of(WIN_RATE), d("25"), Q2,
                List.of(rateChild("a", "25", "40"), rateChild("b", "25", "60"), rateChild("c", "25", "0")),
                Map.of("a", d("30"), "b", d("20"), "c", d("99"))));
        assertThat(allocation.alignment().allocated()).isEqualByComparingTo("24");
        assertThat(allocation.alignment().status()).isEqualTo(AlignmentStatus.UNDER);
        assertThat(allocation.alignment().messageKey()).isEqualTo(AllocationKeys.RATIO_UNDER);
        assertThat(allocation.alignment().args()).containsExactly(new BigDecimal("24.000"), new BigDecimal("1.000"),
                new BigDecimal("25.0"));
    }
}
