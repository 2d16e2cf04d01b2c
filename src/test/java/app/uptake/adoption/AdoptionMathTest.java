package app.uptake.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.metrics.MetricValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The index, its components and the aggregation with hand-computed figures. */
class AdoptionMathTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static MetricValue rate(String numerator, String denominator, String value) {
        return new MetricValue(d(numerator), d(denominator), value == null ? null : d(value));
    }

    @Test
    void usageIsTheActiveDaysShareCappedAndMissingWithoutWorkingDays() {
        // 3 active days of 5 working days = 60 %
        assertThat(AdoptionMath.usage(rate("3", "5", "60.000000"))).isEqualTo(d("60.00"));
        assertThat(AdoptionMath.usage(rate("2", "3", "66.666667"))).isEqualTo(d("66.67"));
        // a weekend day's login on top of five working days must not exceed 100 %
        assertThat(AdoptionMath.usage(rate("6", "5", "120.000000"))).isEqualTo(d("100.00"));
        assertThat(AdoptionMath.usage(rate("0", "0", null))).isNull();
        assertThat(AdoptionMath.usage(null)).isNull();
    }

    @Test
    void loggingIsActivitiesPerWeekAgainstTheRoleNormCappedAtHundred() {
        // 12 contacts in the week against a norm of 15 = 80 %
        assertThat(AdoptionMath.logging(rate("12", "1", "12.000000"), d("15"))).isEqualTo(d("80.00"));
        // 7 of 15 = 46.666… %
        assertThat(AdoptionMath.logging(rate("7", "1", "7.000000"), d("15"))).isEqualTo(d("46.67"));
        // 20 of 15: above the norm counts as 100 %
        assertThat(AdoptionMath.logging(rate("20", "1", "20.000000"), d("15"))).isEqualTo(d("100.00"));
        // no norm for the role, or no week employed: missing
        assertThat(AdoptionMath.logging(rate("4", "1", "4.000000"), BigDecimal.ZERO)).isNull();
        assertThat(AdoptionMath.logging(rate("4", "1", "4.000000"), null)).isNull();
        assertThat(AdoptionMath.logging(rate("0", "0", null), d("15"))).isNull();
    }

    @Test
    void qualityIsTheCompletenessOfRecordsTouched() {
        assertThat(AdoptionMath.quality(rate("350", "4", "87.500000"))).isEqualTo(d("87.50"));
        assertThat(AdoptionMath.quality(rate("0", "0", null))).isNull();
    }

    @Test
    void trainingIsCompletedOverAssignedAndFullWhenNothingIsAssigned() {
        assertThat(AdoptionMath.training(0, 0)).isEqualTo(d("100.00"));
        assertThat(AdoptionMath.training(3, 1)).isEqualTo(d("33.33"));
        assertThat(AdoptionMath.training(2, 2)).isEqualTo(d("100.00"));
        assertThat(AdoptionMath.training(4, 0)).isEqualTo(d("0.00"));
    }

    @Test
    void goalPaceAveragesAttainmentsEachCappedAtHundred() {
        // 120 % counts as 100 %, 50 % as it is, a target without comparison not at all: (100 + 50) / 2
        assertThat(AdoptionMath.goalPace(Arrays.asList(d("1.2"), d("0.5"), null))).isEqualTo(d("75.00"));
        assertThat(AdoptionMath.goalPace(List.of(d("0.9523")))).isEqualTo(d("95.23"));
        assertThat(AdoptionMath.goalPace(List.of())).isNull();
        assertThat(AdoptionMath.goalPace(Arrays.asList((BigDecimal) null))).isNull();
    }

    @Test
    void indexIsTheWeightedSumOfAllComponents() {
        ComponentValues all = values(d("60"), d("80"), d("87.5"), d("100"), d("75"));
        AdoptionScore score = AdoptionMath.score(all, AdoptionWeights.DEFAULTS);
        // (30 × 60 + 20 × 80 + 20 × 87.5 + 15 × 100 + 15 × 75) / 100 = 7775 / 100
        assertThat(score.index()).isEqualTo(d("77.75"));
        assertThat(score.missing()).isEmpty();
        assertThat(score.renormalised()).isFalse();
    }

    @Test
    void missingComponentsAreLeftOutAndTheOtherWeightsRenormalised() {
        ComponentValues some = values(d("60"), null, d("87.5"), d("100"), null);
        AdoptionScore score = AdoptionMath.score(some, AdoptionWeights.DEFAULTS);
        // (30 × 60 + 20 × 87.5 + 15 × 100) / (30 + 20 + 15) = 5050 / 65 = 77.6923…
        assertThat(score.index()).isEqualTo(d("77.69"));
        assertThat(score.missing()).containsExactlyInAnyOrder(AdoptionComponent.LOGGING, AdoptionComponent.GOALS);
        assertThat(score.renormalised()).isTrue();

        AdoptionScore nothing = AdoptionMath.score(ComponentValues.NONE, AdoptionWeights.DEFAULTS);
        assertThat(nothing.index()).isNull();
        assertThat(nothing.renormalised()).isFalse();
    }

    @Test
    void aComponentWeighingNothingDoesNotMoveTheIndex() {
        Map<AdoptionComponent, BigDecimal> weights = new EnumMap<>(AdoptionComponent.class);
        weights.put(AdoptionComponent.USAGE, d("50"));
        weights.put(AdoptionComponent.TRAINING, d("50"));
        AdoptionScore score = AdoptionMath.score(values(d("40"), d("10"), d("10"), d("80"), d("10")),
                new AdoptionWeights(weights));
        assertThat(score.index()).isEqualTo(d("60.00"));
    }

    @Test
    void groupsCountEachPersonOnceWeightedByHeadcountNotAsAnAverageOfAverages() {
        AdoptionScore anna = new AdoptionScore(values(d("60"), d("80"), null, null, null), d("70"), Set.of());
        AdoptionScore ben = new AdoptionScore(values(d("40"), null, null, null, null), d("40"), Set.of());
        AdoptionScore cem = new AdoptionScore(values(d("20"), d("100"), d("50"), null, null), d("60"), Set.of());

        GroupScore teamA = AdoptionMath.aggregate(List.of(anna, ben));
        GroupScore teamB = AdoptionMath.aggregate(List.of(cem));
        GroupScore department = AdoptionMath.aggregate(List.of(anna, ben, cem));

        assertThat(teamA.index()).isEqualTo(d("55.00"));
        assertThat(teamB.index()).isEqualTo(d("60.00"));
        // (70 + 40 + 60) / 3 = 56.666…, the teams weighted by their headcount (2 × 55 + 1 × 60) / 3; not (55 + 60) / 2
        assertThat(department.headcount()).isEqualTo(3);
        assertThat(department.index()).isEqualTo(d("56.67"));
        // each component over the people who have it: usage (60 + 40 + 20) / 3, logging (80 + 100) / 2
        assertThat(department.components().get(AdoptionComponent.USAGE)).isEqualTo(d("40.00"));
        assertThat(department.components().get(AdoptionComponent.LOGGING)).isEqualTo(d("90.00"));
        assertThat(department.components().get(AdoptionComponent.QUALITY)).isEqualTo(d("50.00"));
        assertThat(department.components().has(AdoptionComponent.TRAINING)).isFalse();
        assertThat(AdoptionMath.aggregate(List.of())).isEqualTo(GroupScore.EMPTY);
    }

    @Test
    void groupsBelowTheMinimumSizeAreSuppressed() {
        GroupScore four = new GroupScore(4, values(d("50"), null, null, null, null), d("50"));
        GroupScore five = new GroupScore(5, values(d("50"), null, null, null, null), d("50"));

        assertThat(GroupFigure.of(four, 5)).isEqualTo(new GroupFigure.Suppressed(4, 5));
        assertThat(GroupFigure.of(five, 5)).isEqualTo(new GroupFigure.Shown(five));
        assertThat(GroupFigure.of(five, 6)).isInstanceOf(GroupFigure.Suppressed.class);
        assertThat(GroupFigure.of(GroupScore.EMPTY, 2).headcount()).isZero();
    }

    private static ComponentValues values(BigDecimal usage, BigDecimal logging, BigDecimal quality, BigDecimal training,
            BigDecimal goals) {
        Map<AdoptionComponent, BigDecimal> values = new EnumMap<>(AdoptionComponent.class);
        values.put(AdoptionComponent.USAGE, usage);
        values.put(AdoptionComponent.LOGGING, logging);
        values.put(AdoptionComponent.QUALITY, quality);
        values.put(AdoptionComponent.TRAINING, training);
        values.put(AdoptionComponent.GOALS, goals);
        return new ComponentValues(values);
    }
}
