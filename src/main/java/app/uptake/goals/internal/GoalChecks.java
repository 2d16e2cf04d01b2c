package app.uptake.goals.internal;

import app.uptake.goals.GoalDraft;
import app.uptake.goals.TargetDirection;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricDirection;
import app.uptake.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rules a company goal's own fields must keep, checked before anything is written. Each broken rule names the
 * form field it belongs to.
 */
public final class GoalChecks {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GoalChecks() {
    }

    public static void texts(GoalDraft draft) {
        required("titleEn", draft.titleEn(), 200);
        required("titleDe", draft.titleDe(), 200);
        if (draft.rationale() != null && draft.rationale().strip().length() > 2000) {
            throw BusinessRuleException.onField("rationale", "validation.tooLong");
        }
    }

    /** A goal must move its metric the way the metric improves: a "lower is better" metric is decreased. */
    public static void direction(TargetDirection direction, MetricDefinition metric) {
        if (direction == null) {
            throw BusinessRuleException.onField("direction", "validation.required");
        }
        if (direction != TargetDirection.improving(metric.direction())) {
            throw BusinessRuleException.onField("direction", metric.direction() == MetricDirection.LOWER
                    ? "goals.error.mustDecrease" : "goals.error.mustIncrease", metric.code());
        }
    }

    /** Weight in percent of the goal map: above 0, at most 100, and the year's goals together at most 100. */
    public static void weight(BigDecimal weight, BigDecimal othersOfYear) {
        if (weight == null) {
            throw BusinessRuleException.onField("weight", "validation.required");
        }
        if (weight.signum() <= 0 || weight.compareTo(HUNDRED) > 0) {
            throw BusinessRuleException.onField("weight", "goals.error.weightRange");
        }
        BigDecimal total = othersOfYear.add(weight);
        if (total.compareTo(HUNDRED) > 0) {
            throw BusinessRuleException.onField("weight", "goals.error.weightTotal", plain(total), plain(othersOfYear),
                    plain(HUNDRED.subtract(othersOfYear)));
        }
    }

    /** The target must lie beyond the baseline in the goal's direction. */
    public static void target(BigDecimal target, TargetDirection direction, BigDecimal baseline, MetricDefinition metric) {
        if (target == null) {
            throw BusinessRuleException.onField("target", "goals.error.targetRequired");
        }
        if (!direction.reaches(baseline, target)) {
            throw BusinessRuleException.onField("target", direction == TargetDirection.INCREASE
                    ? "goals.error.targetNotAbove" : "goals.error.targetNotBelow",
                    plain(baseline.setScale(metric.unit().decimals(), RoundingMode.HALF_EVEN)));
        }
    }

    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw BusinessRuleException.onField(field, "validation.required");
        }
        if (value.strip().length() > max) {
            throw BusinessRuleException.onField(field, "validation.tooLong");
        }
    }
}
