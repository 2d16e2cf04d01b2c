package app.uptake.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.shared.BusinessRuleException;
import app.uptake.support.DemoLogins;
import app.uptake.support.UptakeSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The rules of the org tree, on the demo company, as the program office changes it. */
@UptakeSpringTest
@Transactional
@WithUserDetails(DemoLogins.ADMIN)
class OrganizationServiceTest {

    @Autowired
    OrganizationService organization;

    private OrgUnit company;
    private OrgUnit sales;

    @BeforeEach
    void findUnits() {
        company = organization.children(null).getFirst();
        sales = organization.children(company.id()).stream().filter(u -> u.code().equals("SALES")).findFirst().orElseThrow();
    }

    @Test
    void headcountsAddUpFromTeamsToTheCompany() {
        long divisions = organization.children(company.id()).stream().mapToLong(OrgUnit::headcount).sum();
        assertThat(company.headcount()).isEqualTo(divisions + 1); // the managing director sits at the top
        assertThat(sales.headcount()).isGreaterThan(100);
    }

    @Test
    void aUnitMustSitBelowAHigherLevel() {
        assertThatThrownBy(() -> organization.create(sales.id(), "X-DIV", "Wrong", OrgUnitKind.DIVISION))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("kind");
                    assertThat(e.messageKey()).isEqualTo("org.error.kindBelow");
                });
    }

    @Test
    void aUnitCannotMoveBelowItself() {
        OrgUnit department = organization.children(sales.id()).getFirst();
        OrgUnit team = organization.create(department.id(), "T-SELF", "Team", OrgUnitKind.TEAM);
        assertThatThrownBy(() -> organization.move(department.id(), team.id()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isIn("org.error.moveIntoOwnSubtree", "org.error.kindBelow"));
    }

    @Test
    void aUnitWithPeopleOrOpenSubUnitsCannotBeClosedButAnEmptyOneCan() {
        assertThatThrownBy(() -> organization.close(sales.id()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("org.error.closeOpenChildren"));
        OrgUnit department = organization.children(sales.id()).getFirst();
        OrgUnit team = organization.children(department.id()).getFirst();
        assertThatThrownBy(() -> organization.close(team.id()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("org.error.closeHasEmployees"));

        OrgUnit empty = organization.create(department.id(), "T-EMPTY", "Empty team", OrgUnitKind.TEAM);
        assertThat(organization.close(empty.id()).isClosed()).isTrue();
        assertThatThrownBy(() -> organization.create(empty.id(), "T-UNDER", "Below closed", OrgUnitKind.TEAM))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void renameAndMoveKeepTheTreeConsistent() {
        OrgUnit north = organization.children(sales.id()).stream().filter(u -> u.code().equals("SALES-NORTH"))
                .findFirst().orElseThrow();
        OrgUnit south = organization.children(sales.id()).stream().filter(u -> u.code().equals("SALES-SOUTH"))
                .findFirst().orElseThrow();
        OrgUnit team = organization.children(north.id()).getFirst();
        long northBefore = north.headcount();
        organization.move(team.id(), south.id());
        assertThat(organization.find(team.id()).orElseThrow().parentId()).isEqualTo(south.id());
        assertThat(organization.find(north.id()).orElseThrow().headcount()).isEqualTo(northBefore - team.headcount());
        assertThat(organization.rename(team.id(), "  Renamed  ").name()).isEqualTo("Renamed");
    }
}
