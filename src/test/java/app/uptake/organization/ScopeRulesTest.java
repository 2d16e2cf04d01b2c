package app.uptake.organization;

import static app.uptake.organization.ScopePurpose.AGGREGATE;
import static app.uptake.organization.ScopePurpose.INDIVIDUAL;
import static app.uptake.organization.ScopeRules.Reach.EVERYONE;
import static app.uptake.organization.ScopeRules.Reach.REPORTING_LINE;
import static app.uptake.organization.ScopeRules.Reach.SELF;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeRulesTest {

    @Test
    void anEmployeeSeesOnlyThemselvesForEveryPurpose() {
        assertThat(ScopeRules.reach(Set.of(Role.EMPLOYEE), INDIVIDUAL)).isEqualTo(SELF);
        assertThat(ScopeRules.reach(Set.of(Role.EMPLOYEE), AGGREGATE)).isEqualTo(SELF);
    }

    @Test
    void aManagerSeesTheirReportingLine() {
        assertThat(ScopeRules.reach(Set.of(Role.EMPLOYEE, Role.MANAGER), INDIVIDUAL)).isEqualTo(REPORTING_LINE);
        assertThat(ScopeRules.reach(Set.of(Role.EMPLOYEE, Role.MANAGER), AGGREGATE)).isEqualTo(REPORTING_LINE);
    }

    @Test
    void hrAndAdminSeeEveryone() {
        for (ScopePurpose purpose : ScopePurpose.values()) {
            assertThat(ScopeRules.reach(Set.of(Role.HR), purpose)).isEqualTo(EVERYONE);
            assertThat(ScopeRules.reach(Set.of(Role.ADMIN), purpose)).isEqualTo(EVERYONE);
        }
    }

    @Test
    void executivesSeeEveryoneInAggregatesButIndividualsOnlyInTheirOwnLine() {
        assertThat(ScopeRules.reach(Set.of(Role.EXECUTIVE), AGGREGATE)).isEqualTo(EVERYONE);
        assertThat(ScopeRules.reach(Set.of(Role.EXECUTIVE), INDIVIDUAL)).isEqualTo(REPORTING_LINE);
    }

    @Test
    void noRolesMeansOnlyOneself() {
        assertThat(ScopeRules.reach(Set.of(), INDIVIDUAL)).isEqualTo(SELF);
    }
}
