package app.uptake.incentives.plan;

import app.uptake.incentives.calc.PlanVersion;

/**
 * A plan's rules as they apply to one period: the version in force at the period's start, which a run freezes.
 *
 * @param versionId            the stored version's id, recorded with the run
 * @param managerTotalsVisible whether managers may see the payout totals of their reporting line
 */
public record PlanInForce(long planId, long versionId, PlanVersion version, PlanPeriodType periodType,
        boolean managerTotalsVisible) {
}
