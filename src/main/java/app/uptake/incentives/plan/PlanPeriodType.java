package app.uptake.incentives.plan;

/** How often a plan pays out: each run covers one such period of the fiscal year. */
public enum PlanPeriodType {
    MONTH, QUARTER, YEAR;

    public String messageKey() {
        return "incentives.plan.periodType." + name();
    }
}
