package app.uptake.organization;

/** An employee's job, which decides the metrics, targets and training that apply to them. */
public enum JobRole {
    MANAGING_DIRECTOR,
    SALES_DIRECTOR,
    SALES_MANAGER,
    ACCOUNT_EXECUTIVE,
    KEY_ACCOUNT_MANAGER,
    INSIDE_SALES,
    MARKETING_MANAGER,
    MARKETING_SPECIALIST,
    SERVICE_MANAGER,
    SERVICE_AGENT,
    PRODUCT_MANAGER,
    APPLICATION_ENGINEER,
    HR_BUSINESS_PARTNER,
    CRM_PROGRAM_MANAGER;

    /** The i18n key of the job role's display name. */
    public String messageKey() {
        return "jobRole." + name();
    }
}
