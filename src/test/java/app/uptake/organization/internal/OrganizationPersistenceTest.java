package app.uptake.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.organization.JobRole;
import app.uptake.organization.OrgUnitKind;
import app.uptake.support.UptakeSpringTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Migrations, constraints and the recursive queries on the configured database (PostgreSQL in CI). */
@UptakeSpringTest
@Transactional
class OrganizationPersistenceTest {

    @Autowired
    Flyway flyway;
    @Autowired
    DataSource dataSource;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    EmployeeRepository employees;

    @Test
    void allMigrationsAreAppliedAndValid() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion()).contains("1", "2", "3");
        flyway.validate();
        Integer quartzTables = new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from information_schema.tables where lower(table_name) like 'qrtz_%'", Integer.class);
        assertThat(quartzTables).isEqualTo(11);
    }

    @Test
    void subtreeQueryFollowsTheTreeToAnyDepth() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        OrgUnitEntity company = units.save(new OrgUnitEntity("T-C-" + suffix, "Test company", OrgUnitKind.COMPANY, null));
        OrgUnitEntity division = units.save(new OrgUnitEntity("T-D-" + suffix, "Division", OrgUnitKind.DIVISION, company));
        OrgUnitEntity team = units.save(new OrgUnitEntity("T-T-" + suffix, "Team", OrgUnitKind.TEAM, division));
        units.flush();
        assertThat(units.findSubtreeIds(company.getId()))
                .containsExactlyInAnyOrder(company.getId(), division.getId(), team.getId());
        assertThat(units.findSubtreeIds(team.getId())).containsExactly(team.getId());
    }

    @Test
    void reportingLineQueryFindsIndirectReportsButNotTheManager() {
        OrgUnitEntity unit = units.save(new OrgUnitEntity("T-U-" + UUID.randomUUID().toString().substring(0, 8),
                "Unit", OrgUnitKind.COMPANY, null));
        EmployeeEntity boss = employees.save(employee("boss", unit, null));
        EmployeeEntity lead = employees.save(employee("lead", unit, boss));
        EmployeeEntity rep = employees.save(employee("rep", unit, lead));
        employees.flush();
        assertThat(employees.findReportingLineIds(boss.getId())).containsExactlyInAnyOrder(lead.getId(), rep.getId());
        assertThat(employees.findReportingLineIds(rep.getId())).isEmpty();
        assertThat(employees.countNotLeftIn(unit.getId(), LocalDate.of(2026, 1, 1))).isEqualTo(3);
        assertThat(employees.countActiveByUnit(LocalDate.of(2026, 1, 1)))
                .anySatisfy(row -> assertThat(row).containsExactly(unit.getId(), 3L));
    }

    @Test
    void emailsAreUniqueIgnoringCase() {
        OrgUnitEntity unit = units.save(new OrgUnitEntity("T-E-" + UUID.randomUUID().toString().substring(0, 8),
                "Unit", OrgUnitKind.COMPANY, null));
        String email = "Same." + UUID.randomUUID() + "@Example.com";
        employees.saveAndFlush(employee(email, unit, null));
        assertThatThrownBy(() -> employees.saveAndFlush(employee(email.toLowerCase(), unit, null)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static EmployeeEntity employee(String name, OrgUnitEntity unit, EmployeeEntity manager) {
        EmployeeEntity e = new EmployeeEntity(name.contains("@") ? name : name + "." + UUID.randomUUID() + "@example.com");
        e.setFirstName(name);
        e.setLastName("Test");
        e.setJobRole(JobRole.ACCOUNT_EXECUTIVE);
        e.setOrgUnit(unit);
        e.setManager(manager);
        e.setStartDate(LocalDate.of(2020, 1, 1));
        e.setLocale("de");
        return e;
    }
}
