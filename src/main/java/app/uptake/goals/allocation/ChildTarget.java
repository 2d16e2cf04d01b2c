package app.uptake.goals.allocation;

import java.math.BigDecimal;

/**
 * One child's allocated target.
 *
 * @param id     the child's id
 * @param label  the child's label
 * @param target the target at the metric's scale: a total (additive) or a rate (ratio)
 * @param basis  what the share was proportional to, to show why: 1 for an equal additive split, the baseline
 *               used (the siblings' average for a child without one), FTE-days of capacity; null for manual
 *               targets and equal ratio targets
 */
public record ChildTarget(String id, String label, BigDecimal target, BigDecimal basis) {
}
