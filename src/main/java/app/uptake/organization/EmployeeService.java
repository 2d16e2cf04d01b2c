package app.uptake.organization;

import app.uptake.audit.AuditService;
import app.uptake.organization.internal.EmployeeEntity;
import app.uptake.organization.internal.EmployeeRepository;
import app.uptake.organization.internal.EmployeeSpecifications;
import app.uptake.organization.internal.OrgUnitEntity;
import app.uptake.organization.internal.OrgUnitRepository;
import app.uptake.organization.internal.UserAccountEntity;
import app.uptake.organization.internal.UserAccountRepository;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.OffsetLimit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employees and their logins. Every read is narrowed to the employees the caller may see as
 * individuals ({@link VisibilityService}); HR and the CRM program office maintain employees, and only the
 * program office grants roles.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class EmployeeService {

    /** Grid sort properties and the entity paths they sort by. */
    private static final Map<String, List<String>> SORTABLE = Map.of(
            "name", List.of("lastName", "firstName"),
            "email", List.of("email"),
            "jobRole", List.of("jobRole"),
            "orgUnit", List.of("orgUnit.name"),
            "startDate", List.of("startDate"));

    static final int MIN_PASSWORD_LENGTH = 10;

    private final EmployeeRepository employees;
    private final OrgUnitRepository units;
    private final UserAccountRepository accounts;
    private final VisibilityService visibility;
    private final CurrentUserService currentUser;
    private final OrganizationService organization;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Clock clock;

    EmployeeService(EmployeeRepository employees, OrgUnitRepository units, UserAccountRepository accounts,
            VisibilityService visibility, CurrentUserService currentUser, OrganizationService organization,
            PasswordEncoder passwordEncoder, AuditService audit, Clock clock) {
        this.employees = employees;
        this.units = units;
        this.accounts = accounts;
        this.visibility = visibility;
        this.currentUser = currentUser;
        this.organization = organization;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the employees the caller may see, filtered and sorted. */
    public List<EmployeeSummary> list(EmployeeFilter filter, Pageable page) {
        OffsetLimit sorted = new OffsetLimit(page.getOffset(), page.getPageSize(), toEntitySort(page.getSort()));
        return employees.findAll(specFor(filter), sorted).map(EmployeeService::toSummary).getContent();
    }

    public long count(EmployeeFilter filter) {
        return employees.count(specFor(filter));
    }

    /** The employee's profile, or empty when it does not exist or the caller may not see it. */
    public Optional<EmployeeDetails> find(long id) {
        if (!visibility.maySee(currentUser.require(), id, ScopePurpose.INDIVIDUAL)) {
            return Optional.empty();
        }
        return employees.findById(id).map(this::toDetails);
    }

    /**
     * The employee's profile page. Looking at somebody else's individual data is recorded in the audit
     * trail (privacy and works-council rules ask who looked at whom).
     */
    @Transactional
    public Optional<EmployeeDetails> profile(long id) {
        Optional<EmployeeDetails> details = find(id);
        CurrentUser user = currentUser.require();
        if (details.isPresent() && user.employeeId() != id) {
            audit.record("INDIVIDUAL_DATA_VIEWED", "Employee", id, "profile");
        }
        return details;
    }

    @PreAuthorize("hasAnyRole('ADMIN','HR')")
    public EmployeeDraft draftFor(long id) {
        EmployeeEntity e = employees.findById(id)
                .orElseThrow(() -> new BusinessRuleException("employee.error.unknown", id));
        EmployeeDraft draft = new EmployeeDraft();
        draft.setId(e.getId());
        draft.setFirstName(e.getFirstName());
        draft.setLastName(e.getLastName());
        draft.setEmail(e.getEmail());
        draft.setJobRole(e.getJobRole());
        draft.setOrgUnitId(e.getOrgUnit().getId());
        draft.setManagerId(e.getManager() == null ? null : e.getManager().getId());
        draft.setStartDate(e.getStartDate());
        draft.setEndDate(e.getEndDate());
        draft.setLocale(e.getLocale());
        draft.setCrmUserId(e.getCrmUserId());
        accounts.findByEmployeeId(e.getId()).ifPresent(account -> {
            draft.setCanSignIn(account.isEnabled());
            draft.setRoles(account.getRoles());
        });
        return draft;
    }

    @PreAuthorize("hasAnyRole('ADMIN','HR')")
    public EmployeeDraft newDraft() {
        EmployeeDraft draft = new EmployeeDraft();
        draft.setStartDate(LocalDate.now(clock));
        draft.setRoles(java.util.EnumSet.of(Role.EMPLOYEE));
        return draft;
    }

    /** Creates or updates the employee and their login; returns the employee's id. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','HR')")
    public long save(EmployeeDraft draft) {
        String email = EmployeeEntity.normalizeEmail(draft.getEmail());
        employees.findByEmail(email).filter(other -> !other.getId().equals(draft.getId())).ifPresent(other -> {
            throw BusinessRuleException.onField("email", "employee.error.emailTaken");
        });
        if (draft.getCrmUserId() != null && !draft.getCrmUserId().isBlank()) {
            employees.findByCrmUserId(draft.getCrmUserId().trim())
                    .filter(other -> !other.getId().equals(draft.getId())).ifPresent(other -> {
                        throw BusinessRuleException.onField("crmUserId", "employee.error.crmUserTaken");
                    });
        }
        if (draft.getEndDate() != null && draft.getEndDate().isBefore(draft.getStartDate())) {
            throw BusinessRuleException.onField("endDate", "employee.error.endBeforeStart");
        }
        OrgUnitEntity unit = units.findById(draft.getOrgUnitId())
                .orElseThrow(() -> BusinessRuleException.onField("orgUnitId", "org.error.unknownUnit", draft.getOrgUnitId()));
        if (unit.getClosedOn() != null && draft.getId() == null) {
            throw BusinessRuleException.onField("orgUnitId", "org.error.unitClosed", unit.getName());
        }
        EmployeeEntity manager = null;
        if (draft.getManagerId() != null) {
            manager = employees.findById(draft.getManagerId())
                    .orElseThrow(() -> BusinessRuleException.onField("managerId", "employee.error.unknownManager"));
            if (draft.getId() != null && (draft.getManagerId().equals(draft.getId())
                    || employees.findReportingLineIds(draft.getId()).contains(draft.getManagerId()))) {
                throw BusinessRuleException.onField("managerId", "employee.error.managerCycle");
            }
        }

        boolean isNew = draft.getId() == null;
        EmployeeEntity e = isNew ? new EmployeeEntity(email) : employees.findById(draft.getId())
                .orElseThrow(() -> new BusinessRuleException("employee.error.unknown", draft.getId()));
        e.setEmail(email);
        e.assign(draft.getFirstName().trim(), draft.getLastName().trim(), draft.getJobRole(), unit,
                draft.getStartDate(), draft.getEndDate(), draft.getLocale(),
                draft.getCrmUserId() == null || draft.getCrmUserId().isBlank() ? null : draft.getCrmUserId().trim());
        e.setManager(manager);
        EmployeeEntity saved = employees.save(e);
        saveAccount(saved, draft);
        audit.record(isNew ? "EMPLOYEE_CREATED" : "EMPLOYEE_UPDATED", "Employee", saved.getId(), email);
        return saved.getId();
    }

    /** Creates, changes or disables the employee's login; roles and logins are the program office's call. */
    private void saveAccount(EmployeeEntity employee, EmployeeDraft draft) {
        Optional<UserAccountEntity> existing = accounts.findByEmployeeId(employee.getId());
        Set<Role> rolesBefore = existing.map(UserAccountEntity::getRoles).orElse(Set.of());
        boolean enabledBefore = existing.map(UserAccountEntity::isEnabled).orElse(false);
        Set<Role> rolesAfter = draft.isCanSignIn() || existing.isPresent() ? draft.getRoles() : Set.of();
        boolean accessChanged = !rolesBefore.equals(rolesAfter) || enabledBefore != draft.isCanSignIn();
        String password = draft.getNewPassword() == null || draft.getNewPassword().isBlank() ? null : draft.getNewPassword();
        if (accessChanged && !currentUser.require().hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("only the CRM program office assigns roles and logins");
        }
        if (password != null && password.length() < MIN_PASSWORD_LENGTH) {
            throw BusinessRuleException.onField("newPassword", "employee.error.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
        if (existing.isEmpty() && draft.isCanSignIn() && password == null) {
            throw BusinessRuleException.onField("newPassword", "employee.error.passwordRequired");
        }
        if (existing.isEmpty() && !draft.isCanSignIn()) {
            return;
        }
        UserAccountEntity account = existing.orElseGet(() -> accounts.save(
                new UserAccountEntity(employee, employee.getEmail(), passwordEncoder.encode(password))));
        account.setUsername(employee.getEmail());
        account.setEnabled(draft.isCanSignIn());
        account.setRoles(rolesAfter);
        if (accessChanged) {
            audit.record("ACCESS_CHANGED", "Employee", employee.getId(),
                    "login " + enabledBefore + " -> " + draft.isCanSignIn() + ", roles " + rolesBefore + " -> " + rolesAfter);
        }
        if (password != null && existing.isPresent()) {
            account.setPasswordHash(passwordEncoder.encode(password));
            audit.record("PASSWORD_SET", "Employee", employee.getId(), null);
        }
    }

    /** Candidates for "reports to", by name. */
    @PreAuthorize("hasAnyRole('ADMIN','HR')")
    public List<EmployeeSummary> searchManagers(String text, int offset, int limit) {
        return list(EmployeeFilter.none().withText(text), new OffsetLimit(offset, limit, Sort.by("name")));
    }

    private Specification<EmployeeEntity> specFor(EmployeeFilter filter) {
        CurrentUser user = currentUser.require();
        EmployeeScope scope = visibility.scopeOf(user, ScopePurpose.INDIVIDUAL);
        Set<Long> visible = scope instanceof EmployeeScope.Only only ? only.employeeIds() : null;
        if (filter.myReportingLineOnly()) {
            Set<Long> line = new HashSet<>(employees.findReportingLineIds(user.employeeId()));
            line.add(user.employeeId());
            visible = line.stream().filter(id -> scope.includes(id)).collect(Collectors.toSet());
        }
        List<Long> unitIds = filter.orgUnitId() == null ? null : units.findSubtreeIds(filter.orgUnitId());
        return EmployeeSpecifications.matching(filter.text(), unitIds, filter.jobRole(),
                filter.includeLeavers() ? null : LocalDate.now(clock), visible);
    }

    private static Sort toEntitySort(Sort requested) {
        List<Sort.Order> orders = requested.stream()
                .flatMap(order -> SORTABLE.getOrDefault(order.getProperty(), List.of()).stream()
                        .map(path -> new Sort.Order(order.getDirection(), path)))
                .toList();
        return orders.isEmpty() ? Sort.by("lastName", "firstName", "id") : Sort.by(orders).and(Sort.by("id"));
    }

    static EmployeeSummary toSummary(EmployeeEntity e) {
        EmployeeEntity m = e.getManager();
        return new EmployeeSummary(e.getId(), e.getFullName(), e.getEmail(), e.getJobRole(), e.getOrgUnit().getId(),
                e.getOrgUnit().getName(), m == null ? null : m.getId(), m == null ? null : m.getFullName(),
                e.getStartDate(), e.getEndDate());
    }

    private EmployeeDetails toDetails(EmployeeEntity e) {
        Optional<UserAccountEntity> account = accounts.findByEmployeeId(e.getId());
        List<EmployeeSummary> reports = employees.findAll(EmployeeSpecifications.reportingTo(e.getId())).stream()
                .map(EmployeeService::toSummary)
                .sorted(Comparator.comparing(EmployeeSummary::fullName))
                .toList();
        return new EmployeeDetails(toSummary(e), e.getLocale(), e.getCrmUserId(),
                account.map(UserAccountEntity::getRoles).orElse(Set.of()),
                account.map(UserAccountEntity::isEnabled).orElse(false), reports,
                organization.path(e.getOrgUnit().getId()));
    }
}
