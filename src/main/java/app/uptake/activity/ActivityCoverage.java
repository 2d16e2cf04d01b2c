package app.uptake.activity;

/**
 * How much activity a group of people left over some days: how many of them have any event in it, and on how many
 * distinct days any of them has one.
 */
public record ActivityCoverage(int peopleWithActivity, int daysWithActivity) {
}
