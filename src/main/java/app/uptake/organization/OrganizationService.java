package app.uptake.organization;

import app.uptake.audit.AuditService;
import app.uptake.organization.internal.EmployeeRepository;
import app.uptake.organization.internal.OrgHeadcounts;
import app.uptake.organization.internal.OrgUnitEntity;
import app.uptake.organization.internal.OrgUnitRepository;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.OffsetLimit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The org tree: company › division › department › team. Everybody signed in may read the structure
 * (it names no performance data); only the CRM program office changes it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OrganizationService {

    private final OrgUnitRepository units;
    private final EmployeeRepository employees;
    private final AuditService audit;
    private final Clock clock;

    OrganizationService(OrgUnitRepository units, EmployeeRepository employees, AuditService audit, Clock clock) {
        this.units = units;
        this.employees = employees;
        this.audit = audit;
        this.clock = clock;
    }

    /** The units directly below {@code parentId}, or the top units when it is null. */
    public List<OrgUnit> children(Long parentId) {
        List<OrgUnitEntity> found = parentId == null ? units.findRoots() : units.findChildren(parentId);
        return toOrgUnits(found);
    }

    public int countChildren(Long parentId) {
        return (int) (parentId == null ? units.countRoots() : units.countChildren(parentId));
    }

    public Optional<OrgUnit> find(long id) {
        return units.findById(id).map(this::toOrgUnit);
    }

    /** The unit with the code, in any case, for links that name units by code. */
    public Optional<OrgUnit> findByCode(String code) {
        return code == null ? Optional.empty() : units.findByCodeIgnoreCase(code.strip()).map(this::toOrgUnit);
    }

    /** Open units whose name or code contains the filter, for pickers. */
    public List<OrgUnit> searchOpen(String filter, int offset, int limit) {
        String needle = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
        return toOrgUnits(units.searchOpen("%" + needle + "%", new OffsetLimit(offset, limit)));
    }

    /** The names from the top of the tree down to the unit. */
    public List<String> path(long unitId) {
        java.util.LinkedList<String> names = new java.util.LinkedList<>();
        for (OrgUnitEntity u = units.findById(unitId).orElse(null); u != null; u = u.getParent()) {
            names.addFirst(u.getName());
        }
        return names;
    }

    /**
     * Active headcount per unit directly below {@code parentId} (the top units when null), each counting
     * its whole subtree. An aggregate: for executives, HR and the program office.
     */
    @PreAuthorize("hasAnyRole('EXECUTIVE','HR','ADMIN')")
    public List<Headcount> headcountBelow(Long parentId) {
        OrgHeadcounts counts = headcounts();
        List<OrgUnitEntity> below = parentId == null ? units.findRoots() : units.findChildren(parentId);
        return below.stream()
                .map(u -> new Headcount(u.getId(), u.getName(), counts.activeInSubtree(u.getId())))
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgUnit create(Long parentId, String code, String name, OrgUnitKind kind) {
        String cleanCode = required("code", code).toUpperCase(Locale.ROOT);
        String cleanName = required("name", name);
        if (kind == null) {
            throw BusinessRuleException.onField("kind", "validation.required");
        }
        if (!cleanCode.matches("[A-Z0-9][A-Z0-9_-]{0,39}")) {
            throw BusinessRuleException.onField("code", "org.error.codeFormat");
        }
        if (units.existsByCodeIgnoreCase(cleanCode)) {
            throw BusinessRuleException.onField("code", "org.error.codeTaken", cleanCode);
        }
        OrgUnitEntity parent = null;
        if (parentId != null) {
            parent = load(parentId);
            requireOpen(parent);
            if (!kind.mayBeChildOf(parent.getKind())) {
                throw BusinessRuleException.onField("kind", "org.error.kindBelow", kind.name(), parent.getKind().name());
            }
        } else if (kind != OrgUnitKind.COMPANY) {
            throw BusinessRuleException.onField("kind", "org.error.topMustBeCompany");
        }
        OrgUnitEntity saved = units.save(new OrgUnitEntity(cleanCode, cleanName, kind, parent));
        audit.record("ORG_UNIT_CREATED", "OrgUnit", saved.getId(), cleanCode + " " + cleanName);
        return toOrgUnit(saved);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgUnit rename(long id, String newName) {
        OrgUnitEntity unit = load(id);
        String cleanName = required("name", newName);
        String before = unit.getName();
        unit.setName(cleanName);
        audit.record("ORG_UNIT_RENAMED", "OrgUnit", id, before + " -> " + cleanName);
        return toOrgUnit(unit);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgUnit move(long id, long newParentId) {
        OrgUnitEntity unit = load(id);
        OrgUnitEntity newParent = load(newParentId);
        requireOpen(newParent);
        if (units.findSubtreeIds(id).contains(newParentId)) {
            throw BusinessRuleException.onField("parent", "org.error.moveIntoOwnSubtree");
        }
        if (!unit.getKind().mayBeChildOf(newParent.getKind())) {
            throw BusinessRuleException.onField("parent", "org.error.kindBelow", unit.getKind().name(),
                    newParent.getKind().name());
        }
        String before = unit.getParent() == null ? "-" : unit.getParent().getCode();
        unit.setParent(newParent);
        audit.record("ORG_UNIT_MOVED", "OrgUnit", id, before + " -> " + newParent.getCode());
        return toOrgUnit(unit);
    }

    /** Closes a unit that nobody works in any more and whose sub-units are closed. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgUnit close(long id) {
        OrgUnitEntity unit = load(id);
        requireOpen(unit);
        if (units.countOpenChildren(id) > 0) {
            throw new BusinessRuleException("org.error.closeOpenChildren");
        }
        LocalDate today = LocalDate.now(clock);
        if (employees.countNotLeftIn(id, today) > 0) {
            throw new BusinessRuleException("org.error.closeHasEmployees");
        }
        unit.setClosedOn(today);
        audit.record("ORG_UNIT_CLOSED", "OrgUnit", id, unit.getCode());
        return toOrgUnit(unit);
    }

    private OrgUnitEntity load(long id) {
        return units.findById(id).orElseThrow(() -> new BusinessRuleException("org.error.unknownUnit", id));
    }

    private static void requireOpen(OrgUnitEntity unit) {
        if (unit.getClosedOn() != null) {
            throw new BusinessRuleException("org.error.unitClosed", unit.getName());
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw BusinessRuleException.onField(field, "validation.required");
        }
        if (value.trim().length() > 200) {
            throw BusinessRuleException.onField(field, "validation.tooLong");
        }
        return value.trim();
    }

    private OrgHeadcounts headcounts() {
        return OrgHeadcounts.read(units, employees, LocalDate.now(clock));
    }

    private List<OrgUnit> toOrgUnits(List<OrgUnitEntity> found) {
        OrgHeadcounts counts = headcounts();
        return found.stream().map(u -> toOrgUnit(u, counts)).toList();
    }

    private OrgUnit toOrgUnit(OrgUnitEntity u) {
        return toOrgUnit(u, headcounts());
    }

    private static OrgUnit toOrgUnit(OrgUnitEntity u, OrgHeadcounts counts) {
        return new OrgUnit(u.getId(), u.getCode(), u.getName(), u.getKind(),
                u.getParent() == null ? null : u.getParent().getId(), u.getClosedOn(),
                counts.hasChildren(u.getId()), counts.activeInSubtree(u.getId()));
    }
}
