package app.uptake.goals;

import app.uptake.organization.OrgUnitKind;
import app.uptake.organization.OrganizationService;
import app.uptake.support.TestPeople;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The goal test division split in two departments: "Cascade one" with its head Max (a manager with a login), Anna
 * (three calls in the baseline year, reporting to Max) and Jana, who joins half a year into the goal's period; and
 * "Cascade two" with Ben (no calls). Anna and Max have logins. {@link #remove()} deletes the goals drafted on it,
 * children before parents, then the people, then the division.
 */
final class CascadeFixture {

    final GoalFixture goals;
    final long one;
    final long two;
    final TestPeople.Person max;
    final TestPeople.Person jana;
    private final JdbcTemplate jdbc;
    private final TestPeople people;

    /** Signed in as admin; {@code joinerStart} is Jana's first day. */
    CascadeFixture(ApplicationContext context, LocalDate baselineYearStart, LocalDate joinerStart) {
        goals = new GoalFixture(context, baselineYearStart);
        jdbc = context.getBean(JdbcTemplate.class);
        people = new TestPeople(jdbc);
        OrganizationService organization = context.getBean(OrganizationService.class);
        one = organization.create(goals.unitId, "GC-" + UUID.randomUUID().toString().substring(0, 8), "Cascade one",
                OrgUnitKind.DEPARTMENT).id();
        two = organization.create(goals.unitId, "GC-" + UUID.randomUUID().toString().substring(0, 8), "Cascade two",
                OrgUnitKind.DEPARTMENT).id();
        max = people.employee("Max", "Head", "en", null, null);
        jana = people.employee("Jana", "Joiner", "en", max.id(), null);
        jdbc.update("update employee set org_unit_id = ? where id in (?, ?, ?)", one, max.id(), jana.id(),
                goals.anna.id());
        jdbc.update("update employee set manager_id = ? where id = ?", max.id(), goals.anna.id());
        jdbc.update("update employee set start_date = ? where id = ?", Date.valueOf(joinerStart), jana.id());
        jdbc.update("update employee set org_unit_id = ? where id = ?", two, goals.ben.id());
        login(max, "EMPLOYEE", "MANAGER");
        login(new TestPeople.Person(goals.anna.id(), goals.anna.name(), goals.anna.email()), "EMPLOYEE");
    }

    private void login(TestPeople.Person person, String... roles) {
        people.account(person, "en");
        for (String role : roles) {
            jdbc.update("insert into user_account_role (account_id, role) select id, ? from user_account "
                    + "where employee_id = ?", role, person.id());
        }
    }

    void remove() {
        jdbc.update("delete from goal_revision where goal_id in (select id from goal where title_en like 'Test %')");
        // children before parents: the deepest rows of the cascade first
        for (int depth = 0; depth < 5; depth++) {
            jdbc.update("delete from goal where title_en like 'Test %' and parent_id is not null "
                    + "and id not in (select parent_id from goal where parent_id is not null)");
        }
        jdbc.update("delete from user_account where employee_id = ?", goals.anna.id());
        jdbc.update("update employee set manager_id = null where id = ?", goals.anna.id());
        people.removeAll();
        goals.remove();
    }
}
