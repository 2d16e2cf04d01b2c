package app.uptake.incentives.calc;

/**
 * The i18n keys of the calculation core (texts in vaadin-i18n): refusals of bad plans and inputs, and the lines of
 * the explanation a statement shows. The arguments each key takes are listed beside it.
 */
public final class IncentiveKeys {

    // Refusals (BusinessRuleException) take plain values as arguments (codes, numbers, dates), so any view can show
    // them with getTranslation(key, args); explanations may also take Labels and LocalizedTexts (ExplanationRenderer).

    // --- refusals: payout curves ---
    /** {0} threshold. */
    public static final String THRESHOLD_RANGE = "incentives.curve.thresholdRange";
    /** {0} threshold payout. */
    public static final String THRESHOLD_PAYOUT_RANGE = "incentives.curve.thresholdPayoutRange";
    /** {0} cap, {1} threshold payout. */
    public static final String CAP_BELOW_THRESHOLD_PAYOUT = "incentives.curve.capBelowThresholdPayout";
    /** {0} cap. */
    public static final String CAP_BELOW_TARGET = "incentives.curve.capBelowTarget";
    /** {0} where the first tier starts. */
    public static final String TIER_START = "incentives.curve.tierStart";
    /** {0} tier number, {1} from, {2} to. */
    public static final String TIER_EMPTY = "incentives.curve.tierEmpty";
    /** {0} end of the tier before, {1} start of the next. */
    public static final String TIER_GAP = "incentives.curve.tierGap";
    /** {0} end of the tier before, {1} start of the next. */
    public static final String TIER_OVERLAP = "incentives.curve.tierOverlap";
    /** {0} tier number. */
    public static final String OPEN_TIER_NOT_LAST = "incentives.curve.openTierNotLast";
    /** {0} tier number, {1} slope. */
    public static final String NEGATIVE_SLOPE = "incentives.curve.negativeSlope";
    public static final String NO_STEPS = "incentives.curve.noSteps";
    /** {0} step number, {1} its attainment. */
    public static final String STEP_BELOW_ZERO = "incentives.curve.stepBelowZero";
    /** {0} attainment of the step before, {1} attainment of the next. */
    public static final String STEPS_NOT_ASCENDING = "incentives.curve.stepsNotAscending";
    /** {0} step number, {1} payout. */
    public static final String NEGATIVE_STEP_PAYOUT = "incentives.curve.negativeStepPayout";
    /** {0} payout of the step before, {1} payout of the next. */
    public static final String STEP_PAYOUT_DECREASES = "incentives.curve.stepPayoutDecreases";

    // --- refusals: plans and components ---
    public static final String NO_COMPONENTS = "incentives.plan.noComponents";
    /** {0} component code. */
    public static final String DUPLICATE_COMPONENT = "incentives.plan.duplicateComponent";
    /** {0} component code, {1} weight. */
    public static final String WEIGHT_NOT_POSITIVE = "incentives.plan.weightNotPositive";
    /** {0} sum of the weights. */
    public static final String WEIGHTS_NOT_HUNDRED = "incentives.plan.weightsNotHundred";
    /** {0} amount. */
    public static final String TARGET_INCENTIVE_NOT_POSITIVE = "incentives.plan.targetIncentiveNotPositive";
    /** {0} gate code. */
    public static final String DUPLICATE_GATE = "incentives.plan.duplicateGate";
    /** {0} gate code, {1} component code. */
    public static final String GATE_UNKNOWN_COMPONENT = "incentives.plan.gateUnknownComponent";
    /** {0} target. */
    public static final String NEGATIVE_TARGET = "incentives.component.negativeTarget";

    // --- refusals: gates ---
    /** {0} per cent. */
    public static final String REDUCE_RANGE = "incentives.gate.reduceRange";
    /** {0} cap. */
    public static final String GATE_CAP_NEGATIVE = "incentives.gate.capNegative";
    /** {0} gate code. */
    public static final String GATE_MINIMUM_MISSING = "incentives.gate.minimumMissing";
    /** {0} gate code. */
    public static final String GATE_MINIMUM_FOR_FLAG = "incentives.gate.minimumForFlag";
    /** {0} gate code, {1} minimum. */
    public static final String GATE_MINIMUM_RANGE = "incentives.gate.minimumRange";
    /** {0} gate code. */
    public static final String GATE_VALUE_MISSING = "incentives.gate.valueMissing";
    /** {0} gate code. */
    public static final String GATE_VALUE_KIND = "incentives.gate.valueKind";
    /** {0} gate code, {1} value. */
    public static final String GATE_VALUE_RANGE = "incentives.gate.valueRange";

    // --- refusals: amounts, proration, inputs ---
    /** {0} amount. */
    public static final String AMOUNT_NEGATIVE = "incentives.amount.negative";
    /** {0} amount, {1} decimals the currency allows, {2} currency. */
    public static final String AMOUNT_TOO_PRECISE = "incentives.amount.tooPrecise";
    public static final String NO_EMPLOYMENT = "incentives.proration.noEmployment";
    /** {0} FTE. */
    public static final String FTE_RANGE = "incentives.proration.fteRange";
    /** {0} first day, {1} last day, {2} first day of the period, {3} last day of the period. */
    public static final String OUTSIDE_PERIOD = "incentives.proration.outsidePeriod";
    /** {0} first day both share, {1} last day both share. */
    public static final String EMPLOYMENT_OVERLAP = "incentives.proration.overlap";
    /** {0} currency, {1} other currency. */
    public static final String MIXED_CURRENCIES = "incentives.calc.mixedCurrencies";
    /** {0} component code, {1} goal id. */
    public static final String GOAL_MISSING = "incentives.calc.goalMissing";
    /** {0} component code, {1} metric code. */
    public static final String ACTUAL_MISSING = "incentives.calc.actualMissing";
    /** {0} component code. */
    public static final String UNKNOWN_COMPONENT = "incentives.calc.unknownComponent";
    public static final String ADJUSTMENT_REASON_REQUIRED = "incentives.adjustment.reasonRequired";
    public static final String ADJUSTMENT_ZERO = "incentives.adjustment.zero";
    /** {0} total before rounding, {1} currency. */
    public static final String NEGATIVE_TOTAL = "incentives.adjustment.negativeTotal";

    // --- explanation: attainment ---
    /** {0} actual, {1} target, {2} attainment. */
    public static final String EXPLAIN_RATIO = "incentives.explain.attainment.ratio";
    /** {0} actual, {1} target, {2} attainment. */
    public static final String EXPLAIN_MIRRORED = "incentives.explain.attainment.mirrored";
    /** {0} attainment the formula gave. */
    public static final String EXPLAIN_FLOORED = "incentives.explain.attainment.floored";
    /** {0} actual. */
    public static final String EXPLAIN_ZERO_TARGET_MET = "incentives.explain.attainment.zeroTargetMet";
    /** {0} actual. */
    public static final String EXPLAIN_ZERO_TARGET_MISSED = "incentives.explain.attainment.zeroTargetMissed";

    // --- explanation: curves ---
    /** {0} attainment, {1} threshold. */
    public static final String EXPLAIN_BELOW_THRESHOLD = "incentives.explain.curve.belowThreshold";
    /** {0} attainment, {1} threshold, {2} threshold payout, {3} payout. */
    public static final String EXPLAIN_LINEAR = "incentives.explain.curve.linear";
    /** {0} tier number, {1} from, {2} up to, {3} slope, {4} points in the tier, {5} payout points it adds. */
    public static final String EXPLAIN_TIER = "incentives.explain.curve.tier";
    /** {0} end of the last tier, {1} payout. */
    public static final String EXPLAIN_BEYOND_TIERS = "incentives.explain.curve.beyondTiers";
    /** {0} payout before the cap, {1} cap. */
    public static final String EXPLAIN_CAPPED = "incentives.explain.curve.capped";
    /** {0} attainment, {1} band from, {2} band below, {3} payout. */
    public static final String EXPLAIN_STEP = "incentives.explain.curve.step";
    /** {0} attainment, {1} band from, {2} payout. */
    public static final String EXPLAIN_OPEN_STEP = "incentives.explain.curve.openStep";
    /** {0} attainment, {1} lowest band. */
    public static final String EXPLAIN_BELOW_STEPS = "incentives.explain.curve.belowSteps";
    /** {0} payout. */
    public static final String EXPLAIN_CURVE_RESULT = "incentives.explain.curve.result";

    // --- curve bands (a statement's "band" column) ---
    /** {0} threshold. */
    public static final String BAND_BELOW_THRESHOLD = "incentives.band.belowThreshold";
    /** {0} threshold. */
    public static final String BAND_THRESHOLD_TO_TARGET = "incentives.band.thresholdToTarget";
    /** {0} tier number, {1} from, {2} to. */
    public static final String BAND_TIER = "incentives.band.tier";
    /** {0} tier number, {1} from. */
    public static final String BAND_OPEN_TIER = "incentives.band.openTier";
    /** {0} end of the last tier. */
    public static final String BAND_BEYOND_TIERS = "incentives.band.beyondTiers";
    /** {0} band number, {1} from, {2} below. */
    public static final String BAND_STEP = "incentives.band.step";
    /** {0} band number, {1} from. */
    public static final String BAND_OPEN_STEP = "incentives.band.openStep";
    /** {0} lowest band. */
    public static final String BAND_BELOW_STEPS = "incentives.band.belowSteps";

    // --- explanation: gates ---
    /** {0} measure (translated label). */
    public static final String EXPLAIN_GATE_FLAG_MET = "incentives.explain.gate.flagMet";
    /** {0} measure (translated label). */
    public static final String EXPLAIN_GATE_FLAG_MISSED = "incentives.explain.gate.flagMissed";
    /** {0} measure (translated label), {1} value, {2} minimum. */
    public static final String EXPLAIN_GATE_MINIMUM_MET = "incentives.explain.gate.minimumMet";
    /** {0} measure (translated label), {1} value, {2} minimum. */
    public static final String EXPLAIN_GATE_MINIMUM_MISSED = "incentives.explain.gate.minimumMissed";
    /** {0} payout before. */
    public static final String EXPLAIN_GATE_ZERO = "incentives.explain.gate.zero";
    /** {0} per cent, {1} payout before, {2} payout after. */
    public static final String EXPLAIN_GATE_REDUCE = "incentives.explain.gate.reduce";
    /** {0} cap, {1} payout before, {2} payout after. */
    public static final String EXPLAIN_GATE_CAP = "incentives.explain.gate.cap";
    /** {0} cap, {1} payout. */
    public static final String EXPLAIN_GATE_CAP_NOT_REACHED = "incentives.explain.gate.capNotReached";

    // --- explanation: components, plans, proration, total ---
    /** {0} component name (localized), {1} weight. */
    public static final String EXPLAIN_COMPONENT = "incentives.explain.component";
    /** {0} payout, {1} weight, {2} weighted payout. */
    public static final String EXPLAIN_WEIGHTED = "incentives.explain.component.weighted";
    /** {0} target incentive, {1} currency, {2} weighted payout, {3} proration factor, {4} amount. */
    public static final String EXPLAIN_COMPONENT_AMOUNT = "incentives.explain.component.amount";
    /** {0} plan name (localized), {1} version, {2} target incentive, {3} currency. */
    public static final String EXPLAIN_PLAN = "incentives.explain.plan";
    /** {0} plan name (localized), {1} version, {2} individual target incentive, {3} currency. */
    public static final String EXPLAIN_PLAN_OVERRIDE = "incentives.explain.planOverride";
    /** {0} first day, {1} last day, {2} days, {3} FTE, {4} days times FTE. */
    public static final String EXPLAIN_SPELL = "incentives.explain.proration.spell";
    /** {0} weighted days, {1} days in the period, {2} factor. */
    public static final String EXPLAIN_PRORATION = "incentives.explain.proration.factor";
    /** {0} sum of the weighted payouts. */
    public static final String EXPLAIN_COMPONENT_SUM = "incentives.explain.plan.sum";
    /** {0} payout, {1} target incentive, {2} proration factor, {3} amount, {4} currency. */
    public static final String EXPLAIN_PLAN_PAYOUT = "incentives.explain.plan.payout";
    /** {0} amount, {1} currency, {2} reason. */
    public static final String EXPLAIN_ADJUSTMENT = "incentives.explain.adjustment";
    /** {0} exact total, {1} rounded total, {2} currency. */
    public static final String EXPLAIN_TOTAL = "incentives.explain.total";

    private IncentiveKeys() {
    }
}
