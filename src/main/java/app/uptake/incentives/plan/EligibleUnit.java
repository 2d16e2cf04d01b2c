package app.uptake.incentives.plan;

/** An org unit whose people are eligible, with the units below it or without. */
public record EligibleUnit(long orgUnitId, String name, boolean includeSubtree) {
}
