package app.uptake.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When the unit totals' log is settled: after five quiet seconds, or after a minute of steady ingestion. */
class UnitTotalsRefresherTest {

    private static final long SECOND = 1_000_000_000L;

    private final UnitTotalsRefresher refresher = new UnitTotalsRefresher(null, false);

    @Test
    void settlesOnceTheLogHasNotGrownForFiveSeconds() {
        assertThat(refresher.due(0, 0)).isFalse();
        assertThat(refresher.due(10, 1 * SECOND)).isFalse();
        assertThat(refresher.due(20, 2 * SECOND)).isFalse();
        // unchanged since second 2
        assertThat(refresher.due(20, 6 * SECOND)).isFalse();
        assertThat(refresher.due(20, 7 * SECOND)).isTrue();
    }

    @Test
    void settlesAtLeastOnceAMinuteWhileIngestionGoesOn() {
        assertThat(refresher.due(1, 0)).isFalse();
        for (int second = 1; second < 60; second++) {
            assertThat(refresher.due(1 + second, second * SECOND)).as("second " + second).isFalse();
        }
        assertThat(refresher.due(100, 60 * SECOND)).isTrue();
    }

    @Test
    void anEmptyLogOrASettledOneStartsOver() {
        refresher.due(5, 0);
        refresher.settled();
        assertThat(refresher.due(5, 4 * SECOND)).isFalse();
        assertThat(refresher.due(0, 8 * SECOND)).isFalse();
        assertThat(refresher.due(3, 9 * SECOND)).isFalse();
        assertThat(refresher.due(3, 14 * SECOND)).isTrue();
    }
}
