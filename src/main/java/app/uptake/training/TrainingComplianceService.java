package app.uptake.training;

import app.uptake.audit.AuditService;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.EmployeeScope;
import app.uptake.organization.ScopePurpose;
import app.uptake.organization.VisibilityService;
import app.uptake.shared.CsvCells;
import app.uptake.training.internal.ComplianceQueries;
import app.uptake.training.internal.ComplianceQueries.Unit;
import app.uptake.training.internal.ComplianceQueries.UnitSums;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training compliance for managers, HR and the program office: who stands where with which live module, as a
 * matrix of current employees × modules, completion per org unit, and the matrix as CSV. Managers see their
 * reporting line, HR and admins everybody ({@link VisibilityService}, individual figures).
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER','HR','ADMIN')")
public class TrainingComplianceService {

    /** Rows read per round trip while exporting. */
    static final int EXPORT_BATCH = 500;

    private final ComplianceQueries queries;
    private final VisibilityService visibility;
    private final CurrentUserService users;
    private final AuditService audit;

    TrainingComplianceService(ComplianceQueries queries, VisibilityService visibility, CurrentUserService users,
            AuditService audit) {
        this.queries = queries;
        this.visibility = visibility;
        this.users = users;
        this.audit = audit;
    }

    /** The live modules, the matrix's columns, ordered by their title in the language. */
    @Transactional(readOnly = true)
    public List<ComplianceModule> modules(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return queries.liveModules().stream()
                .sorted(Comparator.comparing((ComplianceModule m) -> m.title().in(locale), collator))
                .toList();
    }

    /** How many people the filtered matrix has. */
    @Transactional(readOnly = true)
    public long count(ComplianceFilter filter) {
        return query(filter).count();
    }

    /** One page of the filtered matrix, by last name. */
    @Transactional(readOnly = true)
    public List<ComplianceRow> page(ComplianceFilter filter, long offset, int limit) {
        return query(filter).page(offset, limit);
    }

    /**
     * Completed ÷ assigned per org unit for the people the filter selects (its state part aside) and the filtered
     * module, or all live modules: per unit directly below the filtered unit, or, without one, below the lowest
     * unit that holds everybody in the caller's scope.
     */
    @Transactional(readOnly = true)
    public CompletionRates completionByUnit(ComplianceFilter filter) {
        ComplianceQueries.Query query = query(filter);
        Map<Long, Unit> units = queries.units();
        List<Long> unitsOfPeople = filter.orgUnitId() != null ? List.of() : query.unitsOfPeople();
        if (filter.orgUnitId() == null && unitsOfPeople.isEmpty()
                || filter.orgUnitId() != null && !units.containsKey(filter.orgUnitId())) {
            return new CompletionRates(null, null, List.of(), 0, 0);
        }
        // null when the people sit in several trees: then the rows are the top units
        Long base = filter.orgUnitId() != null ? filter.orgUnitId() : lowestCommonUnit(unitsOfPeople, units);
        Map<Long, long[]> byGroup = new LinkedHashMap<>();
        for (UnitSums sums : query.sumsByUnit()) {
            Long group = childOfBaseHolding(sums.orgUnitId(), base, units);
            if (group != null) {
                long[] total = byGroup.computeIfAbsent(group, id -> new long[3]);
                total[0] += sums.assigned();
                total[1] += sums.completed();
                total[2] += sums.overdue();
            }
        }
        List<UnitCompletion> rows = new ArrayList<>();
        long assigned = 0;
        long completed = 0;
        for (Map.Entry<Long, long[]> group : byGroup.entrySet()) {
            long[] t = group.getValue();
            rows.add(new UnitCompletion(group.getKey(), units.get(group.getKey()).name(), group.getKey().equals(base),
                    t[0], t[1], t[2]));
            assigned += t[0];
            completed += t[1];
        }
        rows.sort(Comparator.comparing((UnitCompletion u) -> !u.direct()).thenComparing(UnitCompletion::name));
        return new CompletionRates(base, base == null ? null : units.get(base).name(), rows, assigned, completed);
    }

    /**
     * Writes the whole filtered matrix as CSV, page by page from the database: name, org unit, and per module its
     * state and due date (ISO). UTF-8 with byte order mark; every text cell is guarded against formula injection.
     * The export is recorded in the audit trail; returns the number of people written.
     */
    @Transactional
    public long exportCsv(ComplianceFilter filter, Locale locale, ComplianceCsvLabels labels, OutputStream out) {
        ComplianceQueries.Query query = query(filter);
        List<ComplianceModule> modules = modules(locale).stream()
                .filter(m -> filter.moduleId() == null || m.moduleId().equals(filter.moduleId())).toList();
        long written = 0;
        try {
            CSVPrinter printer = CsvCells.printer(out, CsvCells.delimiterFor(locale));
            List<String> header = new ArrayList<>(List.of(labels.name(), labels.orgUnit()));
            for (ComplianceModule module : modules) {
                header.add(module.title().in(locale));
                header.add(module.title().in(locale) + " – " + labels.dueOn());
            }
            printer.printRecord(header.stream().map(CsvCells::safe).toList());
            List<ComplianceRow> page;
            do {
                page = query.page(written, EXPORT_BATCH);
                for (ComplianceRow row : page) {
                    List<String> cells = new ArrayList<>(List.of(CsvCells.safe(row.name()), CsvCells.safe(row.orgUnitName())));
                    for (ComplianceModule module : modules) {
                        ComplianceCell cell = row.cell(module.moduleId());
                        cells.add(CsvCells.safe(labels.states().get(cell.state())));
                        cells.add(cell.dueOn() == null ? "" : cell.dueOn().toString());
                    }
                    printer.printRecord(cells);
                }
                written += page.size();
                printer.flush();
            } while (page.size() == EXPORT_BATCH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("TRAINING_COMPLIANCE_EXPORTED", "training_compliance", null, written + " people, " + describe(filter));
        return written;
    }

    private ComplianceQueries.Query query(ComplianceFilter filter) {
        EmployeeScope scope = visibility.scopeOf(users.require(), ScopePurpose.INDIVIDUAL);
        return queries.query(filter == null ? ComplianceFilter.none() : filter, scope);
    }

    private static String describe(ComplianceFilter filter) {
        return "org unit " + orDash(filter.orgUnitId()) + ", module " + orDash(filter.moduleId()) + ", state "
                + orDash(filter.state()) + ", text " + orDash(filter.text());
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    /** The deepest unit on the path from the top to every one of the units; null for none. */
    static Long lowestCommonUnit(List<Long> unitIds, Map<Long, Unit> units) {
        List<Long> common = null;
        for (Long id : unitIds) {
            List<Long> path = pathFromTop(id, units);
            if (common == null) {
                common = path;
            } else {
                int same = 0;
                while (same < common.size() && same < path.size() && common.get(same).equals(path.get(same))) {
                    same++;
                }
                common = common.subList(0, same);
            }
        }
        return common == null || common.isEmpty() ? null : common.getLast();
    }

    private static List<Long> pathFromTop(long unitId, Map<Long, Unit> units) {
        java.util.LinkedList<Long> path = new java.util.LinkedList<>();
        for (Unit u = units.get(unitId); u != null && path.size() < 64; u = u.parentId() == null ? null : units.get(u.parentId())) {
            path.addFirst(u.id());
        }
        return path;
    }

    /**
     * The base itself for its own people, else the unit directly below the base on the way up (the top unit when
     * the base is null); null when the unit is not below the base.
     */
    static Long childOfBaseHolding(long unitId, Long base, Map<Long, Unit> units) {
        Unit u = units.get(unitId);
        for (int depth = 0; u != null && depth < 64; depth++) {
            if (base != null && u.id() == base) {
                return base;
            }
            if (java.util.Objects.equals(u.parentId(), base)) {
                return u.id();
            }
            u = u.parentId() == null ? null : units.get(u.parentId());
        }
        return null;
    }
}
