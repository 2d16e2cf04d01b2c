package app.uptake.goals;

import app.uptake.audit.AuditService;
import app.uptake.goals.internal.BaselineMeter;
import app.uptake.goals.internal.CascadeScope;
import app.uptake.goals.internal.GoalChecks;
import app.uptake.goals.internal.GoalRevisions;
import app.uptake.goals.internal.GoalRow;
import app.uptake.goals.internal.GoalStore;
import app.uptake.goals.internal.GoalSummaries;
import app.uptake.goals.progress.ProgressProfile;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricService;
import app.uptake.metrics.ProcessSegment;
import app.uptake.notifications.Notifier;
import app.uptake.organization.CurrentUser;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.Employment;
import app.uptake.organization.OrgUnit;
import app.uptake.organization.OrganizationService;
import app.uptake.organization.Role;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The goal map: company goals per fiscal period on metrics of the catalog, each measured against its baseline before
 * a target is set. Executives and the CRM program office (admin) draft, change, activate and close company goals; a
 * goal's owner (whoever they are) confirms its definition and baseline, which activation requires; the owner also
 * sees the goal. Every change of target or weight is a revision with a reason; {@link #targetAsOf} answers with the
 * value in force on a day. Every check runs before the first write, and each command is one transaction.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class GoalService {

    private final GoalStore store;
    private final GoalRevisions revisions;
    private final BaselineMeter meter;
    private final MetricService metrics;
    private final OrganizationService organization;
    private final EmployeeDirectory directory;
    private final CurrentUserService currentUser;
    private final FiscalCalendar fiscal;
    private final CompanyCalendar calendar;
    private final Notifier notifier;
    private final AuditService audit;
    private final CascadeScope cascade;
    private final GoalSummaries summaries;

    GoalService(GoalStore store, GoalRevisions revisions, BaselineMeter meter, MetricService metrics,
            OrganizationService organization, EmployeeDirectory directory, CurrentUserService currentUser,
            FiscalCalendar fiscal, CompanyCalendar calendar, Notifier notifier, AuditService audit,
            CascadeScope cascade, GoalSummaries summaries) {
        this.cascade = cascade;
        this.summaries = summaries;
        this.store = store;
        this.revisions = revisions;
        this.meter = meter;
        this.metrics = metrics;
        this.organization = organization;
        this.directory = directory;
        this.currentUser = currentUser;
        this.fiscal = fiscal;
        this.calendar = calendar;
        this.notifier = notifier;
        this.audit = audit;
    }

    /** Whether the caller drafts and manages company goals (executives and the program office). */
    public boolean mayManage() {
        return currentUser.require().hasAnyRole(Role.EXECUTIVE, Role.ADMIN);
    }

    /** One page of a fiscal year's company goals, optionally of one process segment. */
    @PreAuthorize("hasAnyRole('EXECUTIVE','ADMIN')")
    public List<GoalSummary> companyGoals(int fiscalYear, ProcessSegment segment, int offset, int limit) {
        return summaries(store.companyGoals(fiscalYear, segment, offset, limit));
    }

    @PreAuthorize("hasAnyRole('EXECUTIVE','ADMIN')")
    public int countCompanyGoals(int fiscalYear, ProcessSegment segment) {
        return store.countCompanyGoals(fiscalYear, segment);
    }

    /** The goals a goal is broken down into (the cascade), for a tree that expands lazily. */
    @PreAuthorize("hasAnyRole('EXECUTIVE','ADMIN')")
    public List<GoalSummary> children(long goalId) {
        return summaries(store.children(goalId));
    }

    /** Σ weight of the fiscal year's company goals that are not closed. */
    @PreAuthorize("hasAnyRole('EXECUTIVE','ADMIN')")
    public BigDecimal weightOfYear(int fiscalYear) {
        return store.weightOfYear(fiscalYear, -1);
    }

    /** Measures the baseline for a draft without saving anything, for the editor's side panel. */
    @PreAuthorize("hasAnyRole('EXECUTIVE','ADMIN')")
    public BaselinePreview preview(int fiscalYear, Integer quarter, Long orgUnitId, String metricCode) {
        GoalPeriod period = period(fiscalYear, quarter);
        MetricDefinition metric = metric(metricCode);
        OrgUnit unit = unit(orgUnitId);
        GoalPeriod earlier = period.yearEarlier(fiscal.startMonth());
        return new BaselinePreview(metric, period, earlier, meter.measure(metric, unit.id(), earlier));
    }

    /** Drafts a company goal with its baseline and asks its owner to confirm definition and baseline. */
    @Transactional
    @PreAuthorize("hasAnyRole('EXECUTIVE','ADMIN')")
    public long create(GoalDraft draft) {
        CurrentUser user = currentUser.require();
        Checked checked = check(draft, null);
        Baseline baseline = meter.measure(checked.metric(), checked.unit().id(),
                checked.period().yearEarlier(fiscal.startMonth()));
        GoalChecks.target(draft.targetValue(), draft.direction(), baseline.value(), checked.metric());
        long id = store.insert(new GoalStore.NewGoal(null, null, checked.period().fiscalYear(), checked.period().quarter(),
                checked.period().range(), new GoalScope.OrgUnit(checked.unit().id()), draft.titleEn().strip(),
                draft.titleDe().strip(), checked.metric().code(), checked.segment(), draft.direction().name(),
                draft.targetValue(), checked.weight(), draft.ownerId(), rationale(draft), baseline, user.employeeId(),
                calendar.now()));
        audit.record("GOAL_CREATED", "goal", id, checked.period().label() + " " + checked.metric().code() + " → "
                + GoalChecks.plain(draft.targetValue()));
        askToConfirm(id, draft.ownerId(), new LocalizedText(draft.titleEn().strip(), draft.titleDe().strip()),
                checked.period());
        return id;
    }

    /**
     * Changes a company goal. A draft may change anything; a new metric, unit or period measures the baseline again,
     * and that or a new owner asks for confirmation again. An active goal keeps its metric, unit and period. A new
     * target or weight needs a reason and becomes a revision.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EXECUTIVE','ADMIN')")
    public void update(long goalId, GoalDraft draft) {
        CurrentUser user = currentUser.require();
        GoalRow goal = companyGoal(goalId);
        if (goal.status() == GoalStatus.CLOSED) {
            throw new BusinessRuleException("goals.error.closed");
        }
        Checked checked = check(draft, goal);
        boolean redefined = !goal.metricCode().equals(checked.metric().code())
                || !goal.scope().equals(new GoalScope.OrgUnit(checked.unit().id()))
                || !goal.period().equals(checked.period().range());
        if (redefined && goal.status() != GoalStatus.DRAFT) {
            throw new BusinessRuleException("goals.error.fixedWhenActive");
        }
        Baseline baseline = redefined ? meter.measure(checked.metric(), checked.unit().id(),
                checked.period().yearEarlier(fiscal.startMonth())) : goal.baseline();
        GoalChecks.target(draft.targetValue(), draft.direction(), baseline.value(), checked.metric());
        boolean newTarget = goal.target().compareTo(draft.targetValue()) != 0;
        boolean newWeight = goal.weight().compareTo(checked.weight()) != 0;
        String reason = draft.reason() == null ? "" : draft.reason().strip();
        if ((newTarget || newWeight) && reason.isEmpty()) {
            throw BusinessRuleException.onField("reason", "goals.error.reasonRequired");
        }
        if (reason.length() > 1000) {
            throw BusinessRuleException.onField("reason", "validation.tooLong");
        }
        boolean reconfirm = goal.status() == GoalStatus.DRAFT && (redefined || goal.ownerId() != draft.ownerId());
        GoalRow changed = new GoalRow(goal.id(), null, goal.rootId(), checked.period().fiscalYear(),
                checked.period().quarter(), checked.period().range(), new GoalScope.OrgUnit(checked.unit().id()),
                new LocalizedText(draft.titleEn().strip(), draft.titleDe().strip()), checked.metric().code(),
                checked.segment(), draft.direction(), draft.targetValue(), checked.weight(), draft.ownerId(),
                rationale(draft), goal.status(), baseline, reconfirm ? null : goal.confirmedBy(),
                reconfirm ? null : goal.confirmedAt(), goal.activatedBy(), goal.activatedAt(), goal.closedAt(),
                goal.createdBy(), goal.createdAt(), goal.version());
        store.update(changed);
        Instant now = calendar.now();
        LocalDate today = calendar.today();
        if (newTarget) {
            revisions.record(goalId, RevisionField.TARGET, goal.target(), draft.targetValue(), reason,
                    user.employeeId(), now, today);
        }
        if (newWeight) {
            revisions.record(goalId, RevisionField.WEIGHT, goal.weight(), checked.weight(), reason, user.employeeId(),
                    now, today);
        }
        audit.record("GOAL_CHANGED", "goal", goalId, (newTarget ? "target " + GoalChecks.plain(goal.target()) + " → "
                + GoalChecks.plain(draft.targetValue()) + " " : "") + (newWeight ? "weight " + GoalChecks.plain(goal.weight())
                + " → " + GoalChecks.plain(checked.weight()) + " " : "") + reason);
        if (reconfirm) {
            askToConfirm(goalId, draft.ownerId(), changed.title(), checked.period());
        }
    }

    /** The goal as the editor's form holds it. */
    @PreAuthorize("hasAnyRole('EXECUTIVE','ADMIN')")
    public GoalDraft draftFor(long goalId) {
        GoalRow g = companyGoal(goalId);
        long unit = ((GoalScope.OrgUnit) g.scope()).orgUnitId();
        return new GoalDraft(g.fiscalYear(), g.quarter(), unit, g.title().en(), g.title().de(), g.metricCode(),
                g.segment(), g.target(), g.direction(), g.weight(), g.ownerId(), g.rationale(), null);
    }

    /** The owner confirms that they understand the metric's definition and accept the measured baseline. */
    @Transactional
    public void confirm(long goalId) {
        CurrentUser user = currentUser.require();
        GoalRow goal = visibleGoal(goalId, user);
        if (goal.parentId() != null) {
            throw new BusinessRuleException("goals.error.notCompanyGoal");
        }
        if (goal.ownerId() != user.employeeId()) {
            throw new BusinessRuleException("goals.error.onlyOwnerConfirms", ownerName(goal));
        }
        if (goal.status() != GoalStatus.DRAFT) {
            throw new BusinessRuleException("goals.error.notDraft");
        }
        store.update(with(goal, goal.status(), user.employeeId(), calendar.now(), goal.activatedBy(), goal.activatedAt(),
                goal.closedAt()));
        audit.record("GOAL_CONFIRMED", "goal", goalId, "baseline " + GoalChecks.plain(goal.baseline().value()));
    }

    /** Puts a confirmed draft in force. */
    @Transactional
    @PreAuthorize("hasAnyRole('EXECUTIVE','ADMIN')")
    public void activate(long goalId) {
        CurrentUser user = currentUser.require();
        GoalRow goal = companyGoal(goalId);
        if (goal.status() != GoalStatus.DRAFT) {
            throw new BusinessRuleException("goals.error.notDraft");
        }
        if (!goal.confirmed()) {
            throw new BusinessRuleException("goals.error.notConfirmed", ownerName(goal));
        }
        if (goal.period().to().isBefore(calendar.today())) {
            throw new BusinessRuleException("goals.error.periodOver", fiscal.period(goal.fiscalYear(), goal.quarter()).label());
        }
        GoalRow active = with(goal, GoalStatus.ACTIVE, goal.confirmedBy(), goal.confirmedAt(), user.employeeId(),
                calendar.now(), null);
        store.update(active);
        store.followRoot(active);
        audit.record("GOAL_ACTIVATED", "goal", goalId, goal.metricCode());
    }

    /** Ends an active goal; its weight no longer counts towards the year's 100 %. */
    @Transactional
    @PreAuthorize("hasAnyRole('EXECUTIVE','ADMIN')")
    public void close(long goalId) {
        GoalRow goal = companyGoal(goalId);
        if (goal.status() != GoalStatus.ACTIVE) {
            throw new BusinessRuleException("goals.error.notActive");
        }
        GoalRow closed = with(goal, GoalStatus.CLOSED, goal.confirmedBy(), goal.confirmedAt(), goal.activatedBy(),
                goal.activatedAt(), calendar.now());
        store.update(closed);
        store.followRoot(closed);
        audit.record("GOAL_CLOSED", "goal", goalId, goal.metricCode());
    }

    /**
     * Sets how the company goal, and its cascade with it, expects progress through the period: evenly, or along
     * last year's profile of each scope (linear where a scope has no figure last year).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EXECUTIVE','ADMIN')")
    public void setProgressProfile(long goalId, ProgressProfile profile) {
        if (profile == null) {
            throw BusinessRuleException.onField("profile", "validation.required");
        }
        GoalRow goal = companyGoal(goalId);
        if (goal.status() == GoalStatus.CLOSED) {
            throw new BusinessRuleException("goals.error.closed");
        }
        store.setProfile(goalId, profile);
        audit.record("GOAL_PROGRESS_PROFILE", "goal", goalId, profile.name());
    }

    /** How the goal's company goal expects progress; see {@link #setProgressProfile}. */
    public ProgressProfile progressProfile(long goalId) {
        visibleGoal(goalId, currentUser.require());
        return store.profiles(List.of(goalId)).get(goalId);
    }

    /** The goal page: for executives, the program office and the goal's owner. */
    public GoalDetail detail(long goalId) {
        CurrentUser user = currentUser.require();
        GoalRow goal = visibleGoal(goalId, user);
        Set<Long> people = new HashSet<>();
        people.add(goal.ownerId());
        if (goal.confirmedBy() != null) {
            people.add(goal.confirmedBy());
        }
        if (goal.activatedBy() != null) {
            people.add(goal.activatedBy());
        }
        Map<Long, String> names = directory.names(people);
        boolean manage = user.hasAnyRole(Role.EXECUTIVE, Role.ADMIN);
        return new GoalDetail(summaries(List.of(goal)).getFirst(), goal.rationale(), metric(goal.metricCode()),
                goal.baseline(), goal.confirmedBy() == null ? null : names.get(goal.confirmedBy()), goal.confirmedAt(),
                goal.activatedBy() == null ? null : names.get(goal.activatedBy()), goal.activatedAt(),
                revisions.history(goalId, directory::names),
                goal.parentId() == null && goal.ownerId() == user.employeeId() && goal.status() == GoalStatus.DRAFT
                        && !goal.confirmed(), manage);
    }

    /** Every revision of the goal, newest first. */
    public List<GoalRevision> revisions(long goalId) {
        visibleGoal(goalId, currentUser.require());
        return revisions.history(goalId, directory::names);
    }

    /**
     * The target in force on the day: progress on a day is measured against it. A company goal's target changes by
     * TARGET revisions, a share of the cascade by ALLOCATION revisions of its breakdown.
     */
    public BigDecimal targetAsOf(long goalId, LocalDate day) {
        GoalRow goal = visibleGoal(goalId, currentUser.require());
        RevisionField field = goal.parentId() == null ? RevisionField.TARGET : RevisionField.ALLOCATION;
        return revisions.asOf(goalId, field, day).orElse(goal.target());
    }

    /** The weight in force on the day. */
    public BigDecimal weightAsOf(long goalId, LocalDate day) {
        GoalRow goal = visibleGoal(goalId, currentUser.require());
        return revisions.asOf(goalId, RevisionField.WEIGHT, day).orElse(goal.weight());
    }

    private record Checked(GoalPeriod period, MetricDefinition metric, OrgUnit unit, ProcessSegment segment,
            BigDecimal weight) {
    }

    /** Every check that needs no baseline, in the order of the form. */
    private Checked check(GoalDraft draft, GoalRow existing) {
        GoalPeriod period = period(draft.fiscalYear(), draft.quarter());
        boolean samePeriod = existing != null && existing.period().equals(period.range());
        if (!samePeriod && period.range().to().isBefore(calendar.today())) {
            throw BusinessRuleException.onField("period", "goals.error.periodOver", period.label());
        }
        GoalChecks.texts(draft);
        MetricDefinition metric = metric(draft.metricCode());
        OrgUnit unit = unit(draft.orgUnitId());
        if (draft.ownerId() == null) {
            throw BusinessRuleException.onField("owner", "validation.required");
        }
        List<Employment> owner = directory.of(List.of(draft.ownerId()));
        if (owner.isEmpty() || owner.getFirst().leftBefore(calendar.today())) {
            throw BusinessRuleException.onField("owner", "goals.error.owner");
        }
        GoalChecks.direction(draft.direction(), metric);
        if (draft.targetValue() == null) {
            throw BusinessRuleException.onField("target", "goals.error.targetRequired");
        }
        BigDecimal weight = draft.weight() == null ? null : draft.weight().setScale(3, RoundingMode.HALF_EVEN);
        long self = existing == null ? -1 : existing.id();
        GoalChecks.weight(weight, store.weightOfYear(period.fiscalYear(), self));
        store.overlapping(metric.code(), unit.id(), period.range(), self).ifPresent(other -> {
            throw BusinessRuleException.onField("period", "goals.error.overlap", other.title().en(),
                    fiscal.period(other.fiscalYear(), other.quarter()).label());
        });
        ProcessSegment segment = draft.segment() == null ? metric.segment() : draft.segment();
        return new Checked(period, metric, unit, segment, weight);
    }

    private GoalPeriod period(int fiscalYear, Integer quarter) {
        if (fiscalYear < 2000 || fiscalYear > 2100 || quarter != null && (quarter < 1 || quarter > 4)) {
            throw BusinessRuleException.onField("period", "goals.error.period");
        }
        return fiscal.period(fiscalYear, quarter);
    }

    private MetricDefinition metric(String code) {
        if (code == null || code.isBlank()) {
            throw BusinessRuleException.onField("metric", "validation.required");
        }
        return metrics.find(code).orElseThrow(() -> BusinessRuleException.onField("metric", "goals.error.unknownMetric", code));
    }

    private OrgUnit unit(Long orgUnitId) {
        if (orgUnitId == null) {
            throw BusinessRuleException.onField("scope", "validation.required");
        }
        OrgUnit unit = organization.find(orgUnitId)
                .orElseThrow(() -> BusinessRuleException.onField("scope", "goals.error.unknownUnit"));
        if (unit.isClosed()) {
            throw BusinessRuleException.onField("scope", "goals.error.unitClosed", unit.name());
        }
        return unit;
    }

    private static String rationale(GoalDraft draft) {
        return draft.rationale() == null || draft.rationale().isBlank() ? null : draft.rationale().strip();
    }

    private GoalRow companyGoal(long goalId) {
        GoalRow goal = store.find(goalId).orElseThrow(() -> new BusinessRuleException("goals.error.unknown", goalId));
        if (goal.parentId() != null) {
            throw new BusinessRuleException("goals.error.notCompanyGoal");
        }
        return goal;
    }

    /**
     * The goal, when the user may see it: executives and admins see all, others the goals they own, managers the
     * shares of the cascade within the subtree they lead.
     */
    private GoalRow visibleGoal(long goalId, CurrentUser user) {
        GoalRow goal = store.find(goalId).orElse(null);
        if (goal == null || !cascade.mayRead(goal, user)) {
            throw new AccessDeniedException("no access to goal " + goalId);
        }
        return goal;
    }

    private String ownerName(GoalRow goal) {
        return directory.names(List.of(goal.ownerId())).getOrDefault(goal.ownerId(), "");
    }

    private void askToConfirm(long goalId, long ownerId, LocalizedText title, GoalPeriod period) {
        notifier.notify(ownerId, "GOAL_CONFIRM", "goals.notification.confirm", List.of(title, period.label()),
                "goals/" + goalId);
    }

    private static GoalRow with(GoalRow g, GoalStatus status, Long confirmedBy, Instant confirmedAt, Long activatedBy,
            Instant activatedAt, Instant closedAt) {
        return new GoalRow(g.id(), g.parentId(), g.rootId(), g.fiscalYear(), g.quarter(), g.period(), g.scope(), g.title(),
                g.metricCode(), g.segment(), g.direction(), g.target(), g.weight(), g.ownerId(), g.rationale(), status,
                g.baseline(), confirmedBy, confirmedAt, activatedBy, activatedAt, closedAt, g.createdBy(), g.createdAt(),
                g.version());
    }

    private List<GoalSummary> summaries(List<GoalRow> rows) {
        return summaries.of(rows);
    }
}
