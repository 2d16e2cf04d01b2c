/**
 * The incentive calculation core: payout curves, component weights, gates, proration by days and the per-employee
 * payout with a step-by-step explanation, as plain records without database or Spring, so that runs, statements and
 * the what-if estimator share one code path.
 *
 * <p>Numbers: every amount and percentage is a {@link java.math.BigDecimal}; percentages are per cent (80 means
 * 80 %). Intermediate values are exact where BigDecimal allows (sums, products, division by 100) and carry 34
 * significant digits ({@link java.math.MathContext#DECIMAL128}, half even) where a division must cut off. The only
 * rounding to the currency's minor unit (the cent for EUR) is the employee's total, once, half even.
 *
 * <p>Refusals are {@link app.uptake.shared.BusinessRuleException}s whose keys are listed in {@link
 * app.uptake.incentives.calc.IncentiveKeys}; explanations are {@link app.uptake.incentives.calc.ExplanationLine}s
 * (key and arguments) that a statement renders in the reader's language.
 */
package app.uptake.incentives.calc;
