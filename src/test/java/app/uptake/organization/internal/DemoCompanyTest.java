package app.uptake.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.organization.JobRole;
import app.uptake.organization.OrgUnitKind;
import app.uptake.organization.Role;
import app.uptake.organization.internal.DemoCompany.Plan;
import app.uptake.organization.internal.DemoCompany.PlannedEmployee;
import app.uptake.organization.internal.DemoCompany.PlannedUnit;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoCompanyTest {

    private static final long SEED = 20261122L;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final Plan plan = DemoCompany.generate(SEED, TODAY);

    private Map<String, PlannedEmployee> byEmail(Plan p) {
        return p.employees().stream().collect(Collectors.toMap(PlannedEmployee::email, Function.identity()));
    }

    private Map<String, PlannedUnit> byCode(Plan p) {
        return p.units().stream().collect(Collectors.toMap(PlannedUnit::code, Function.identity()));
    }

    @Test
    void sameSeedGivesTheSameCompany() {
        Plan again = DemoCompany.generate(SEED, TODAY);
        assertThat(again.units()).isEqualTo(plan.units());
        assertThat(again.employees()).isEqualTo(plan.employees());
        assertThat(again).isEqualTo(plan);
    }

    @Test
    void anotherSeedGivesAnotherCompany() {
        assertThat(DemoCompany.generate(SEED + 1, TODAY).employees()).isNotEqualTo(plan.employees());
    }

    @ParameterizedTest
    @ValueSource(longs = {20261122L, 1L, 42L, 7L, 123456789L, -99L})
    void structuralRulesHoldForAnySeed(long seed) {
        Plan p = DemoCompany.generate(seed, TODAY);
        assertHeadcountAndIntegrity(p);
    }

    @Test
    void headcountAndIntegrity() {
        assertHeadcountAndIntegrity(plan);
    }

    private void assertHeadcountAndIntegrity(Plan p) {
        Map<String, PlannedEmployee> employees = byEmail(p);
        Map<String, PlannedUnit> units = byCode(p);

        assertThat(p.employees()).hasSizeBetween(235, 245);
        assertThat(employees).as("unique e-mails").hasSize(p.employees().size());
        assertThat(units).as("unique unit codes").hasSize(p.units().size());
        assertThat(p.employees()).extracting(PlannedEmployee::crmUserId).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("005[0-9A-Z]{12}"));
        assertThat(p.employees()).allSatisfy(e -> {
            assertThat(e.email()).matches("[a-z0-9.-]+@hansen-antriebstechnik\\.example");
            assertThat(e.locale()).isIn("de", "en");
            assertThat(e.roles()).contains(Role.EMPLOYEE);
            assertThat(units).as("unit of %s", e.email()).containsKey(e.orgUnitCode());
            if (e.managerEmail() != null) {
                assertThat(employees).as("manager of %s", e.email()).containsKey(e.managerEmail());
            }
            assertThat(e.startDate()).isBeforeOrEqualTo(TODAY).isAfter(TODAY.minusYears(13));
            if (e.endDate() != null) {
                assertThat(e.endDate()).isBefore(TODAY).isAfterOrEqualTo(e.startDate());
            }
        });

        // no management cycles: every chain ends at the top within the number of employees
        for (PlannedEmployee e : p.employees()) {
            Set<String> seen = new HashSet<>();
            for (String m = e.managerEmail(); m != null; m = employees.get(m).managerEmail()) {
                assertThat(seen.add(m)).as("cycle above %s", e.email()).isTrue();
            }
        }
        assertThat(p.employees()).filteredOn(e -> e.managerEmail() == null)
                .extracting(PlannedEmployee::email).containsExactly(DemoCompany.EXECUTIVE_LOGIN);

        // the tree: one company, every other unit directly below a unit of a higher kind
        assertThat(p.units()).filteredOn(u -> u.parentCode() == null).extracting(PlannedUnit::kind)
                .containsExactly(OrgUnitKind.COMPANY);
        for (PlannedUnit u : p.units()) {
            if (u.parentCode() != null) {
                PlannedUnit parent = units.get(u.parentCode());
                assertThat(parent).as("parent of %s", u.code()).isNotNull();
                assertThat(u.kind().mayBeChildOf(parent.kind())).as("%s below %s", u.code(), parent.code()).isTrue();
            }
        }

        // managers hold MANAGER, and only they
        Set<String> managerEmails = p.employees().stream().map(PlannedEmployee::managerEmail)
                .filter(m -> m != null).collect(Collectors.toSet());
        assertThat(p.employees()).allSatisfy(e ->
                assertThat(e.roles().contains(Role.MANAGER)).as(e.email()).isEqualTo(managerEmails.contains(e.email())));

        // leavers and recent joiners
        long leavers = p.employees().stream().filter(e -> e.endDate() != null).count();
        assertThat(leavers).isBetween(3L, 6L);
        long joiners = p.employees().stream()
                .filter(e -> e.startDate().isAfter(TODAY.minusDays(60)) && e.endDate() == null).count();
        assertThat(joiners).isBetween(2L, 4L);
        assertThat(p.employees()).filteredOn(e -> e.endDate() != null)
                .allSatisfy(e -> assertThat(managerEmails).doesNotContain(e.email()));

        // every division has people
        for (String division : List.of("SALES", "MKT", "SVC", "PRD", "CORP")) {
            assertThat(p.employees()).filteredOn(e -> isWithin(e.orgUnitCode(), division, units))
                    .as("employees in %s", division).isNotEmpty();
        }
        long sales = p.employees().stream().filter(e -> isWithin(e.orgUnitCode(), "SALES", units)).count();
        assertThat(sales).as("most people work in sales").isGreaterThan(p.employees().size() / 2);
    }

    @Test
    void theDemoLoginsExistWithTheirRoles() {
        Map<String, PlannedEmployee> employees = byEmail(plan);

        PlannedEmployee jonas = employees.get(DemoCompany.EMPLOYEE_LOGIN);
        PlannedEmployee sabine = employees.get(DemoCompany.MANAGER_LOGIN);
        PlannedEmployee petra = employees.get(DemoCompany.HR_LOGIN);
        PlannedEmployee michael = employees.get(DemoCompany.EXECUTIVE_LOGIN);
        PlannedEmployee tobias = employees.get(DemoCompany.ADMIN_LOGIN);

        assertThat(jonas.fullName()).isEqualTo("Jonas Becker");
        assertThat(jonas.jobRole()).isEqualTo(JobRole.ACCOUNT_EXECUTIVE);
        assertThat(jonas.roles()).isEqualTo(EnumSet.of(Role.EMPLOYEE));
        assertThat(jonas.managerEmail()).isEqualTo(DemoCompany.MANAGER_LOGIN);
        assertThat(jonas.orgUnitCode()).isEqualTo(sabine.orgUnitCode());
        PlannedUnit team = plan.unit(jonas.orgUnitCode()).orElseThrow();
        assertThat(team.kind()).isEqualTo(OrgUnitKind.TEAM);
        assertThat(team.parentCode()).isEqualTo("SALES-SOUTH");
        assertThat(team.name()).startsWith("Field Sales South – ");

        assertThat(sabine.fullName()).isEqualTo("Sabine Krüger");
        assertThat(sabine.jobRole()).isEqualTo(JobRole.SALES_MANAGER);
        assertThat(sabine.roles()).isEqualTo(EnumSet.of(Role.EMPLOYEE, Role.MANAGER));

        assertThat(petra.fullName()).isEqualTo("Petra Hoffmann");
        assertThat(petra.jobRole()).isEqualTo(JobRole.HR_BUSINESS_PARTNER);
        assertThat(petra.orgUnitCode()).isEqualTo(DemoCompany.HR_DEPARTMENT_CODE);
        assertThat(petra.roles()).isEqualTo(EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.HR));

        assertThat(michael.fullName()).isEqualTo("Michael Hansen");
        assertThat(michael.jobRole()).isEqualTo(JobRole.MANAGING_DIRECTOR);
        assertThat(michael.managerEmail()).isNull();
        assertThat(michael.orgUnitCode()).isEqualTo(DemoCompany.COMPANY_CODE);
        assertThat(michael.roles()).isEqualTo(EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.EXECUTIVE));

        assertThat(tobias.fullName()).isEqualTo("Tobias Wagner");
        assertThat(tobias.jobRole()).isEqualTo(JobRole.CRM_PROGRAM_MANAGER);
        assertThat(tobias.orgUnitCode()).isEqualTo(DemoCompany.CRM_PROGRAM_OFFICE_CODE);
        assertThat(tobias.roles()).isEqualTo(EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.ADMIN));

        assertThat(List.of(jonas, sabine, petra, michael, tobias)).allSatisfy(e -> {
            assertThat(e.isActiveOn(TODAY)).isTrue();
            assertThat(e.locale()).isEqualTo("de");
        });
    }

    @Test
    void rolesFollowThePositionInTheOrganization() {
        Map<String, PlannedUnit> units = byCode(plan);
        for (PlannedEmployee e : plan.employees()) {
            PlannedUnit unit = units.get(e.orgUnitCode());
            boolean executive = unit.kind() == OrgUnitKind.COMPANY || unit.kind() == OrgUnitKind.DIVISION;
            assertThat(e.roles().contains(Role.EXECUTIVE)).as(e.email()).isEqualTo(executive);
            assertThat(e.roles().contains(Role.HR)).as(e.email())
                    .isEqualTo(isWithin(e.orgUnitCode(), DemoCompany.HR_DEPARTMENT_CODE, units));
            assertThat(e.roles().contains(Role.ADMIN)).as(e.email())
                    .isEqualTo(isWithin(e.orgUnitCode(), DemoCompany.CRM_PROGRAM_OFFICE_CODE, units));
        }
        PlannedEmployee salesDirector = plan.employees().stream().filter(e -> e.orgUnitCode().equals("SALES"))
                .findFirst().orElseThrow();
        assertThat(salesDirector.jobRole()).isEqualTo(JobRole.SALES_DIRECTOR);
        assertThat(salesDirector.managerEmail()).isEqualTo(DemoCompany.EXECUTIVE_LOGIN);
    }

    @Test
    void everyTeamHasALeadReportingToTheDepartmentHead() {
        Map<String, PlannedUnit> units = byCode(plan);
        Map<String, PlannedEmployee> employees = byEmail(plan);
        for (PlannedUnit unit : plan.units()) {
            List<PlannedEmployee> members = plan.employees().stream()
                    .filter(e -> e.orgUnitCode().equals(unit.code())).toList();
            List<PlannedEmployee> heads = members.stream()
                    .filter(e -> e.managerEmail() == null || !employees.get(e.managerEmail()).orgUnitCode().equals(unit.code()))
                    .toList();
            assertThat(heads).as("head of %s", unit.code()).hasSize(1);
            PlannedEmployee head = heads.getFirst();
            if (unit.parentCode() != null) {
                PlannedEmployee boss = employees.get(head.managerEmail());
                assertThat(boss.orgUnitCode()).as("boss of head of %s", unit.code()).isEqualTo(unit.parentCode());
            }
            if (unit.kind() == OrgUnitKind.TEAM) {
                assertThat(members).as("members of %s", unit.code()).hasSizeGreaterThanOrEqualTo(3)
                        .filteredOn(e -> e != head).allMatch(e -> e.managerEmail().equals(head.email()));
            }
            assertThat(units).containsKey(unit.code());
        }
    }

    @Test
    void emailsAreAsciiFolded() {
        assertThat(DemoCompany.asciiFold("Jürgen")).isEqualTo("juergen");
        assertThat(DemoCompany.asciiFold("Weiß")).isEqualTo("weiss");
        assertThat(DemoCompany.asciiFold("Özdemir")).isEqualTo("oezdemir");
        assertThat(DemoCompany.asciiFold("Yılmaz")).isEqualTo("yilmaz");
        assertThat(DemoCompany.asciiFold("Wiśniewski")).isEqualTo("wisniewski");
        assertThat(DemoCompany.asciiFold("O'Brien")).isEqualTo("obrien");
        assertThat(DemoCompany.asciiFold("Hans-Peter")).isEqualTo("hans-peter");
        assertThat(DemoCompany.emailOf("Thomas", "Müller", Set.of("thomas.mueller@hansen-antriebstechnik.example")))
                .isEqualTo("thomas.mueller2@hansen-antriebstechnik.example");
        assertThat(plan.employees()).filteredOn(e -> e.locale().equals("en")).isNotEmpty();
        assertThat(plan.employees()).anySatisfy(e -> assertThat(e.lastName()).matches(".*[äöüÄÖÜß].*"));
    }

    private static boolean isWithin(String unitCode, String ancestor, Map<String, PlannedUnit> units) {
        for (String code = unitCode; code != null; code = units.get(code).parentCode()) {
            if (code.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
