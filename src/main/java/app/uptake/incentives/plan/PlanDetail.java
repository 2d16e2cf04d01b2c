package app.uptake.incentives.plan;

import java.util.List;

/** The plan page: the plan, its versions (newest first) and its eligibility rules. */
public record PlanDetail(PlanSummary plan, List<PlanVersionEntry> versions, Eligibility eligibility) {
}
