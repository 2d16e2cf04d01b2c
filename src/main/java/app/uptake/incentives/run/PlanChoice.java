package app.uptake.incentives.run;

import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.shared.LocalizedText;

/** A plan a run may be started for in a period: its version in force there. */
public record PlanChoice(long planId, long versionId, LocalizedText name, PlanPeriodType periodType) {
}
