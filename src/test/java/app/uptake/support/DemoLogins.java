package app.uptake.support;

import app.uptake.organization.internal.DemoCompany;

/** The demo logins, one per role, as printed in the README. */
public final class DemoLogins {

    public static final String EMPLOYEE = DemoCompany.EMPLOYEE_LOGIN;
    public static final String MANAGER = DemoCompany.MANAGER_LOGIN;
    public static final String HR = DemoCompany.HR_LOGIN;
    public static final String EXECUTIVE = DemoCompany.EXECUTIVE_LOGIN;
    public static final String ADMIN = DemoCompany.ADMIN_LOGIN;
    public static final String PASSWORD = DemoCompany.DEMO_PASSWORD;

    private DemoLogins() {
    }
}
