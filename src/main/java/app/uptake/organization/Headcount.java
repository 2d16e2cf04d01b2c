package app.uptake.organization;

/** How many people are active today in a unit and everything below it. */
public record Headcount(long unitId, String unitName, long active) {
}
