package app.uptake.goals.allocation;

import static app.uptake.goals.allocation.TestMetrics.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlignmentCheckTest {

    private static final List<AllocationChild> TWO = List.of(child("a", null), child("b", null));

    private static Alignment additive(String parent, String a, String b) {
        return AlignmentCheck.check(of(CALLS), d(parent), TWO, Map.of("a", d(a), "b", d(b)));
    }

    // additive: tolerance = max(one unit 0.1, 0.5 % of the parent)

    @Test
    void additiveGapUpToHalfAPercentOfTheParentIsAligned() {
        // 1000: tolerance 0.5 % × 1000 = 5; 500 + 495 = 995, gap +5 → still aligned (the edge is included)
        Alignment edge = additive("1000", "500", "495");
        assertThat(edge.gap()).isEqualByComparingTo("5");
        assertThat(edge.tolerance()).isEqualByComparingTo("5");
        assertThat(edge.status()).isEqualTo(AlignmentStatus.ALIGNED);
        assertThat(edge.messageKey()).isNull();
        assertThat(edge.missesParent()).isFalse();
        edge.requireAligned();
        // 500 + 494.9 = 994.9, gap +5.1 → under-allocated, and a higher-is-better parent would be missed
        Alignment under = additive("1000", "500", "494.9");
        assertThat(under.status()).isEqualTo(AlignmentStatus.UNDER);
        assertThat(under.missesParent()).isTrue();
        assertThat(under.messageKey()).isEqualTo(AllocationKeys.UNDER);
        assertThat(under.args()).containsExactly(d("994.9"), d("5.1"), d("1000.0"));
        assertThatThrownBy(under::requireAligned).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(AllocationKeys.UNDER);
            assertThat(e.args()).containsExactly(d("994.9"), d("5.1"), d("1000.0"));
        });
        // 505 + 500 = 1005, gap −5 → aligned; 505.1 + 500 = 1005.1, gap −5.1 → over-allocated, parent still met
        assertThat(additive("1000", "505", "500").status()).isEqualTo(AlignmentStatus.ALIGNED);
        Alignment over = additive("1000", "505.1", "500");
        assertThat(over.status()).isEqualTo(AlignmentStatus.OVER);
        assertThat(over.gap()).isEqualByComparingTo("-5.1");
        assertThat(over.missesParent()).isFalse();
        assertThat(over.messageKey()).isEqualTo(AllocationKeys.OVER);
        assertThat(over.args()).containsExactly(d("1005.1"), d("5.1"), d("1000.0"));
    }

    @Test
    void aSmallParentIsToleratedOneUnitOfItsLastDecimal() {
        // 10: 0.5 % × 10 = 0.05 < one unit 0.1 → tolerance 0.1; 5 + 5.1 aligned, 5 + 5.2 over
        assertThat(additive("10", "5", "5.1").tolerance()).isEqualByComparingTo("0.1");
        assertThat(additive("10", "5", "5.1").status()).isEqualTo(AlignmentStatus.ALIGNED);
        assertThat(additive("10", "5", "5.2").status()).isEqualTo(AlignmentStatus.OVER);
        assertThat(additive("0", "0", "0").status()).isEqualTo(AlignmentStatus.ALIGNED);
    }

    @Test
    void strictRulesFlagEveryUnit() {
        AlignmentRules strict = new AlignmentRules(BigDecimal.ZERO, d("0.5"), d("0.5"));
        // tolerance falls back to one unit: 333 + 333 + 333.9 = 999.9, gap 0.1 → aligned; 333 × 3 = 999 → under by 1
        List<AllocationChild> three = List.of(child("a", null), child("b", null), child("c", null));
        assertThat(AlignmentCheck.check(of(CALLS), d("1000"), three, Map.of("a", d("333"), "b", d("333"), "c", d("333.9")), strict)
                .status()).isEqualTo(AlignmentStatus.ALIGNED);
        assertThat(AlignmentCheck.check(of(CALLS), d("1000"), three, Map.of("a", d("333"), "b", d("333"), "c", d("333")), strict)
                .status()).isEqualTo(AlignmentStatus.UNDER);
        // the default rules let 333 × 3 pass: gap 1 is 0.1 % of 1000
        assertThat(AlignmentCheck.check(of(CALLS), d("1000"), three, Map.of("a", d("333"), "b", d("333"), "c", d("333")))
                .status()).isEqualTo(AlignmentStatus.ALIGNED);
    }

    // ratio: weighted by expected denominators 1, 1, 2 (Σ 4); tolerance max(0.1, 0.5 % × 25 = 0.125) = 0.125

    private static Alignment ratio(String a) {
        List<AllocationChild> children = List.of(rateChild("a", null, "1"), rateChild("b", null, "1"), rateChild("c", null, "2"));
        return AlignmentCheck.check(of(WIN_RATE), d("25"), children, Map.of("a", d(a), "b", d("25"), "c", d("25")));
    }

    @Test
    void ratioGapEdges() {
        // (25.5 × 1 + 25 × 1 + 25 × 2) / 4 = 100.5 / 4 = 25.125: gap −0.125 → aligned (edge included)
        Alignment edge = ratio("25.5");
        assertThat(edge.allocated()).isEqualByComparingTo("25.125");
        assertThat(edge.status()).isEqualTo(AlignmentStatus.ALIGNED);
        // 25.6: 100.6 / 4 = 25.15, gap −0.15 → over
        Alignment over = ratio("25.6");
        assertThat(over.status()).isEqualTo(AlignmentStatus.OVER);
        assertThat(over.messageKey()).isEqualTo(AllocationKeys.RATIO_OVER);
        assertThat(over.args()).containsExactly(d("25.150"), d("0.150"), d("25.0"));
        assertThat(over.missesParent()).isFalse();
        // 24.5: 99.5 / 4 = 24.875, gap +0.125 → aligned; 24.4: 99.4 / 4 = 24.85, gap +0.15 → under, parent missed
        assertThat(ratio("24.5").status()).isEqualTo(AlignmentStatus.ALIGNED);
        Alignment under = ratio("24.4");
        assertThat(under.status()).isEqualTo(AlignmentStatus.UNDER);
        assertThat(under.gap()).isEqualByComparingTo("0.15");
        assertThat(under.missesParent()).isTrue();
    }

    @Test
    void forLowerIsBetterAnOverAllocatedRateMissesTheParent() {
        // resolution hours, goal 8.0 h; teams expect 50 cases each: (9 × 50 + 8 × 50) / 100 = 8.5, gap −0.5
        // tolerance max(0.1, 0.5 % × 8 = 0.04) = 0.1 → over; for lower-is-better that leaves the goal unmet
        List<AllocationChild> teams = List.of(rateChild("a", "9", "50"), rateChild("b", "8", "50"));
        Alignment alignment = AlignmentCheck.check(of(RESOLUTION_HOURS), d("8"), teams, Map.of("a", d("9"), "b", d("8")));
        assertThat(alignment.status()).isEqualTo(AlignmentStatus.OVER);
        assertThat(alignment.gap()).isEqualByComparingTo("-0.5");
        assertThat(alignment.missesParent()).isTrue();
        // (7 × 50 + 8 × 50) / 100 = 7.5: under, which for lower-is-better more than meets the goal
        Alignment under = AlignmentCheck.check(of(RESOLUTION_HOURS), d("8"), teams, Map.of("a", d("7"), "b", d("8")));
        assertThat(under.status()).isEqualTo(AlignmentStatus.UNDER);
        assertThat(under.missesParent()).isFalse();
    }

    // unrealistic targets against each child's own baseline, default ±50 % (strictly beyond)

    @Test
    void higherIsBetterTargetsFarFromTheBaselineAreFlagged() {
        List<AllocationChild> children = List.of(child("up50", "100"), child("up501", "100"), child("down50", "100"),
                child("down501", "100"), child("zero", "0"), child("zeroToZero", "0"), child("new", null));
        Alignment alignment = AlignmentCheck.check(of(CALLS), d("610.2"), children, Map.of("up50", d("150"),
                "up501", d("150.1"), "down50", d("50"), "down501", d("49.9"), "zero", d("10.2"), "zeroToZero", d("0"),
                "new", d("200")));
        // 150 is +50 % (not beyond); 150.1 is +50.1 %; 50 is −50 % (not beyond); 49.9 is −50.1 %
        assertThat(alignment.warnings()).extracting(ChildWarning::childId, ChildWarning::kind, ChildWarning::changePercent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("up501", ChildWarning.Kind.FAR_BETTER_THAN_BASELINE, d("50.1")),
                        org.assertj.core.groups.Tuple.tuple("down501", ChildWarning.Kind.FAR_WORSE_THAN_BASELINE, d("-50.1")),
                        org.assertj.core.groups.Tuple.tuple("zero", ChildWarning.Kind.BASELINE_ZERO, null),
                        org.assertj.core.groups.Tuple.tuple("new", ChildWarning.Kind.NO_BASELINE, null));
        ChildWarning far = alignment.warnings().getFirst();
        assertThat(far.messageKey()).isEqualTo(AllocationKeys.WARNING_FAR_BETTER);
        assertThat(far.args()).containsExactly("Team up501", d("150.1"), d("100"), d("50.1"));
        assertThat(alignment.warnings().get(1).messageKey()).isEqualTo(AllocationKeys.WARNING_FAR_WORSE);
        assertThat(alignment.warnings().get(2).messageKey()).isEqualTo(AllocationKeys.WARNING_BASELINE_ZERO);
        assertThat(alignment.warnings().get(3).messageKey()).isEqualTo(AllocationKeys.WARNING_NO_BASELINE);
        assertThat(alignment.warnings().get(3).args()).containsExactly("Team new", d("200.0"));
        // warnings do not make a breakdown misaligned: 150 + 150.1 + 50 + 49.9 + 10.2 + 0 + 200 = 610.2
        assertThat(alignment.aligned()).isTrue();
    }

    @Test
    void forLowerIsBetterADecreaseIsTheImprovement() {
        // baseline 10 h: 4.9 h is −51 %, i.e. 51 % better → flagged as far better; 5 h (−50 %) is not
        // 15.1 h is +51 %, i.e. 51 % worse → far worse
        List<AllocationChild> teams = List.of(rateChild("fast", "10", "10"), rateChild("edge", "10", "10"),
                rateChild("slow", "10", "10"));
        Alignment alignment = AlignmentCheck.check(of(RESOLUTION_HOURS), d("8.3"), teams,
                Map.of("fast", d("4.9"), "edge", d("5"), "slow", d("15.1")));
        assertThat(alignment.warnings()).extracting(ChildWarning::childId, ChildWarning::kind, ChildWarning::changePercent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("fast", ChildWarning.Kind.FAR_BETTER_THAN_BASELINE, d("-51.0")),
                        org.assertj.core.groups.Tuple.tuple("slow", ChildWarning.Kind.FAR_WORSE_THAN_BASELINE, d("51.0")));
        assertThat(alignment.warnings().getFirst().args()).containsExactly("Team fast", d("4.9"), d("10"), d("51.0"));
    }

    @Test
    void thresholdsAreParameters() {
        // improvement beyond 20 %, decline beyond 10 %: baseline 100 → 121 (+21 %) and 89 (−11 %) flagged; 120 and 90 not
        AlignmentRules rules = new AlignmentRules(d("0.005"), d("0.20"), d("0.10"));
        List<AllocationChild> children = List.of(child("a", "100"), child("b", "100"), child("c", "100"), child("e", "100"));
        Alignment alignment = AlignmentCheck.check(of(CALLS), d("420"), children,
                Map.of("a", d("121"), "b", d("120"), "c", d("89"), "e", d("90")), rules);
        assertThat(alignment.warnings()).extracting(ChildWarning::childId, ChildWarning::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", ChildWarning.Kind.FAR_BETTER_THAN_BASELINE),
                org.assertj.core.groups.Tuple.tuple("c", ChildWarning.Kind.FAR_WORSE_THAN_BASELINE));
    }
}
