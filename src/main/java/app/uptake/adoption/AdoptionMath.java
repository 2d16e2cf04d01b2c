package app.uptake.adoption;

import app.uptake.metrics.MetricValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The adoption index as plain arithmetic, free of any database, so every definition can be read and tested in one
 * place. All figures are per cent (0–100) with {@value #SCALE} decimals, rounded once, half even.
 * <ul>
 * <li>CRM usage: the CRM active days share (days with a login or record change ÷ working days employed).</li>
 * <li>Activity logging: contacts logged per week ÷ the job role's norm, capped at 100 %; missing without a norm.</li>
 * <li>Data quality: the average completeness of the records created or updated; missing when none was touched.</li>
 * <li>Training compliance: mandatory modules completed ÷ assigned; 100 % when none is assigned.</li>
 * <li>Goal pace: the mean over the person's targets of attainment against the expected-to-date, each capped at
 * 100 %; missing without a target.</li>
 * </ul>
 * Index = Σ weight × component ÷ Σ weight over the components that have a value: a missing component's weight is
 * shared out among the others in proportion (re-normalised), and the score says which were missing.
 */
public final class AdoptionMath {

    public static final int SCALE = 2;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int WORK_SCALE = 10;

    private AdoptionMath() {
    }

    /** CRM usage from the active days share in per cent; null without a working day employed. */
    public static BigDecimal usage(MetricValue activeDaysShare) {
        return activeDaysShare == null || !activeDaysShare.hasValue() ? null : percent(activeDaysShare.value());
    }

    /** Activity logging: activities per week ÷ the norm, capped at 100 %; null without a value or a norm above 0. */
    public static BigDecimal logging(MetricValue activitiesPerWeek, BigDecimal normPerWeek) {
        if (activitiesPerWeek == null || !activitiesPerWeek.hasValue() || normPerWeek == null || normPerWeek.signum() <= 0) {
            return null;
        }
        return percent(activitiesPerWeek.value().multiply(HUNDRED).divide(normPerWeek, WORK_SCALE, RoundingMode.HALF_EVEN));
    }

    /** Data quality from the data completeness in per cent; null when no record was touched. */
    public static BigDecimal quality(MetricValue completeness) {
        return completeness == null || !completeness.hasValue() ? null : percent(completeness.value());
    }

    /** Training compliance: completed ÷ assigned; 100 % when nothing is assigned. */
    public static BigDecimal training(int assigned, int completed) {
        if (assigned <= 0) {
            return HUNDRED.setScale(SCALE);
        }
        return percent(BigDecimal.valueOf(completed).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(assigned), WORK_SCALE, RoundingMode.HALF_EVEN));
    }

    /**
     * Goal pace: the mean of the attainments (1 = 100 % of the expected-to-date), each capped at 100 % so that one
     * target far ahead does not hide another behind; attainments without a value (nothing to compare yet) do not
     * count. Null when none is left.
     */
    public static BigDecimal goalPace(Collection<BigDecimal> attainments) {
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        for (BigDecimal attainment : attainments) {
            if (attainment != null) {
                sum = sum.add(attainment.max(BigDecimal.ZERO).min(BigDecimal.ONE));
                count++;
            }
        }
        return count == 0 ? null
                : percent(sum.multiply(HUNDRED).divide(BigDecimal.valueOf(count), WORK_SCALE, RoundingMode.HALF_EVEN));
    }

    /** The index over the components that have a value, re-normalising the weights of the missing ones away. */
    public static AdoptionScore score(ComponentValues components, AdoptionWeights weights) {
        Set<AdoptionComponent> missing = EnumSet.noneOf(AdoptionComponent.class);
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weightSum = BigDecimal.ZERO;
        for (AdoptionComponent component : AdoptionComponent.values()) {
            BigDecimal value = components.get(component);
            if (value == null) {
                missing.add(component);
                continue;
            }
            weighted = weighted.add(weights.of(component).multiply(value));
            weightSum = weightSum.add(weights.of(component));
        }
        BigDecimal index = weightSum.signum() == 0 ? null : weighted.divide(weightSum, SCALE, RoundingMode.HALF_EVEN);
        return new AdoptionScore(components, index, missing);
    }

    /** A group's adoption: each person once, each component and the index the mean over those with a value. */
    public static GroupScore aggregate(Collection<AdoptionScore> scores) {
        Tally tally = new Tally();
        scores.forEach(tally::add);
        return tally.result();
    }

    /** Adds up scores one at a time, for aggregating many units in one pass. */
    public static final class Tally {

        private int headcount;
        private final Map<AdoptionComponent, BigDecimal> sums = new EnumMap<>(AdoptionComponent.class);
        private final Map<AdoptionComponent, Integer> counts = new EnumMap<>(AdoptionComponent.class);
        private BigDecimal indexSum = BigDecimal.ZERO;
        private int indexCount;

        public void add(AdoptionScore score) {
            headcount++;
            score.components().values().forEach((component, value) -> {
                sums.merge(component, value, BigDecimal::add);
                counts.merge(component, 1, Integer::sum);
            });
            if (score.index() != null) {
                indexSum = indexSum.add(score.index());
                indexCount++;
            }
        }

        public GroupScore result() {
            Map<AdoptionComponent, BigDecimal> means = new EnumMap<>(AdoptionComponent.class);
            sums.forEach((component, sum) -> means.put(component, mean(sum, counts.get(component))));
            return new GroupScore(headcount, new ComponentValues(means), indexCount == 0 ? null : mean(indexSum, indexCount));
        }

        private static BigDecimal mean(BigDecimal sum, int count) {
            return sum.divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_EVEN);
        }
    }

    /** A share in per cent, within 0–100, rounded once. */
    private static BigDecimal percent(BigDecimal value) {
        return value.max(BigDecimal.ZERO).min(HUNDRED).setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
