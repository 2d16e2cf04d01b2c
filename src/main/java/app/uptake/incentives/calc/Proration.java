package app.uptake.incentives.calc;

import static app.uptake.incentives.calc.Decimals.HUNDRED;

import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The share of a plan's target incentive an employee earns for the time they spent under it: the days of their
 * spells, each weighted by its FTE, over the calendar days of the period. Calendar days rather than working days,
 * so that every day of the period counts the same and a joiner's share does not depend on holidays.
 *
 * @param weightedDays Σ days × FTE over the spells, exact
 * @param periodDays   calendar days of the period
 * @param factor       weightedDays ÷ periodDays, for showing; amounts divide once at the end instead
 */
public record Proration(BigDecimal weightedDays, long periodDays, BigDecimal factor, List<ExplanationLine> explanation) {

    public Proration {
        explanation = List.copyOf(explanation);
    }

    static Proration of(List<EmploymentSpell> spells, DateRange period) {
        List<ExplanationLine> lines = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        for (EmploymentSpell spell : spells) {
            BigDecimal days = spell.weightedDays();
            weighted = weighted.add(days);
            lines.add(ExplanationLine.of(IncentiveKeys.EXPLAIN_SPELL, spell.days().from(), spell.days().to(),
                    spell.days().days(), spell.fte(), days));
        }
        BigDecimal periodDays = BigDecimal.valueOf(period.days());
        BigDecimal factor = Decimals.divide(weighted, periodDays);
        lines.add(ExplanationLine.of(IncentiveKeys.EXPLAIN_PRORATION, weighted, period.days(), factor));
        return new Proration(weighted, period.days(), factor, lines);
    }

    /**
     * {@code percent} per cent of the target incentive, prorated: target × percent × weighted days ÷ (100 × period
     * days), with the one division last so that a factor such as 1/3 loses nothing before it is multiplied.
     */
    BigDecimal amount(BigDecimal targetIncentive, BigDecimal percent) {
        return Decimals.divide(targetIncentive.multiply(percent).multiply(weightedDays),
                HUNDRED.multiply(BigDecimal.valueOf(periodDays)));
    }
}
