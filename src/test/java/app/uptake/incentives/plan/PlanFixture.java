package app.uptake.incentives.plan;

import app.uptake.organization.OrgUnitKind;
import app.uptake.organization.OrganizationService;
import app.uptake.support.TestPeople;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A test division with a department below it, people placed in it as each test needs, and plans with codes no other
 * test uses. {@link #remove()} deletes plans, people and units again. Made while signed in as the program office.
 */
public final class PlanFixture {

    public final long divisionId;
    public final long departmentId;
    private final String prefix = "PT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final JdbcTemplate jdbc;
    private final TestPeople people;
    private final List<Long> plans = new ArrayList<>();

    public PlanFixture(ApplicationContext context) {
        jdbc = context.getBean(JdbcTemplate.class);
        people = new TestPeople(jdbc);
        OrganizationService organization = context.getBean(OrganizationService.class);
        long company = organization.children(null).getFirst().id();
        divisionId = organization.create(company, prefix + "-DIV", "Plan test division", OrgUnitKind.DIVISION).id();
        departmentId = organization.create(divisionId, prefix + "-DEP", "Plan test department",
                OrgUnitKind.DEPARTMENT).id();
    }

    /** A code for a plan of this fixture. */
    public String code(String suffix) {
        return prefix + "-" + suffix;
    }

    public void track(long planId) {
        plans.add(planId);
    }

    /** Someone in the unit with the job role, employed from {@code start} to {@code end} (null: still employed). */
    public TestPeople.Person person(String first, long unitId, String jobRole, LocalDate start, LocalDate end) {
        TestPeople.Person person = people.employee(first, "Plan", "en", null, end);
        jdbc.update("update employee set org_unit_id = ?, job_role = ?, start_date = ? where id = ?", unitId, jobRole,
                java.sql.Date.valueOf(start), person.id());
        return person;
    }

    public void remove() {
        for (long plan : plans) {
            jdbc.update("delete from incentive_participation where plan_id = ?", plan);
            jdbc.update("delete from incentive_plan_version where plan_id = ?", plan);
            jdbc.update("delete from incentive_plan_job_role where plan_id = ?", plan);
            jdbc.update("delete from incentive_plan_org_unit where plan_id = ?", plan);
            jdbc.update("delete from incentive_plan where id = ?", plan);
        }
        jdbc.update("delete from incentive_plan where code like ?", prefix + "%");
        people.removeAll();
        jdbc.update("delete from org_unit where id = ?", departmentId);
        jdbc.update("delete from org_unit where id = ?", divisionId);
    }
}
