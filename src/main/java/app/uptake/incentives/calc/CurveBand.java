package app.uptake.incentives.calc;

import java.math.BigDecimal;

/**
 * The part of a payout curve an attainment fell into, for the statement's "band" column.
 *
 * <p>Tiers above the target are open below and closed above, (from, to]: the band is where the last point of
 * attainment was earned, so exactly 100 % is still "threshold to target" and exactly 120 % is still the tier up to
 * 120 %. Steps are closed below, [from, next step), as a step table reads ("from 90 % pays 50 %").
 *
 * @param kind   which kind of band
 * @param number tier or step number counted from 1; 0 for the other kinds
 * @param from   where the band starts (the threshold, a tier's or step's start, the end of the last tier)
 * @param to     where it ends; null when open-ended or not applicable
 */
public record CurveBand(Kind kind, int number, BigDecimal from, BigDecimal to) {

    public enum Kind { BELOW_THRESHOLD, THRESHOLD_TO_TARGET, TIER, BEYOND_TIERS, BELOW_STEPS, STEP }

    /** The band's name as a line a statement can render. */
    public ExplanationLine label() {
        return switch (kind) {
            case BELOW_THRESHOLD -> ExplanationLine.of(IncentiveKeys.BAND_BELOW_THRESHOLD, from);
            case THRESHOLD_TO_TARGET -> ExplanationLine.of(IncentiveKeys.BAND_THRESHOLD_TO_TARGET, from);
            case TIER -> to == null ? ExplanationLine.of(IncentiveKeys.BAND_OPEN_TIER, number, from)
                    : ExplanationLine.of(IncentiveKeys.BAND_TIER, number, from, to);
            case BEYOND_TIERS -> ExplanationLine.of(IncentiveKeys.BAND_BEYOND_TIERS, from);
            case BELOW_STEPS -> ExplanationLine.of(IncentiveKeys.BAND_BELOW_STEPS, from);
            case STEP -> to == null ? ExplanationLine.of(IncentiveKeys.BAND_OPEN_STEP, number, from)
                    : ExplanationLine.of(IncentiveKeys.BAND_STEP, number, from, to);
        };
    }
}
