package app.uptake.incentives.calc;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a payout curve pays for an attainment.
 *
 * @param percent     payout in per cent of the component's share of the target incentive (100 = on target)
 * @param band        the band the attainment fell into
 * @param capped      whether the curve's cap cut the payout down
 * @param explanation each step of the evaluation with its values, ending with the payout
 */
public record CurvePayout(BigDecimal percent, CurveBand band, boolean capped, List<ExplanationLine> explanation) {

    public CurvePayout {
        explanation = List.copyOf(explanation);
    }
}
