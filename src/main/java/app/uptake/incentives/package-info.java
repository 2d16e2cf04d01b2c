/**
 * Incentives: pay that rests on the same CRM metrics the goals use. Plans (components on goals or metrics, payout
 * curves, gates), calculation runs with four-eyes approval, statements and payroll export build on the calculation
 * core in {@code calc}, which is plain Java so that a run can freeze its inputs and always give the same result.
 */
package app.uptake.incentives;
