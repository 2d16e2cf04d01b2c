package app.uptake.metrics;

import app.uptake.audit.AuditService;
import app.uptake.metrics.internal.MetricEngine;
import app.uptake.organization.CurrentUser;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.EmployeeScope;
import app.uptake.organization.Employment;
import app.uptake.organization.ScopePurpose;
import app.uptake.organization.VisibilityService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The metric catalog and the figures it defines, for everyone signed in, within what they may see: figures
 * about one person only for the person, their management line and HR; figures about units for people who see
 * everybody in aggregates, or whose reporting line covers the whole unit.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MetricService {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,39}");

    private final MetricEngine engine;
    private final CurrentUserService currentUser;
    private final VisibilityService visibility;
    private final CompanyCalendar calendar;
    private final AuditService audit;

    MetricService(MetricEngine engine, CurrentUserService currentUser, VisibilityService visibility,
            CompanyCalendar calendar, AuditService audit) {
        this.engine = engine;
        this.currentUser = currentUser;
        this.visibility = visibility;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** Whether the user may look at any org unit's figures (executives, HR, admins). */
    public boolean mayViewAnyUnit() {
        return visibility.scopeOf(currentUser.require(), ScopePurpose.AGGREGATE) instanceof EmployeeScope.All;
    }

    /** Today in the company's calendar, for period pickers. */
    public java.time.LocalDate today() {
        return calendar.today();
    }

    /** The current version of every metric, by code. */
    public List<MetricDefinition> catalog() {
        return engine.catalog();
    }

    public Optional<MetricDefinition> find(String code) {
        return engine.find(code);
    }

    /** Adds a metric to the catalog and computes it over all activity there is. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public MetricDefinition create(MetricDraft draft) {
        if (draft.code() == null || !CODE.matcher(draft.code()).matches()) {
            throw BusinessRuleException.onField("code", "metrics.error.code");
        }
        if (engine.find(draft.code()).isPresent()) {
            throw BusinessRuleException.onField("code", "metrics.error.codeTaken", draft.code());
        }
        if (draft.name().en().isBlank() || draft.name().de().isBlank()) {
            throw BusinessRuleException.onField("name", "metrics.error.name");
        }
        if (draft.method().en().isBlank() || draft.method().de().isBlank()) {
            throw BusinessRuleException.onField("method", "metrics.error.method");
        }
        MetricDefinition created = engine.create(draft, calendar.today());
        audit.record("METRIC_CREATED", "metric", created.id(), draft.code());
        return created;
    }

    /** The metric for the subject over the period; days after today do not count. */
    @Transactional
    public MetricValue value(String code, MetricSubject subject, DateRange period) {
        MetricDefinition metric = metric(code);
        checkAccess(subject);
        if (subject instanceof MetricSubject.Employee e) {
            audit.record("INDIVIDUAL_DATA_VIEWED", "employee", e.employeeId(), "metric " + code);
        }
        return engine.value(metric, subject, toDate(period));
    }

    /**
     * The metric for each of many employees over the same period, at once: the batch form of {@link #value} for one
     * person, for goal attainment across a cascade. Refused unless the user may see every one of them individually;
     * the look is audited once, naming how many people it covered.
     */
    @Transactional
    public java.util.Map<Long, MetricValue> values(String code, java.util.Collection<Long> employeeIds, DateRange period) {
        MetricDefinition metric = metric(code);
        CurrentUser user = currentUser.require();
        EmployeeScope scope = visibility.scopeOf(user, ScopePurpose.INDIVIDUAL);
        if (!(scope instanceof EmployeeScope.All)) {
            for (long id : employeeIds) {
                if (!scope.includes(id)) {
                    throw new AccessDeniedException("no access to the figures of employee " + id);
                }
            }
        }
        if (employeeIds.isEmpty()) {
            return java.util.Map.of();
        }
        audit.record("INDIVIDUAL_DATA_VIEWED", "employee", employeeIds.size() == 1 ? employeeIds.iterator().next() : null,
                "metric " + code + " for " + employeeIds.size() + " employees");
        return engine.values(metric, java.util.Set.copyOf(employeeIds), toDate(period));
    }

    /**
     * The metric for each of several org units over the same period, at once: the batch form of {@link #value} for
     * a page of units (one grouped query over the rollups instead of one per unit). Refused unless the user may see
     * every one of them, as {@link #value} decides.
     */
    public java.util.Map<Long, MetricValue> valuesOfUnits(String code, java.util.Collection<Long> orgUnitIds,
            DateRange period) {
        MetricDefinition metric = metric(code);
        for (long unitId : orgUnitIds) {
            checkAccess(new MetricSubject.OrgUnit(unitId));
        }
        if (orgUnitIds.isEmpty()) {
            return java.util.Map.of();
        }
        return engine.valuesOfUnits(metric, orgUnitIds, toDate(period));
    }

    public List<TrendPoint> trend(String code, MetricSubject subject, DateRange period, Granularity granularity) {
        MetricDefinition metric = metric(code);
        checkAccess(subject);
        return engine.trend(metric, subject, toDate(period), granularity);
    }

    /**
     * The metric per child unit of a unit, or per person of a team or of a unit without children. People the
     * user may not see individually are left out of a per-person breakdown.
     */
    public List<BreakdownRow> breakdown(String code, MetricSubject subject, DateRange period) {
        MetricDefinition metric = metric(code);
        DateRange range = toDate(period);
        CurrentUser user = checkAccess(subject);
        EmployeeScope individual = visibility.scopeOf(user, ScopePurpose.INDIVIDUAL);
        return engine.breakdown(metric, subject, range, individual);
    }

    private MetricDefinition metric(String code) {
        return engine.find(code).orElseThrow(() -> new BusinessRuleException("metrics.error.unknown", code));
    }

    /** Periods are cut at today: a year that has not ended is measured to date. */
    private DateRange toDate(DateRange period) {
        java.time.LocalDate today = calendar.today();
        if (period.from().isAfter(today)) {
            throw new BusinessRuleException("metrics.error.futurePeriod");
        }
        return period.to().isAfter(today) ? new DateRange(period.from(), today) : period;
    }

    /**
     * Whether the user may see the subject's figures: the same rule {@link #value} and {@link #trend} apply, asked
     * without an exception, so that a page of many subjects can leave out the ones it may not show.
     */
    public boolean mayView(MetricSubject subject) {
        return allowed(currentUser.require(), subject);
    }

    /** Refuses unless the user may see the subject's figures. */
    private CurrentUser checkAccess(MetricSubject subject) {
        CurrentUser user = currentUser.require();
        if (!allowed(user, subject)) {
            throw new AccessDeniedException("no access to the figures of " + subject);
        }
        return user;
    }

    private boolean allowed(CurrentUser user, MetricSubject subject) {
        return switch (subject) {
            case MetricSubject.Employee e -> visibility.maySee(user, e.employeeId(), ScopePurpose.INDIVIDUAL);
            case MetricSubject.Team t -> t.managerEmployeeId() == user.employeeId()
                    || covers(visibility.scopeOf(user, ScopePurpose.AGGREGATE), subject);
            case MetricSubject.OrgUnit u -> covers(visibility.scopeOf(user, ScopePurpose.AGGREGATE), subject);
        };
    }

    /** Whoever sees everybody needs no list of the people a unit holds (thousands for the company). */
    private boolean covers(EmployeeScope scope, MetricSubject subject) {
        if (scope instanceof EmployeeScope.All) {
            return true;
        }
        return scope.includesAll(engine.people(subject).stream().map(Employment::employeeId).toList());
    }
}
