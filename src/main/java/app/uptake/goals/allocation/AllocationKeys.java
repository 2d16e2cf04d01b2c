package app.uptake.goals.allocation;

/** The i18n keys of allocation's refusals, alignment messages and warnings (texts in vaadin-i18n). */
public final class AllocationKeys {

    // refusals (BusinessRuleException); the field is the child id where one child is at fault, else "target"
    public static final String NO_CHILDREN = "goals.allocation.noChildren";
    public static final String DUPLICATE_CHILD = "goals.allocation.duplicateChild";
    public static final String TARGET_MISSING = "goals.allocation.targetMissing";
    public static final String TOO_MANY_DECIMALS = "goals.allocation.tooManyDecimals";
    public static final String NEGATIVE_TARGET = "goals.allocation.negativeTarget";
    public static final String FTE_RANGE = "goals.allocation.fteRange";
    public static final String END_BEFORE_START = "goals.allocation.endBeforeStart";
    public static final String DENOMINATOR_MISSING = "goals.allocation.denominatorMissing";
    public static final String DENOMINATOR_NEGATIVE = "goals.allocation.denominatorNegative";
    public static final String NO_DENOMINATOR = "goals.allocation.noDenominator";
    public static final String NEGATIVE_BASELINE = "goals.allocation.negativeBaseline";
    public static final String NO_BASELINE = "goals.allocation.noBaseline";
    public static final String NO_CAPACITY = "goals.allocation.noCapacity";
    public static final String CAPACITY_NOT_FOR_RATIO = "goals.allocation.capacityNotForRatio";
    public static final String MANUAL_MISSING = "goals.allocation.manualMissing";
    public static final String MANUAL_UNKNOWN = "goals.allocation.manualUnknown";

    // alignment: {0} children's total or weighted rate, {1} |gap|, {2} parent target
    public static final String OVER = "goals.allocation.over";
    public static final String UNDER = "goals.allocation.under";
    public static final String RATIO_OVER = "goals.allocation.ratioOver";
    public static final String RATIO_UNDER = "goals.allocation.ratioUnder";

    // warnings per child: {0} label, {1} target, {2} baseline, {3} |change| in per cent
    public static final String WARNING_FAR_BETTER = "goals.allocation.warning.farBetter";
    public static final String WARNING_FAR_WORSE = "goals.allocation.warning.farWorse";
    public static final String WARNING_BASELINE_ZERO = "goals.allocation.warning.baselineZero";
    public static final String WARNING_NO_BASELINE = "goals.allocation.warning.noBaseline";

    /** The field of refusals about the parent target. */
    public static final String TARGET_FIELD = "target";

    private AllocationKeys() {
    }
}
