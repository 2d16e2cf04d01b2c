package app.uptake.organization.internal;

import app.uptake.organization.internal.DemoCompany.Plan;
import app.uptake.organization.internal.DemoCompany.PlannedEmployee;
import app.uptake.organization.internal.DemoCompany.PlannedUnit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the demo company ({@link DemoCompany}) on the first start when {@code uptake.demo.enabled=true} and
 * there are no employees yet. Every active employee gets a login named after their e-mail address with the
 * password {@link DemoCompany#DEMO_PASSWORD}; leavers get none.
 *
 * <p>Runs as an {@link ApplicationRunner}, so the data is there before the application reports ready; other
 * runners that build on the demo company should use a higher {@link Order}.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("uptake.demo.enabled")
class DemoCompanyLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCompanyLoader.class);

    private final OrgUnitRepository units;
    private final EmployeeRepository employees;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final long seed;

    DemoCompanyLoader(OrgUnitRepository units, EmployeeRepository employees, UserAccountRepository accounts,
            PasswordEncoder passwordEncoder, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${uptake.demo.seed:20261122}") long seed) {
        this.units = units;
        this.employees = employees;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (employees.count() > 0) {
            log.debug("Employees exist, demo company not created");
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Plan plan = DemoCompany.generate(seed, today);
        // bcrypt is deliberately slow: hash the shared demo password once, not once per account.
        String passwordHash = passwordEncoder.encode(DemoCompany.DEMO_PASSWORD);
        Integer created = transaction.execute(status -> {
            if (employees.count() > 0) {
                return null;
            }
            return store(plan, today, passwordHash);
        });
        if (created != null) {
            log.info("Demo company created: {} org units, {} employees, {} accounts in {} ms", plan.units().size(),
                    plan.employees().size(), created, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Stores the plan; returns the number of accounts created. */
    private int store(Plan plan, LocalDate today, String passwordHash) {
        Map<String, OrgUnitEntity> unitsByCode = new HashMap<>();
        List<OrgUnitEntity> unitEntities = new ArrayList<>(plan.units().size());
        for (PlannedUnit u : plan.units()) { // parents come first
            OrgUnitEntity entity = new OrgUnitEntity(u.code(), u.name(), u.kind(),
                    u.parentCode() == null ? null : unitsByCode.get(u.parentCode()));
            unitsByCode.put(u.code(), entity);
            unitEntities.add(entity);
        }
        units.saveAll(unitEntities);

        // First pass: the employees without their managers.
        List<EmployeeEntity> employeeEntities = new ArrayList<>(plan.employees().size());
        for (PlannedEmployee p : plan.employees()) {
            EmployeeEntity e = new EmployeeEntity(p.email());
            e.assign(p.firstName(), p.lastName(), p.jobRole(), unitsByCode.get(p.orgUnitCode()), p.startDate(),
                    p.endDate(), p.locale(), p.crmUserId());
            employeeEntities.add(e);
        }
        List<EmployeeEntity> saved = employees.saveAll(employeeEntities);

        // Second pass: the reporting lines, and a login for everybody still with the company.
        Map<String, EmployeeEntity> byEmail = new HashMap<>();
        for (EmployeeEntity e : saved) {
            byEmail.put(e.getEmail(), e);
        }
        List<UserAccountEntity> accountEntities = new ArrayList<>();
        for (PlannedEmployee p : plan.employees()) {
            EmployeeEntity e = byEmail.get(EmployeeEntity.normalizeEmail(p.email()));
            if (p.managerEmail() != null) {
                e.setManager(byEmail.get(EmployeeEntity.normalizeEmail(p.managerEmail())));
            }
            if (p.isActiveOn(today)) {
                UserAccountEntity account = new UserAccountEntity(e, e.getEmail(), passwordHash);
                account.setRoles(p.roles());
                accountEntities.add(account);
            }
        }
        employees.flush();
        accounts.saveAll(accountEntities);
        return accountEntities.size();
    }
}
