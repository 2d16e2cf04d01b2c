package app.uptake.organization;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.organization.internal.EmployeeRepository;
import app.uptake.organization.internal.UserAccountRepository;
import app.uptake.organization.internal.UptakeUserDetailsAccess;
import app.uptake.support.DemoLogins;
import app.uptake.support.UptakeSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The scoping rules applied to the demo company's real reporting lines. */
@UptakeSpringTest
@org.springframework.transaction.annotation.Transactional
class VisibilityServiceTest {

    @Autowired
    VisibilityService visibility;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    UserAccountRepository accounts;

    private CurrentUser user(String login) {
        return UptakeUserDetailsAccess.currentUserOf(accounts.findByUsernameIgnoreCase(login).orElseThrow());
    }

    private long id(String login) {
        return employees.findByEmail(login).orElseThrow().getId();
    }

    @Test
    void anEmployeeSeesOnlyThemselves() {
        CurrentUser jonas = user(DemoLogins.EMPLOYEE);
        assertThat(visibility.scopeOf(jonas, ScopePurpose.INDIVIDUAL))
                .isEqualTo(new EmployeeScope.Only(java.util.Set.of(id(DemoLogins.EMPLOYEE))));
        assertThat(visibility.maySee(jonas, id(DemoLogins.MANAGER), ScopePurpose.INDIVIDUAL)).isFalse();
        assertThat(visibility.maySee(jonas, id(DemoLogins.EMPLOYEE), ScopePurpose.INDIVIDUAL)).isTrue();
    }

    @Test
    void aTeamLeadSeesTheirTeamButNotTheirOwnManagerOrOtherTeams() {
        CurrentUser sabine = user(DemoLogins.MANAGER);
        EmployeeScope scope = visibility.scopeOf(sabine, ScopePurpose.INDIVIDUAL);
        long sabineId = id(DemoLogins.MANAGER);
        long directReports = employees.countDirectReports(sabineId);
        assertThat(directReports).isGreaterThan(2);
        assertThat(scope).isInstanceOfSatisfying(EmployeeScope.Only.class,
                only -> assertThat(only.employeeIds()).hasSize((int) directReports + 1));
        assertThat(scope.includes(id(DemoLogins.EMPLOYEE))).isTrue();
        long sabinesManager = employees.findById(sabineId).orElseThrow().getManager().getId();
        assertThat(scope.includes(sabinesManager)).isFalse();
        assertThat(scope.includes(id(DemoLogins.HR))).isFalse();
    }

    @Test
    void theManagingDirectorSeesEveryoneBelowThroughTheManagementLine() {
        CurrentUser ceo = user(DemoLogins.EXECUTIVE);
        assertThat(visibility.scopeOf(ceo, ScopePurpose.AGGREGATE)).isInstanceOf(EmployeeScope.All.class);
        EmployeeScope individual = visibility.scopeOf(ceo, ScopePurpose.INDIVIDUAL);
        assertThat(individual.includes(id(DemoLogins.EMPLOYEE))).isTrue();
    }

    @Test
    void hrAndAdminSeeEveryone() {
        assertThat(visibility.scopeOf(user(DemoLogins.HR), ScopePurpose.INDIVIDUAL)).isInstanceOf(EmployeeScope.All.class);
        assertThat(visibility.scopeOf(user(DemoLogins.ADMIN), ScopePurpose.INDIVIDUAL)).isInstanceOf(EmployeeScope.All.class);
    }
}
