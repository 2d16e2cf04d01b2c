/**
 * Incentive plans as HR designs them: eligibility, period type, currency, target incentive, components and gates,
 * kept as versions so a run uses the version in force for its period ({@link app.uptake.incentives.plan.PlanSource}).
 */
package app.uptake.incentives.plan;
