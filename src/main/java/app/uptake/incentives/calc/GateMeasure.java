package app.uptake.incentives.calc;

/**
 * What a gate looks at: the ways of working with the CRM that pay depends on besides the results. A run freezes
 * each employee's value of every measure its plans' gates use.
 */
public enum GateMeasure {
    /** All mandatory training completed by the end of the period: yes or no. */
    MANDATORY_TRAINING_COMPLETED(Kind.FLAG),
    /** Share of the employee's CRM records with the required fields filled in, in per cent. */
    DATA_COMPLETENESS(Kind.PERCENT),
    /** Share of working days on which the employee used the CRM, in per cent. */
    CRM_ACTIVE_DAYS(Kind.PERCENT);

    /** Whether the measure is a yes/no flag or a percentage held against a minimum. */
    public enum Kind { FLAG, PERCENT }

    private final Kind kind;

    GateMeasure(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return "incentives.gate.measure." + name();
    }

    /** The measure's name as an explanation argument. */
    public Label label() {
        return new Label(messageKey());
    }
}
