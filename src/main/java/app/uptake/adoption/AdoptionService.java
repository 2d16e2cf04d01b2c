package app.uptake.adoption;

import app.uptake.adoption.internal.AdoptionCalculator;
import app.uptake.adoption.internal.SettingsStore;
import app.uptake.adoption.internal.SnapshotStore;
import app.uptake.audit.AuditService;
import app.uptake.organization.CurrentUser;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.EmployeeScope;
import app.uptake.organization.Employment;
import app.uptake.organization.OrgUnit;
import app.uptake.organization.OrgUnitKind;
import app.uptake.organization.OrganizationService;
import app.uptake.organization.ScopePurpose;
import app.uptake.organization.VisibilityService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the adoption index, each checked against who may see what ({@link VisibilityService}):
 * <ul>
 * <li>a unit's aggregates: executives, HR and the program office for every unit, a manager for units whose people
 * are all in their management line; suppressed under the minimum group size for everybody;</li>
 * <li>one person's weekly figures: the person, their management line, HR and the program office; looks by anybody
 * but the person are audited.</li>
 * </ul>
 * A unit or person outside the caller's scope is refused with a message, whatever id is asked for.
 *
 * <p>Read-write transactions where a look is audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AdoptionService {

    /** Hints are given for components below this, weakest first. */
    static final BigDecimal HINT_BELOW = BigDecimal.valueOf(80);
    static final int MAX_HINTS = 3;
    static final int MAX_WEEKS = 104;

    private final SnapshotStore store;
    private final SettingsStore settings;
    private final AdoptionCalculator calculator;
    private final OrganizationService organization;
    private final EmployeeDirectory directory;
    private final VisibilityService visibility;
    private final CurrentUserService currentUser;
    private final AuditService audit;
    private final CompanyCalendar calendar;

    AdoptionService(SnapshotStore store, SettingsStore settings, AdoptionCalculator calculator,
            OrganizationService organization, EmployeeDirectory directory, VisibilityService visibility,
            CurrentUserService currentUser, AuditService audit, CompanyCalendar calendar) {
        this.store = store;
        this.settings = settings;
        this.calculator = calculator;
        this.organization = organization;
        this.directory = directory;
        this.visibility = visibility;
        this.currentUser = currentUser;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** The latest week with a snapshot (its Monday), if any. */
    public java.util.Optional<LocalDate> latestWeek() {
        return store.latestWeek();
    }

    /** The company's weekly trend over the last {@code weeks} snapshot weeks, oldest first. */
    @PreAuthorize("hasAnyRole('MANAGER','HR','EXECUTIVE','ADMIN')")
    public List<UnitWeek> companyTrend(int weeks) {
        OrgUnit company = organization.children(null).stream().filter(u -> u.kind() == OrgUnitKind.COMPANY).findFirst()
                .orElseThrow(() -> new BusinessRuleException("adoption.error.noCompany"));
        return unitTrend(company.id(), weeks);
    }

    /** A unit's weekly trend (everything below it) over the last {@code weeks} snapshot weeks, oldest first. */
    @PreAuthorize("hasAnyRole('MANAGER','HR','EXECUTIVE','ADMIN')")
    public List<UnitWeek> unitTrend(long orgUnitId, int weeks) {
        requireUnitInScope(orgUnitId);
        int minimum = settings.read().minGroupSize();
        LocalDate to = store.latestWeek().orElse(null);
        if (to == null) {
            return List.of();
        }
        return store.unitWeeks(orgUnitId, to.minusWeeks(bounded(weeks) - 1L), to).stream()
                .map(row -> new UnitWeek(row.week(), row.orgUnitId(), figure(row, minimum))).toList();
    }

    /** The units directly below a unit with their adoption in the week (its Monday), the ones the caller may see. */
    @PreAuthorize("hasAnyRole('MANAGER','HR','EXECUTIVE','ADMIN')")
    public List<UnitChild> unitChildren(long orgUnitId, LocalDate week) {
        requireUnitInScope(orgUnitId);
        int minimum = settings.read().minGroupSize();
        LocalDate monday = AdoptionSnapshotService.weekOf(week);
        EmployeeScope scope = aggregateScope();
        List<OrgUnit> children = organization.children(orgUnitId).stream()
                .filter(child -> scope instanceof EmployeeScope.All || unitInScope(child.id(), scope)).toList();
        Map<Long, SnapshotStore.UnitRow> rows = store.unitsOfWeek(children.stream().map(OrgUnit::id).toList(), monday)
                .stream().collect(Collectors.toMap(SnapshotStore.UnitRow::orgUnitId, Function.identity()));
        return children.stream().map(child -> {
            SnapshotStore.UnitRow row = rows.get(child.id());
            return new UnitChild(child, row == null ? new GroupFigure.Suppressed(0, minimum) : figure(row, minimum));
        }).toList();
    }

    /**
     * One person's stored weeks over the last {@code weeks} snapshot weeks, oldest first: for the person, their
     * management line, HR and the program office. A look by anybody else than the person is audited.
     */
    @Transactional
    public List<EmployeeWeek> employeeHistory(long employeeId, int weeks) {
        CurrentUser user = currentUser.require();
        if (!visibility.maySee(user, employeeId, ScopePurpose.INDIVIDUAL) || directory.of(List.of(employeeId)).isEmpty()) {
            throw new BusinessRuleException("adoption.error.outOfScope");
        }
        if (user.employeeId() != employeeId) {
            audit.record("ADOPTION_INDIVIDUAL_VIEWED", "Employee", employeeId, "weekly adoption history");
        }
        return history(employeeId, weeks);
    }

    /** The signed-in person's adoption: this week so far, the stored weeks before, and what to do next. */
    public MyAdoption mine(int weeks) {
        CurrentUser user = currentUser.require();
        AdoptionSettings current = settings.read();
        LocalDate today = calendar.today();
        LocalDate week = AdoptionSnapshotService.weekOf(today);
        List<Employment> me = directory.of(List.of(user.employeeId()));
        AdoptionScore thisWeek = calculator.scores(me, new DateRange(week, today), current)
                .getOrDefault(user.employeeId(), AdoptionMath.score(ComponentValues.NONE, current.weights()));
        return new MyAdoption(week, today, thisWeek, current.weights(), history(user.employeeId(), weeks),
                hints(thisWeek));
    }

    /** Hints for the weakest components below {@link #HINT_BELOW}, weakest first, at most {@link #MAX_HINTS}. */
    static List<AdoptionHint> hints(AdoptionScore score) {
        List<AdoptionHint> hints = new ArrayList<>();
        score.components().values().entrySet().stream()
                .filter(e -> e.getValue().compareTo(HINT_BELOW) < 0)
                .sorted(Map.Entry.<AdoptionComponent, BigDecimal>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_HINTS)
                .forEach(e -> hints.add(new AdoptionHint(e.getKey(), e.getValue(), routeOf(e.getKey()))));
        return hints;
    }

    private static String routeOf(AdoptionComponent component) {
        return switch (component) {
            case TRAINING -> "training";
            case GOALS -> "targets";
            case USAGE, LOGGING, QUALITY -> "metrics";
        };
    }

    private List<EmployeeWeek> history(long employeeId, int weeks) {
        LocalDate to = store.latestWeek().orElse(null);
        if (to == null) {
            return List.of();
        }
        return store.employeeWeeks(employeeId, to.minusWeeks(bounded(weeks) - 1L), to).stream()
                .map(row -> new EmployeeWeek(row.week(), row.orgUnitId(), stored(row))).toList();
    }

    /** A stored week as a score: its stored index, and the components it lacked. */
    private static AdoptionScore stored(SnapshotStore.EmployeeRow row) {
        java.util.Set<AdoptionComponent> missing = java.util.EnumSet.allOf(AdoptionComponent.class);
        missing.removeAll(row.components().values().keySet());
        return new AdoptionScore(row.components(), row.index(), missing);
    }

    /** Suppressed when it was at the time or is under today's minimum group size. */
    private static GroupFigure figure(SnapshotStore.UnitRow row, int minimum) {
        return row.suppressed() ? new GroupFigure.Suppressed(row.score().headcount(), minimum)
                : GroupFigure.of(row.score(), minimum);
    }

    private void requireUnitInScope(long orgUnitId) {
        if (organization.find(orgUnitId).isEmpty()) {
            throw new BusinessRuleException("adoption.error.outOfScope");
        }
        EmployeeScope scope = aggregateScope();
        if (!(scope instanceof EmployeeScope.All) && !unitInScope(orgUnitId, scope)) {
            throw new BusinessRuleException("adoption.error.outOfScope");
        }
    }

    /** A unit is in a manager's scope when everybody who belongs to it now is in their management line. */
    private boolean unitInScope(long orgUnitId, EmployeeScope scope) {
        LocalDate today = calendar.today();
        List<Long> members = directory.inSubtree(orgUnitId).stream().filter(e -> !e.leftBefore(today))
                .map(Employment::employeeId).toList();
        return !members.isEmpty() && scope.includesAll(members);
    }

    private EmployeeScope aggregateScope() {
        return visibility.scopeOf(currentUser.require(), ScopePurpose.AGGREGATE);
    }

    private static int bounded(int weeks) {
        return Math.max(1, Math.min(MAX_WEEKS, weeks));
    }
}
