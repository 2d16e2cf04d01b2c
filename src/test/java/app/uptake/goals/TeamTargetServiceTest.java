package app.uptake.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.goals.allocation.AllocationStrategy;
import app.uptake.organization.OrgUnitKind;
import app.uptake.organization.OrganizationService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Team targets on the cascade test division: a company goal of next fiscal year on the division, shared equally
 * between "Cascade one" (led by Max) and "Cascade two". Max's team is his department; he sees its share and what it
 * is broken down into, never the other department's, whatever goal id he passes.
 */
class TeamTargetServiceTest extends UiTest {

    @Autowired
    GoalService goals;
    @Autowired
    GoalCascadeService cascade;
    @Autowired
    TeamTargetService team;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    CascadeFixture fixture;
    int year;
    long goal;
    long one;
    long two;
    Long teamA;

    @BeforeEach
    void breakDownToDepartments() {
        signInAs(DemoLogins.ADMIN);
        NextYearBreakdown breakdown = new NextYearBreakdown(context);
        fixture = breakdown.fixture;
        year = breakdown.year;
        goal = breakdown.goal;
        one = breakdown.one;
        two = breakdown.two;
    }

    @AfterEach
    void removeDivision() {
        signInAs(DemoLogins.ADMIN);
        if (teamA != null) {
            jdbc.update("update employee set org_unit_id = ? where org_unit_id = ?", fixture.one, teamA);
            jdbc.update("delete from goal where parent_id in (select id from goal where org_unit_id = ?)", teamA);
            jdbc.update("delete from goal where org_unit_id = ?", teamA);
            jdbc.update("delete from org_unit where id = ?", teamA);
        }
        fixture.remove();
    }

    private void grantManagerRole(long employeeId) {
        jdbc.update("insert into user_account_role (account_id, role) select id, 'MANAGER' from user_account "
                + "where employee_id = ?", employeeId);
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aManagerSeesHisDepartmentsShareAndWhatItIsBrokenDownInto() {
        signInAs(fixture.max.email());
        assertThat(team.team()).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("Cascade one"));
        assertThat(team.countUnitTargets(year)).isEqualTo(1);
        assertThat(team.countUnitTargets(year - 1)).isZero();
        List<TeamTarget> rows = team.unitTargets(year, 0, 50);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.goal().id()).isEqualTo(one);
            assertThat(row.goal().target()).isEqualByComparingTo("10");
            assertThat(row.goal().baseline()).isEqualByComparingTo("3");
            assertThat(row.goal().weight()).isEqualByComparingTo("10");
            assertThat(row.goal().childCount()).isZero();
            assertThat(row.mayBreakDown()).isTrue();
        });
        assertThat(team.breakdown(one, 0, 50)).isEmpty();

        cascade.save(one, AllocationStrategy.EQUAL, cascade.allocate(cascade.plan(one), AllocationStrategy.EQUAL)
                .targetsById(), null);
        assertThat(team.unitTargets(year, 0, 50).getFirst().goal().childCount()).isEqualTo(3);
        List<TeamTarget> people = team.breakdown(one, 0, 50);
        assertThat(people).extracting(t -> t.goal().scopeName()).containsExactlyInAnyOrder("Anna Goal", "Jana Joiner",
                "Max Head");
        // a person's target is not broken down any further
        assertThat(people).noneMatch(TeamTarget::mayBreakDown);
        assertThat(people).allSatisfy(p -> assertThat(p.goal().parentId()).isEqualTo(one));
        // paged: the second page of two holds the third person
        assertThat(team.breakdown(one, 2, 2)).hasSize(1);
    }

    @Test
    void aManagerTriesToOpenAndEditAnotherTeamsBreakdownAndIsRefusedWithNothingSaved() {
        // Max even owns the other department's share: owning it does not make it his team's
        jdbc.update("update goal set owner_id = ? where id = ?", fixture.max.id(), two);
        signInAs(fixture.max.email());
        assertThat(team.unitTargets(year, 0, 50)).extracting(t -> t.goal().id()).containsExactly(one);
        assertRefused(() -> team.breakdown(two, 0, 50), "goals.team.outsideTeam");
        assertRefused(() -> team.breakdown(goal, 0, 50), "goals.team.outsideTeam");
        assertRefused(() -> team.breakdown(Long.MAX_VALUE, 0, 50), "goals.team.outsideTeam");
        assertThat(cascade.mayEdit(two)).isFalse();
        assertRefused(() -> cascade.plan(two), "goals.cascade.outsideSubtree");
        assertRefused(() -> cascade.save(two, AllocationStrategy.MANUAL,
                Map.of("employee-" + fixture.goals.ben.id(), BigDecimal.TEN), null), "goals.cascade.outsideSubtree");

        signInAs(DemoLogins.ADMIN);
        assertThat(cascade.breakdown(two)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from goal where parent_id = ?", Integer.class, two)).isZero();
    }

    @Test
    void aTeamLeadBelowTheDepartmentSeesHerTeamsShareNotTheDepartments() {
        OrganizationService organization = context.getBean(OrganizationService.class);
        teamA = organization.create(fixture.one, "GC-" + UUID.randomUUID().toString().substring(0, 8), "Cascade one A",
                OrgUnitKind.TEAM).id();
        // Anna heads team A: she is its member whose manager (Max) works outside it
        jdbc.update("update employee set org_unit_id = ? where id = ?", teamA, fixture.goals.anna.id());
        grantManagerRole(fixture.goals.anna.id());
        signInAs(fixture.max.email());
        cascade.save(one, AllocationStrategy.EQUAL, cascade.allocate(cascade.plan(one), AllocationStrategy.EQUAL)
                .targetsById(), null);
        // Max's team reaches down to team A: its share is his to break down too; he and Jana, who work for the
        // department itself, have their own shares beside it
        List<TeamTarget> shares = team.breakdown(one, 0, 50);
        assertThat(shares).extracting(t -> t.goal().scopeName())
                .containsExactlyInAnyOrder("Cascade one A", "Max Head", "Jana Joiner");
        TeamTarget ofA = shares.stream().filter(t -> t.goal().scopeName().equals("Cascade one A")).findFirst().orElseThrow();
        assertThat(ofA.mayBreakDown()).isTrue();
        assertThat(shares).filteredOn(t -> t != ofA).noneMatch(TeamTarget::mayBreakDown);
        long shareOfA = ofA.goal().id();
        assertThat(team.unitTargets(year, 0, 50)).extracting(t -> t.goal().id()).containsExactly(one);

        signInAs(fixture.goals.anna.email());
        assertThat(team.team()).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("Cascade one A"));
        assertThat(team.unitTargets(year, 0, 50)).singleElement().satisfies(t -> {
            assertThat(t.goal().id()).isEqualTo(shareOfA);
            assertThat(t.mayBreakDown()).isTrue();
        });
        assertRefused(() -> team.breakdown(one, 0, 50), "goals.team.outsideTeam");
        assertRefused(() -> cascade.plan(one), "goals.cascade.outsideSubtree");
    }

    @Test
    void aManagerWhoLeadsNoUnitHasNoTeamTargetsAndAnEmployeeIsRefused() {
        signInAs(fixture.goals.anna.email());
        assertThatThrownBy(() -> team.countUnitTargets(year)).isInstanceOf(AccessDeniedException.class);
        // Anna reports to Max within his department: a manager by role, but she heads no unit
        grantManagerRole(fixture.goals.anna.id());
        signInAs(fixture.goals.anna.email());
        assertThat(team.team()).isEmpty();
        assertThat(team.countUnitTargets(year)).isZero();
        assertThat(team.unitTargets(year, 0, 50)).isEmpty();
        assertRefused(() -> team.breakdown(one, 0, 50), "goals.team.outsideTeam");
    }

    @Test
    void anExecutiveLeadingTheCompanySeesTheCompanyGoalItself() {
        signInAs(DemoLogins.EXECUTIVE);
        assertThat(team.unitTargets(year, 0, 500)).extracting(t -> t.goal().id()).contains(goal)
                .doesNotContain(one, two);
        TeamTarget company = team.unitTargets(year, 0, 500).stream().filter(t -> t.goal().id() == goal).findFirst()
                .orElseThrow();
        assertThat(company.mayBreakDown()).isTrue();
        assertThat(team.breakdown(goal, 0, 50)).extracting(t -> t.goal().id()).containsExactly(one, two);
    }
}
