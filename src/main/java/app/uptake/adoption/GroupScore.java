package app.uptake.adoption;

import java.math.BigDecimal;

/**
 * Adoption of a group of people (a team, department, division or the company) for a week, every person counted
 * once: each component and the index are the mean over the people who have a value, so a unit's figure is its
 * sub-units' figures weighted by their headcount.
 */
public record GroupScore(int headcount, ComponentValues components, BigDecimal index) {

    public static final GroupScore EMPTY = new GroupScore(0, ComponentValues.NONE, null);
}
