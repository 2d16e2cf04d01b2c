package app.uptake.goals.allocation;

import static app.uptake.goals.allocation.AllocationKeys.*;
import static app.uptake.goals.allocation.TestMetrics.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every refusal names its reason with a specific key, and the child at fault as the field. */
class AllocationBadInputTest {

    private static final List<AllocationChild> TEAMS = List.of(child("a", "100"), child("b", "100"));

    private static void refused(ThrowingCallable call, String field, String key, Object... args) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
            if (args.length > 0) {
                assertThat(e.args()).containsExactly(args);
            }
        });
    }

    private static ThrowingCallable allocating(AllocationMetric metric, String parent, AllocationStrategy strategy,
            List<AllocationChild> children) {
        return () -> CascadeAllocator.allocate(AllocationRequest.of(metric, parent == null ? null : d(parent), Q2,
                strategy, children));
    }

    @Test
    void noChildren() {
        refused(allocating(of(CALLS), "1000", AllocationStrategy.EQUAL, List.of()), null, NO_CHILDREN);
        refused(() -> AlignmentCheck.check(of(CALLS), d("1000"), List.of(), Map.of()), null, NO_CHILDREN);
    }

    @Test
    void duplicateChildIds() {
        refused(allocating(of(CALLS), "1000", AllocationStrategy.EQUAL, List.of(child("a", null), child("b", null),
                child("a", null))), "a", DUPLICATE_CHILD, "Team a");
    }

    @Test
    void parentTargetMissingNegativeOrTooPrecise() {
        refused(allocating(of(CALLS), null, AllocationStrategy.EQUAL, TEAMS), TARGET_FIELD, TARGET_MISSING);
        refused(allocating(of(CALLS), "-1", AllocationStrategy.EQUAL, TEAMS), TARGET_FIELD, NEGATIVE_TARGET, d("-1"));
        refused(allocating(of(WIN_RATE), "-5", AllocationStrategy.EQUAL, List.of(rateChild("a", null, "1"))),
                TARGET_FIELD, NEGATIVE_TARGET, d("-5"));
        // calls show one decimal
        refused(allocating(of(CALLS), "1000.05", AllocationStrategy.EQUAL, TEAMS), TARGET_FIELD, TOO_MANY_DECIMALS,
                d("1000.05"), 1);
        // trailing zeros are no extra precision
        assertThat(CascadeAllocator.allocate(AllocationRequest.of(of(CALLS), d("1000.000"), Q2, AllocationStrategy.EQUAL,
                TEAMS)).parentTarget()).isEqualTo(d("1000.0"));
    }

    @Test
    void fteOutsideZeroToOne() {
        AllocationChild over = AllocationChild.person("p1", "Pat", null, null, d("1.2"), null, null);
        refused(allocating(of(CALLS), "100", AllocationStrategy.PROPORTIONAL_TO_CAPACITY, List.of(child("a", null), over)),
                "p1", FTE_RANGE, "Pat", d("1.2"));
        AllocationChild negative = AllocationChild.unit("u1", "North", null, null,
                List.of(WorkingTime.fullTime(null, null), new WorkingTime(d("-0.1"), null, null)));
        refused(allocating(of(CALLS), "100", AllocationStrategy.EQUAL, List.of(negative)), "u1", FTE_RANGE, "North", d("-0.1"));
        // 0 and 1 are both fine
        CascadeAllocator.allocate(AllocationRequest.of(of(CALLS), d("100"), Q2, AllocationStrategy.PROPORTIONAL_TO_CAPACITY,
                List.of(AllocationChild.person("z", "Zero", null, null, BigDecimal.ZERO, null, null),
                        AllocationChild.person("o", "One", null, null, BigDecimal.ONE, null, null))));
    }

    @Test
    void employmentEndingBeforeItStarts() {
        AllocationChild backwards = AllocationChild.person("p1", "Pat", null, null, BigDecimal.ONE,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30));
        refused(allocating(of(CALLS), "100", AllocationStrategy.PROPORTIONAL_TO_CAPACITY, List.of(backwards)), "p1",
                END_BEFORE_START, "Pat", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30));
    }

    @Test
    void ratioChildrenNeedExpectedDenominators() {
        refused(allocating(of(WIN_RATE), "25", AllocationStrategy.EQUAL, List.of(rateChild("a", null, "10"),
                rateChild("b", null, null))), "b", DENOMINATOR_MISSING, "Team b");
        refused(allocating(of(WIN_RATE), "25", AllocationStrategy.EQUAL, List.of(rateChild("a", null, "-3"))), "a",
                DENOMINATOR_NEGATIVE, "Team a", d("-3"));
        refused(allocating(of(WIN_RATE), "25", AllocationStrategy.EQUAL, List.of(rateChild("a", null, "0"),
                rateChild("b", null, "0"))), null, NO_DENOMINATOR);
    }

    @Test
    void proportionalToBaselineNeedsABaselineAboveZero() {
        refused(allocating(of(CALLS), "100", AllocationStrategy.PROPORTIONAL_TO_BASELINE, List.of(child("a", "0"),
                child("b", null))), null, NO_BASELINE);
        refused(allocating(of(WIN_RATE), "25", AllocationStrategy.PROPORTIONAL_TO_BASELINE, List.of(rateChild("a", null, "10"),
                rateChild("b", "0", "10"))), null, NO_BASELINE);
        // a margin baseline may be negative, but nothing can be split in proportion to it
        refused(allocating(of(WON_MARGIN), "100", AllocationStrategy.PROPORTIONAL_TO_BASELINE, List.of(child("a", "50"),
                child("b", "-20"))), "b", NEGATIVE_BASELINE, "Team b", d("-20"));
    }

    @Test
    void capacityNeedsSomeoneWorkingInThePeriodAndAnAdditiveMetric() {
        AllocationChild gone = AllocationChild.person("g", "Gone", null, null, BigDecimal.ONE, null, LocalDate.of(2026, 3, 31));
        AllocationChild later = AllocationChild.person("l", "Later", null, null, BigDecimal.ONE, LocalDate.of(2026, 7, 1), null);
        refused(allocating(of(CALLS), "100", AllocationStrategy.PROPORTIONAL_TO_CAPACITY, List.of(gone, later)), null,
                NO_CAPACITY);
        refused(allocating(of(WIN_RATE), "25", AllocationStrategy.PROPORTIONAL_TO_CAPACITY, List.of(rateChild("a", null, "5"))),
                null, CAPACITY_NOT_FOR_RATIO);
    }

    @Test
    void manualTargetsMissingUnknownNegativeOrTooPrecise() {
        refused(manual(Map.of("a", d("500"))), "b", MANUAL_MISSING, "Team b");
        Map<String, BigDecimal> withNull = new HashMap<>();
        withNull.put("a", d("500"));
        withNull.put("b", null);
        refused(manual(withNull), "b", MANUAL_MISSING, "Team b");
        refused(manual(Map.of("a", d("500"), "b", d("500"), "x", d("1"))), "x", MANUAL_UNKNOWN, "x");
        refused(manual(Map.of("a", d("1100"), "b", d("-100"))), "b", NEGATIVE_TARGET, d("-100"));
        refused(manual(Map.of("a", d("500"), "b", d("499.95"))), "b", TOO_MANY_DECIMALS, d("499.95"), 1);
        // the same checks guard a saved breakdown
        refused(() -> AlignmentCheck.check(of(CALLS), d("1000"), TEAMS, Map.of("a", d("1000"))), "b", MANUAL_MISSING, "Team b");
    }

    @Test
    void aMisalignedBreakdownIsRefusedWhenSaved() {
        Allocation allocation = CascadeAllocator.allocate(AllocationRequest.manual(of(CALLS), d("1000"), Q2, TEAMS,
                Map.of("a", d("600"), "b", d("600"))));
        refused(allocation.alignment()::requireAligned, null, OVER, d("1200.0"), d("200.0"), d("1000.0"));
    }

    private static ThrowingCallable manual(Map<String, BigDecimal> targets) {
        return () -> CascadeAllocator.allocate(AllocationRequest.manual(of(CALLS), d("1000"), Q2, TEAMS, targets));
    }
}
