package app.uptake.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrgHeadcountsTest {

    //        1 (company, 1 person)
    //       / \
    //      2   3 (3 people)
    //     / \
    //    4   5      4 has 5 people, 5 has nobody, 2 has 2 people
    private final OrgHeadcounts counts = new OrgHeadcounts(
            List.of(new Object[] {1L, null}, new Object[] {2L, 1L}, new Object[] {3L, 1L},
                    new Object[] {4L, 2L}, new Object[] {5L, 2L}),
            List.of(new Object[] {1L, 1L}, new Object[] {2L, 2L}, new Object[] {3L, 3L}, new Object[] {4L, 5L}));

    @Test
    void sumsEachSubtree() {
        assertThat(counts.activeInSubtree(4)).isEqualTo(5);
        assertThat(counts.activeInSubtree(5)).isZero();
        assertThat(counts.activeInSubtree(2)).isEqualTo(2 + 5 + 0);
        assertThat(counts.activeInSubtree(3)).isEqualTo(3);
        assertThat(counts.activeInSubtree(1)).isEqualTo(1 + 7 + 3);
    }

    @Test
    void knowsWhichUnitsHaveChildren() {
        assertThat(counts.hasChildren(1)).isTrue();
        assertThat(counts.hasChildren(2)).isTrue();
        assertThat(counts.hasChildren(4)).isFalse();
        assertThat(counts.hasChildren(99)).isFalse();
    }
}
