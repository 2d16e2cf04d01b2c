package app.uptake.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.organization.JobRole;
import app.uptake.organization.Role;
import app.uptake.support.UptakeSpringTest;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@UptakeSpringTest
class LeaverAccessTest {

    @Autowired
    LeaverAccess leaverAccess;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    Scheduler scheduler;
    @Autowired
    Environment environment;

    @Test
    @Transactional
    void aLeaverCannotSignInAndTheNightlyJobDisablesTheLogin() {
        EmployeeEntity leaver = new EmployeeEntity("leaver." + UUID.randomUUID() + "@example.com");
        leaver.setFirstName("Lea");
        leaver.setLastName("Ver");
        leaver.setJobRole(JobRole.INSIDE_SALES);
        leaver.setOrgUnit(units.findByCodeIgnoreCase("SALES").orElseThrow());
        leaver.setStartDate(LocalDate.of(2020, 1, 1));
        leaver.setEndDate(LocalDate.now().minusDays(1));
        leaver.setLocale("de");
        employees.save(leaver);
        UserAccountEntity account = new UserAccountEntity(leaver, leaver.getEmail(), "{noop}x");
        account.setRoles(Set.of(Role.EMPLOYEE));
        accounts.saveAndFlush(account);

        assertThat(users.loadUserByUsername(leaver.getEmail()).isEnabled()).isFalse();
        assertThat(leaverAccess.disableLeaversLogins()).isGreaterThanOrEqualTo(1);
        assertThat(accounts.findByEmployeeId(leaver.getId()).orElseThrow().isEnabled()).isFalse();
        assertThat(leaverAccess.disableLeaversLogins()).as("nothing left to do the second time").isZero();
    }

    @Test
    void theJobIsStoredInTheJdbcJobStoreClusteredOnPostgres() throws Exception {
        assertThat(scheduler.checkExists(JobKey.jobKey("leaver-access", "organization"))).isTrue();
        assertThat(scheduler.getTrigger(TriggerKey.triggerKey("leaver-access", "organization")).getNextFireTime())
                .isNotNull();
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
        boolean postgres = Set.of(environment.getActiveProfiles()).contains("postgres");
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isEqualTo(postgres);
    }
}
