package app.uptake.organization;

import app.uptake.audit.AuditService;
import app.uptake.organization.EmployeeImportRow.Action;
import app.uptake.organization.internal.EmployeeCsvReader;
import app.uptake.organization.internal.EmployeeCsvReader.RawRow;
import app.uptake.organization.internal.EmployeeEntity;
import app.uptake.organization.internal.EmployeeImportValidator;
import app.uptake.organization.internal.EmployeeImportValidator.Checked;
import app.uptake.organization.internal.EmployeeImportValidator.EmployeeState;
import app.uptake.organization.internal.EmployeeImportValidator.UnitRef;
import app.uptake.organization.internal.EmployeeRepository;
import app.uptake.organization.internal.OrgUnitEntity;
import app.uptake.organization.internal.OrgUnitRepository;
import app.uptake.shared.BusinessRuleException;
import jakarta.persistence.criteria.JoinType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports employees from a CSV file in two steps: {@link #preview} reads and checks the file and writes
 * nothing; {@link #apply} checks the rows again against the database as it is then and writes every row
 * without problems in one transaction. Employees are matched by e-mail address, ignoring case, so
 * importing the same file again changes nothing. The import does not create logins: granting access
 * stays with the CRM program office in the employee form.
 *
 * <h2>File format</h2>
 * <ul>
 * <li>Encoding: UTF-8 with or without byte order mark, UTF-16 with byte order mark (Excel's "Unicode
 * text"), otherwise windows-1252 (Excel's "CSV" on German Windows).</li>
 * <li>Delimiter: semicolon, comma or TAB, detected from the header row. Values may be quoted with
 * {@code "}, and quoted values may contain the delimiter, line breaks and doubled quotes ({@code ""}).</li>
 * <li>The first non-empty line is the header row (an Excel {@code sep=;} line before it is skipped). Column
 * names ignore case, surrounding spaces and order; unknown columns are ignored. Every row must have as
 * many fields as the header row. Empty lines (also lines of only delimiters) are skipped. At most 10,000
 * data rows.</li>
 * </ul>
 * <table>
 * <caption>Columns</caption>
 * <tr><th>Column</th><th>Required</th><th>Content</th></tr>
 * <tr><td>email</td><td>yes</td><td>The employee's e-mail address; identifies the employee (case is
 * ignored). A later row with the same address is rejected.</td></tr>
 * <tr><td>first_name</td><td>yes</td><td>At most 100 characters.</td></tr>
 * <tr><td>last_name</td><td>yes</td><td>At most 100 characters.</td></tr>
 * <tr><td>job_role</td><td>yes</td><td>A job role name such as {@code ACCOUNT_EXECUTIVE}; case is ignored
 * and spaces or hyphens may stand for underscores ({@code Account Executive}).</td></tr>
 * <tr><td>org_unit</td><td>yes</td><td>The code of an open org unit (case is ignored). A closed unit is
 * accepted only for an employee who already belongs to it.</td></tr>
 * <tr><td>manager_email</td><td>no</td><td>The manager's e-mail address: an existing employee or another
 * row of the same file. Empty: no manager. Column missing: managers stay as they are.</td></tr>
 * <tr><td>start_date</td><td>yes</td><td>{@code yyyy-MM-dd} or {@code dd.MM.yyyy}.</td></tr>
 * <tr><td>end_date</td><td>no</td><td>Same formats, not before start_date. Empty: still employed. Column
 * missing: end dates stay as they are.</td></tr>
 * <tr><td>locale</td><td>no</td><td>{@code de} or {@code en}. Empty or missing: {@code de} for new
 * employees, unchanged for existing ones.</td></tr>
 * <tr><td>crm_user_id</td><td>no</td><td>The employee's user id in the CRM, at most 64 characters, unique.
 * Empty or missing: none for new employees, unchanged for existing ones.</td></tr>
 * </table>
 * <p>Example:
 * <pre>
 * email;first_name;last_name;job_role;org_unit;manager_email;start_date;end_date;locale;crm_user_id
 * anna.mueller@example.com;Anna;Müller;Sales Manager;SALES-NORTH;;01.04.2020;;de;005A000001
 * ben.schmidt@example.com;Ben;Schmidt;ACCOUNT_EXECUTIVE;SALES-NORTH;anna.mueller@example.com;2023-01-15;;en;
 * </pre>
 * <p>A row is rejected (and skipped, while the other rows are imported) when a required value is
 * missing or a value is invalid, the org unit is unknown or closed, the manager is unknown, the employee
 * themselves, only in a rejected row, or would close a circle in the reporting line, or the CRM user id
 * belongs to another employee. The message keys are listed on {@link ImportProblem}.
 */
@Service
public class EmployeeImportService {

    /** How many values go into one {@code in (...)} query. */
    private static final int CHUNK = 500;

    private final EmployeeRepository employees;
    private final OrgUnitRepository units;
    private final AuditService audit;

    EmployeeImportService(EmployeeRepository employees, OrgUnitRepository units, AuditService audit) {
        this.employees = employees;
        this.units = units;
        this.audit = audit;
    }

    /** Reads and checks the file; writes nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN','HR')")
    public EmployeeImportPreview preview(byte[] content) {
        EmployeeCsvReader.Result csv = EmployeeCsvReader.read(content);
        DatabaseLookups lookups = new DatabaseLookups(csv.rows());
        return new EmployeeImportValidator(lookups).preview(csv);
    }

    /**
     * Checks the preview's rows again against the database as it is now, then creates and updates the
     * employees of every row without problems, in one transaction. Rows with problems are skipped and
     * reported in the result.
     *
     * @throws BusinessRuleException {@code import.error.notImportable} when the file itself has problems
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','HR')")
    public EmployeeImportResult apply(EmployeeImportPreview preview) {
        if (!preview.fileProblems().isEmpty()) {
            throw new BusinessRuleException("import.error.notImportable");
        }
        List<RawRow> rows = EmployeeImportValidator.rawRows(preview);
        DatabaseLookups lookups = new DatabaseLookups(rows);
        List<Checked> checked = new EmployeeImportValidator(lookups).validate(preview.columns(), rows);

        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<EmployeeImportRow> rejected = new ArrayList<>();
        Map<String, EmployeeEntity> written = new HashMap<>();
        // First pass: every employee without their manager, as a manager may be a later row.
        for (Checked c : checked) {
            Action action = c.row().action();
            EmployeeState target = c.target();
            switch (action) {
                case REJECTED -> rejected.add(c.row());
                case UNCHANGED -> unchanged++;
                case NEW -> {
                    EmployeeEntity entity = new EmployeeEntity(target.email());
                    copy(target, entity);
                    written.put(target.email(), employees.save(entity));
                    created++;
                }
                case UPDATE -> {
                    EmployeeEntity entity = lookups.entity(target.email())
                            .orElseThrow(() -> new IllegalStateException("employee vanished: " + target.email()));
                    copy(target, entity);
                    written.put(target.email(), entity);
                    updated++;
                }
            }
        }
        // Second pass: the managers, who all exist now.
        for (Checked c : checked) {
            EmployeeEntity entity = c.target() == null ? null : written.get(c.target().email());
            if (entity == null) {
                continue;
            }
            String managerEmail = c.target().managerEmail();
            EmployeeEntity manager = managerEmail == null ? null : Optional.ofNullable(written.get(managerEmail))
                    .or(() -> lookups.entity(managerEmail))
                    .orElseThrow(() -> new IllegalStateException("manager vanished: " + managerEmail));
            entity.setManager(manager);
        }
        audit.record("EMPLOYEES_IMPORTED", "Employee", null,
                "created=" + created + ",updated=" + updated + ",rejected=" + rejected.size());
        return new EmployeeImportResult(created, updated, unchanged, rejected.size(), rejected);
    }

    private void copy(EmployeeState target, EmployeeEntity entity) {
        entity.setEmail(target.email());
        entity.assign(target.firstName(), target.lastName(), target.jobRole(), units.getReferenceById(target.orgUnitId()),
                target.startDate(), target.endDate(), target.locale(), target.crmUserId());
    }

    private static EmployeeState toState(EmployeeEntity e) {
        return new EmployeeState(e.getEmail(), e.getFirstName(), e.getLastName(), e.getJobRole(),
                e.getOrgUnit().getId(), e.getManager() == null ? null : e.getManager().getEmail(), e.getStartDate(),
                e.getEndDate(), e.getLocale(), e.getCrmUserId());
    }

    /**
     * The validator's view of the database, loaded in a few queries for all addresses and CRM user ids of
     * the file, and one query per further address asked for (managers of managers, when following the
     * reporting line).
     */
    private final class DatabaseLookups implements EmployeeImportValidator.Lookups {

        private final Map<String, Optional<EmployeeEntity>> byEmail = new HashMap<>();
        private final Map<String, Optional<String>> ownerByCrmUserId = new HashMap<>();
        private final Map<String, UnitRef> unitsByCode = new HashMap<>();

        DatabaseLookups(List<RawRow> rows) {
            Set<String> emails = new LinkedHashSet<>();
            Set<String> crmUserIds = new LinkedHashSet<>();
            for (RawRow row : rows) {
                addIfPresent(emails, EmployeeEntity.normalizeEmail(row.values().get(EmployeeCsvReader.EMAIL)));
                addIfPresent(emails, EmployeeEntity.normalizeEmail(row.values().get(EmployeeCsvReader.MANAGER_EMAIL)));
                addIfPresent(crmUserIds, trimmed(row.values().get(EmployeeCsvReader.CRM_USER_ID)));
            }
            emails.forEach(email -> byEmail.put(email, Optional.empty()));
            inChunks(emails, chunk -> employees.findAll(emailIn(chunk)))
                    .forEach(e -> byEmail.put(e.getEmail(), Optional.of(e)));
            crmUserIds.forEach(id -> ownerByCrmUserId.put(id, Optional.empty()));
            inChunks(crmUserIds, chunk -> employees.findAll(crmUserIdIn(chunk)))
                    .forEach(e -> ownerByCrmUserId.put(e.getCrmUserId(), Optional.of(e.getEmail())));
            for (OrgUnitEntity unit : units.findAll()) {
                unitsByCode.put(unit.getCode().toUpperCase(Locale.ROOT),
                        new UnitRef(unit.getId(), unit.getCode(), unit.getClosedOn() != null));
            }
        }

        Optional<EmployeeEntity> entity(String email) {
            return byEmail.computeIfAbsent(email, employees::findByEmail);
        }

        @Override
        public Optional<EmployeeState> employee(String email) {
            return entity(email).map(EmployeeImportService::toState);
        }

        @Override
        public Optional<UnitRef> orgUnit(String code) {
            return Optional.ofNullable(unitsByCode.get(code.trim().toUpperCase(Locale.ROOT)));
        }

        @Override
        public Optional<String> crmUserOwner(String crmUserId) {
            return ownerByCrmUserId.computeIfAbsent(crmUserId,
                    id -> employees.findByCrmUserId(id).map(EmployeeEntity::getEmail));
        }
    }

    private static Specification<EmployeeEntity> emailIn(Collection<String> emails) {
        return (root, query, cb) -> {
            root.fetch("manager", JoinType.LEFT);
            return root.get("email").in(emails);
        };
    }

    private static Specification<EmployeeEntity> crmUserIdIn(Collection<String> ids) {
        return (root, query, cb) -> root.get("crmUserId").in(ids);
    }

    private static List<EmployeeEntity> inChunks(Collection<String> values,
            Function<List<String>, List<EmployeeEntity>> query) {
        List<String> all = List.copyOf(values);
        List<EmployeeEntity> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return found;
    }

    private static void addIfPresent(Set<String> values, String value) {
        if (value != null && !value.isEmpty()) {
            values.add(value);
        }
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
