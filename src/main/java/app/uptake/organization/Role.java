package app.uptake.organization;

/** What an account may do in Uptake. An account holds one or more roles. */
public enum Role {
    /** Sees own targets, training and statements. */
    EMPLOYEE,
    /** Sees and steers the employees in their reporting line. */
    MANAGER,
    /** Sees everybody's individual data for incentives and HR processes. */
    HR,
    /** Sees aggregates across the company; individual data only for their own reporting line. */
    EXECUTIVE,
    /** CRM program office: runs the platform and sees everything. */
    ADMIN;

    /** The Spring Security authority name, as used in {@code @RolesAllowed}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
