package app.uptake.incentives.run;

import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.shared.DateRange;
import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One calculation run as the runs grid lists it.
 *
 * @param correctsRunId the published run a correction corrects; null for a normal run
 * @param total         Σ of the employees' totals (each rounded once); null before the first calculation
 */
public record RunSummary(long id, long planId, long planVersionId, LocalizedText planName, PlanPeriodType periodType,
        DateRange period, RunKind kind, Long correctsRunId, RunStatus status, int employeeCount, BigDecimal total,
        String currency, Instant startedAt) {
}
