package app.uptake.goals;

import app.uptake.shared.LocalizedText;

/** A company goal as other modules name it (incentive plans bind components to one): no figures, no people. */
public record GoalReference(long id, LocalizedText title, String metricCode, GoalPeriod period, GoalStatus status) {
}
