package app.uptake.goals;

import app.uptake.metrics.MetricDefinition;
import app.uptake.shared.LocalizedText;

/**
 * One of the signed-in person's targets: the share of a goal set for them, how its metric is measured, and what it
 * rolls up into (the goal of their unit or the company goal one level up, and the company goal at the top).
 */
public record MyTarget(GoalSummary target, MetricDefinition metric, LocalizedText parentTitle, String parentScopeName,
        LocalizedText companyGoalTitle) {
}
