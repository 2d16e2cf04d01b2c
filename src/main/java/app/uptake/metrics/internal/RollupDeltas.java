package app.uptake.metrics.internal;

import app.uptake.activity.ActivitiesIngested.AddedEvent;
import app.uptake.metrics.Aggregation;
import app.uptake.metrics.Formula;
import app.uptake.metrics.MetricDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What newly stored events add to the daily rollups, summed per employee, metric and day. Counts and sums add
 * up; active days (0 or 1 per day) merge with max. Computed in memory from the events as delivered, with the
 * same rules {@link RollupSql} applies to stored rows (see {@code Measure.contributionOf}).
 */
final class RollupDeltas {

    /** A rollup row; ordered as the primary key, so that writers touch rows in one order. */
    record Key(long employeeId, long metricId, LocalDate day) {
        static final Comparator<Key> ORDER = Comparator.comparingLong(Key::employeeId).thenComparingLong(Key::metricId)
                .thenComparing(Key::day);
    }

    /** How the stored row and a delta combine: added, or the larger of the two (active days). */
    record Merge(boolean numeratorMax, boolean denominatorMax) {
    }

    /** A delta for one rollup row. */
    record Delta(Key key, BigDecimal numerator, BigDecimal denominator) {
    }

    private final Map<Merge, TreeMap<Key, BigDecimal[]>> byMerge = new java.util.HashMap<>();

    static RollupDeltas of(List<AddedEvent> added, List<MetricDefinition> metrics) {
        RollupDeltas deltas = new RollupDeltas();
        for (MetricDefinition metric : metrics) {
            Formula formula = metric.formula();
            Merge merge = new Merge(formula.numerator().aggregation() == Aggregation.ACTIVE_DAYS,
                    formula.denominatorInRollup() && formula.denominator().aggregation() == Aggregation.ACTIVE_DAYS);
            for (AddedEvent event : added) {
                BigDecimal numerator = formula.numerator().contributionOf(event.event());
                BigDecimal denominator = formula.denominatorInRollup() ? formula.denominator().contributionOf(event.event()) : null;
                if (numerator != null || denominator != null) {
                    deltas.add(merge, new Key(event.employeeId(), metric.id(), event.day()), numerator, denominator);
                }
            }
        }
        return deltas;
    }

    private void add(Merge merge, Key key, BigDecimal numerator, BigDecimal denominator) {
        BigDecimal[] sums = byMerge.computeIfAbsent(merge, m -> new TreeMap<>(Key.ORDER))
                .computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sums[0] = combine(merge.numeratorMax(), sums[0], numerator);
        sums[1] = combine(merge.denominatorMax(), sums[1], denominator);
    }

    private static BigDecimal combine(boolean max, BigDecimal sum, BigDecimal value) {
        if (value == null) {
            return sum;
        }
        return max ? sum.max(value) : sum.add(value);
    }

    /** The deltas per way of merging, each list in primary-key order; rows that would add nothing are left out. */
    Map<Merge, List<Delta>> rows() {
        Map<Merge, List<Delta>> rows = new java.util.HashMap<>();
        byMerge.forEach((merge, sums) -> rows.put(merge, sums.entrySet().stream()
                .filter(e -> e.getValue()[0].signum() != 0 || e.getValue()[1].signum() != 0)
                .map(e -> new Delta(e.getKey(), e.getValue()[0], e.getValue()[1])).toList()));
        return rows;
    }
}
