package app.uptake.incentives.plan;

import app.uptake.audit.AuditService;
import app.uptake.goals.GoalReference;
import app.uptake.goals.GoalReferences;
import app.uptake.incentives.calc.IncentiveKeys;
import app.uptake.incentives.calc.PlanVersion;
import app.uptake.incentives.plan.internal.PlanDefinitionJson;
import app.uptake.incentives.plan.internal.PlanStore;
import app.uptake.incentives.plan.internal.StoredPlanSource;
import app.uptake.incentives.plan.internal.PlanStore.ParticipationRow;
import app.uptake.incentives.plan.internal.PlanStore.PlanRow;
import app.uptake.incentives.plan.internal.PlanStore.UnitRule;
import app.uptake.incentives.plan.internal.PlanStore.VersionRow;
import app.uptake.metrics.MetricService;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.Employment;
import app.uptake.organization.JobRole;
import app.uptake.organization.OrgUnit;
import app.uptake.organization.OrganizationService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incentive plans for HR and the CRM program office: plans, their versions (components, curves, gates), eligibility
 * and explicit participations. Every other role is refused. Each command checks everything before its first write,
 * runs in one transaction and is recorded in the audit trail. Runs read plans through {@link PlanSource}, not here.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HR','ADMIN')")
public class IncentivePlanService {

    private static final String SUBJECT = "IncentivePlan";

    private final PlanStore store;
    private final PlanSource source;
    private final GoalReferences goals;
    private final MetricService metrics;
    private final OrganizationService organization;
    private final EmployeeDirectory directory;
    private final CurrentUserService currentUser;
    private final AuditService audit;
    private final Clock clock;

    IncentivePlanService(PlanStore store, PlanSource source, GoalReferences goals, MetricService metrics,
            OrganizationService organization, EmployeeDirectory directory, CurrentUserService currentUser,
            AuditService audit, Clock clock) {
        this.store = store;
        this.source = source;
        this.goals = goals;
        this.metrics = metrics;
        this.organization = organization;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // --- reading ---

    /** One page of the plans whose code or name contains the text, by code. */
    public List<PlanSummary> list(String text, int offset, int limit) {
        return store.plans(text, offset, limit).stream().map(IncentivePlanService::summary).toList();
    }

    public int count(String text) {
        return store.countPlans(text);
    }

    public PlanDetail detail(long planId) {
        PlanRow plan = plan(planId);
        List<VersionRow> rows = store.versions(planId);
        Map<Long, String> authors = directory.names(rows.stream().map(VersionRow::authorId).collect(Collectors.toSet()));
        List<PlanVersionEntry> versions = rows.stream().map(v -> new PlanVersionEntry(v.id(), v.versionNo(),
                v.validFrom(), StoredPlanSource.versionOf(plan, v), authors.get(v.authorId()), v.reason(), v.createdAt())).toList();
        return new PlanDetail(summary(plan), versions, eligibility(planId));
    }

    /** The version in force at the period's start, as a run will use it. */
    public java.util.Optional<PlanInForce> inForce(long planId, app.uptake.shared.DateRange period) {
        plan(planId);
        return source.inForce(planId, period);
    }

    /** The participants of a period as a run will see them, for checking eligibility before a run. */
    public List<Participant> participants(long planId, app.uptake.shared.DateRange period) {
        plan(planId);
        return source.participants(planId, period);
    }

    /** Company goals a component can be bound to. */
    public List<GoalReference> goalChoices() {
        return goals.companyGoals();
    }

    /** One page of the plan's explicit participations, latest start first. */
    public List<ParticipationEntry> participations(long planId, int offset, int limit) {
        plan(planId);
        List<ParticipationRow> rows = store.participations(planId, offset, limit);
        Map<Long, String> names = directory.names(rows.stream().map(ParticipationRow::employeeId).toList());
        return rows.stream().map(r -> new ParticipationEntry(r.id(), r.planId(), r.employeeId(),
                names.get(r.employeeId()), r.from(), r.to(), r.fte(), r.targetIncentiveOverride())).toList();
    }

    public int countParticipations(long planId) {
        return store.countParticipations(planId);
    }

    // --- commands ---

    /** Creates a plan without versions; it pays nothing until its first version. */
    @Transactional
    public long create(PlanDraft draft) {
        String code = required("code", draft.code()).toUpperCase(Locale.ROOT);
        if (!code.matches(PlanDefinitions.CODE)) {
            throw BusinessRuleException.onField("code", "incentivePlans.error.codeFormat");
        }
        if (store.codeTaken(code)) {
            throw BusinessRuleException.onField("code", "incentivePlans.error.codeTaken", code);
        }
        String nameEn = required("nameEn", draft.nameEn());
        String nameDe = required("nameDe", draft.nameDe());
        Currency currency = currency(draft.currency());
        if (draft.periodType() == null) {
            throw BusinessRuleException.onField("periodType", "validation.required");
        }
        BigDecimal target = targetIncentive(draft.targetIncentive(), currency);
        long by = currentUser.require().employeeId();
        long id = store.insertPlan(code, nameEn, nameDe, currency.getCurrencyCode(), draft.periodType(), target,
                draft.managersSeeTotals(), by, clock.instant());
        audit.record("INCENTIVE_PLAN_CREATED", SUBJECT, id, code + " " + nameEn + ", " + draft.periodType() + ", "
                + target.toPlainString() + " " + currency.getCurrencyCode() + ", manager totals "
                + draft.managersSeeTotals());
        return id;
    }

    /** Renames the plan and sets whether managers see their line's totals; the rules change only by versions. */
    @Transactional
    public void updateSettings(long planId, String nameEn, String nameDe, boolean managersSeeTotals) {
        PlanRow plan = plan(planId);
        String en = required("nameEn", nameEn);
        String de = required("nameDe", nameDe);
        store.updateSettings(planId, en, de, managersSeeTotals, currentUser.require().employeeId(), clock.instant());
        audit.record("INCENTIVE_PLAN_UPDATED", SUBJECT, planId, plan.nameEn() + " -> " + en + ", manager totals "
                + plan.managersSeeTotals() + " -> " + managersSeeTotals);
    }

    /**
     * Saves a new version in force from its first day (the first of a month) until the next version's. A version
     * is never changed: a correction is another version.
     *
     * @return the new version's id
     */
    @Transactional
    public long saveVersion(long planId, VersionDraft draft) {
        PlanRow plan = plan(planId);
        store.lock(planId);
        if (draft.validFrom() == null) {
            throw BusinessRuleException.onField("validFrom", "validation.required");
        }
        if (draft.validFrom().getDayOfMonth() != 1) {
            throw BusinessRuleException.onField("validFrom", "incentivePlans.error.validFromFirstOfMonth");
        }
        if (store.versionFrom(planId, draft.validFrom())) {
            throw BusinessRuleException.onField("validFrom", "incentivePlans.error.versionExists", draft.validFrom());
        }
        int versionNo = store.nextVersionNo(planId);
        Currency currency = Currency.getInstance(plan.currency());
        PlanVersion version = PlanDefinitions.toVersion(plan.code(), versionNo,
                new LocalizedText(plan.nameEn(), plan.nameDe()), currency,
                targetIncentive(draft.targetIncentive(), currency), draft.components(), draft.gates());
        checkBindings(draft.components());
        String reason = required("reason", draft.reason());
        if (reason.length() > 1000) {
            throw BusinessRuleException.onField("reason", "validation.tooLong");
        }
        List<ComponentSpec> stored = PlanDefinitions.componentSpecs(version);
        List<GateSpec> storedGates = PlanDefinitions.gateSpecs(version);
        long by = currentUser.require().employeeId();
        long id = store.insertVersion(planId, versionNo, draft.validFrom(), version.targetIncentive(),
                PlanDefinitionJson.write(new PlanDefinitionJson.Definition(stored, storedGates)), by, reason,
                clock.instant());
        if (store.versions(planId).getFirst().id() == id) {
            store.touch(planId, version.targetIncentive(), by, clock.instant());
        }
        audit.record("INCENTIVE_PLAN_VERSION_SAVED", SUBJECT, planId, plan.code() + " v" + versionNo + " from "
                + draft.validFrom() + ": " + version.components().stream()
                        .map(c -> c.code() + " " + c.weight().toPlainString() + "%").collect(Collectors.joining(", "))
                + "; gates " + version.gates().size() + "; reason: " + reason);
        return id;
    }

    /** Replaces the plan's eligibility rules. */
    @Transactional
    public void setEligibility(long planId, Set<JobRole> jobRoles, List<EligibleUnit> units) {
        PlanRow plan = plan(planId);
        Set<Long> seen = new HashSet<>();
        List<UnitRule> rules = new ArrayList<>();
        for (EligibleUnit unit : units) {
            if (organization.find(unit.orgUnitId()).isEmpty()) {
                throw BusinessRuleException.onField("units", "incentivePlans.error.unknownUnit", unit.orgUnitId());
            }
            if (seen.add(unit.orgUnitId())) {
                rules.add(new UnitRule(unit.orgUnitId(), unit.includeSubtree()));
            }
        }
        Set<JobRole> roles = jobRoles == null ? Set.of() : Set.copyOf(jobRoles);
        store.replaceEligibility(planId, roles.stream().sorted().toList(), rules);
        audit.record("INCENTIVE_PLAN_ELIGIBILITY", SUBJECT, planId, plan.code() + ": roles "
                + roles.stream().map(Enum::name).sorted().toList() + ", units " + rules.stream()
                        .map(r -> r.orgUnitId() + (r.includeSubtree() ? "+" : "")).toList());
    }

    /** Puts an employee under the plan explicitly; their days then follow this entry, not any plan's rules. */
    @Transactional
    public long addParticipation(long planId, ParticipationDraft draft) {
        PlanRow plan = plan(planId);
        if (draft.employeeId() == null) {
            throw BusinessRuleException.onField("employee", "validation.required");
        }
        List<Employment> employment = directory.of(List.of(draft.employeeId()));
        if (employment.isEmpty()) {
            throw BusinessRuleException.onField("employee", "incentivePlans.error.unknownEmployee");
        }
        if (draft.from() == null) {
            throw BusinessRuleException.onField("from", "validation.required");
        }
        if (draft.to() != null && draft.to().isBefore(draft.from())) {
            throw BusinessRuleException.onField("to", "incentivePlans.error.endBeforeStart");
        }
        Employment employed = employment.getFirst();
        if (employed.leftBefore(draft.from()) || (draft.to() != null && draft.to().isBefore(employed.startDate()))) {
            throw BusinessRuleException.onField("from", "incentivePlans.error.notEmployed");
        }
        BigDecimal fte = draft.fte() == null ? BigDecimal.ONE : draft.fte();
        if (fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0) {
            throw BusinessRuleException.onField("fte", IncentiveKeys.FTE_RANGE, fte);
        }
        if (fte.stripTrailingZeros().scale() > 3) {
            throw BusinessRuleException.onField("fte", "incentivePlans.error.fteDecimals");
        }
        BigDecimal override = draft.targetIncentiveOverride();
        if (override != null) {
            if (override.signum() < 0) {
                throw BusinessRuleException.onField("targetIncentive", IncentiveKeys.AMOUNT_NEGATIVE, override);
            }
            Currency currency = Currency.getInstance(plan.currency());
            if (override.stripTrailingZeros().scale() > Math.max(0, currency.getDefaultFractionDigits())) {
                throw BusinessRuleException.onField("targetIncentive", IncentiveKeys.AMOUNT_TOO_PRECISE, override,
                        Math.max(0, currency.getDefaultFractionDigits()), currency.getCurrencyCode());
            }
        }
        directory.lockInOrder(List.of(draft.employeeId()));
        List<ParticipationRow> clash = store.overlapping(draft.employeeId(), draft.from(), draft.to(), -1);
        if (!clash.isEmpty()) {
            ParticipationRow other = clash.getFirst();
            String otherCode = store.findPlan(other.planId()).map(PlanRow::code).orElse("?");
            throw BusinessRuleException.onField("from", "incentivePlans.error.participationOverlap", otherCode,
                    other.from(), other.to() == null ? "…" : other.to().toString());
        }
        long id = store.insertParticipation(planId, draft.employeeId(), draft.from(), draft.to(), fte, override,
                currentUser.require().employeeId(), clock.instant());
        audit.record("INCENTIVE_PARTICIPATION_ADDED", SUBJECT, planId, plan.code() + ": employee "
                + draft.employeeId() + " " + draft.from() + ".." + (draft.to() == null ? "" : draft.to()) + ", FTE "
                + fte.toPlainString() + (override == null ? "" : ", target " + override.toPlainString()));
        return id;
    }

    /** Ends a participation on its last day (not before its first). */
    @Transactional
    public void endParticipation(long participationId, LocalDate lastDay) {
        ParticipationRow row = store.findParticipation(participationId)
                .orElseThrow(() -> new BusinessRuleException("incentivePlans.error.unknownParticipation"));
        PlanRow plan = plan(row.planId());
        if (lastDay == null) {
            throw BusinessRuleException.onField("to", "validation.required");
        }
        if (lastDay.isBefore(row.from())) {
            throw BusinessRuleException.onField("to", "incentivePlans.error.endBeforeStart");
        }
        if (row.to() != null && !lastDay.isBefore(row.to())) {
            throw BusinessRuleException.onField("to", "incentivePlans.error.endNotEarlier", row.to());
        }
        store.endParticipation(participationId, lastDay);
        audit.record("INCENTIVE_PARTICIPATION_ENDED", SUBJECT, plan.id(), plan.code() + ": employee "
                + row.employeeId() + " " + row.from() + ".." + lastDay + " (was " + (row.to() == null ? "open" : row.to())
                + ")");
    }

    // --- helpers ---

    private void checkBindings(List<ComponentSpec> components) {
        Set<Long> wanted = components.stream().map(ComponentSpec::goalId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> found = goals.find(wanted).stream().map(GoalReference::id).collect(Collectors.toSet());
        for (int i = 0; i < components.size(); i++) {
            ComponentSpec spec = components.get(i);
            if (spec.goalId() != null && !found.contains(spec.goalId())) {
                throw BusinessRuleException.onField(PlanDefinitions.componentField(i, "goal"),
                        "incentivePlans.error.unknownGoal", spec.goalId());
            }
            if (spec.goalId() == null && metrics.find(spec.metricCode().strip()).isEmpty()) {
                throw BusinessRuleException.onField(PlanDefinitions.componentField(i, "binding"),
                        "incentivePlans.error.unknownMetric", spec.metricCode());
            }
        }
    }

    private Eligibility eligibility(long planId) {
        List<EligibleUnit> units = store.units(planId).stream().map(u -> new EligibleUnit(u.orgUnitId(),
                organization.find(u.orgUnitId()).map(OrgUnit::name).orElse("#" + u.orgUnitId()), u.includeSubtree()))
                .toList();
        return new Eligibility(store.jobRoles(planId), units);
    }

    private PlanRow plan(long planId) {
        return store.findPlan(planId)
                .orElseThrow(() -> new BusinessRuleException("incentivePlans.error.unknownPlan", planId));
    }

    private static PlanSummary summary(PlanRow p) {
        return new PlanSummary(p.id(), p.code(), new LocalizedText(p.nameEn(), p.nameDe()), p.currency(),
                p.periodType(), p.targetIncentive(), p.managersSeeTotals(), p.latestVersion(), p.latestValidFrom());
    }

    private static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            return PlanVersion.EUR;
        }
        String clean = code.strip().toUpperCase(Locale.ROOT);
        if (!clean.matches("[A-Z]{3}")) {
            throw BusinessRuleException.onField("currency", "incentivePlans.error.currency", code.strip());
        }
        try {
            return Currency.getInstance(clean);
        } catch (IllegalArgumentException e) {
            throw BusinessRuleException.onField("currency", "incentivePlans.error.currency", clean);
        }
    }

    private static BigDecimal targetIncentive(BigDecimal amount, Currency currency) {
        if (amount == null) {
            throw BusinessRuleException.onField("targetIncentive", "validation.required");
        }
        if (amount.signum() <= 0) {
            throw BusinessRuleException.onField("targetIncentive", IncentiveKeys.TARGET_INCENTIVE_NOT_POSITIVE, amount);
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (amount.stripTrailingZeros().scale() > digits) {
            throw BusinessRuleException.onField("targetIncentive", IncentiveKeys.AMOUNT_TOO_PRECISE, amount, digits,
                    currency.getCurrencyCode());
        }
        if (amount.precision() - amount.scale() > 12) {
            throw BusinessRuleException.onField("targetIncentive", "incentivePlans.error.amountTooLarge");
        }
        return amount;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw BusinessRuleException.onField(field, "validation.required");
        }
        if (value.strip().length() > 200) {
            throw BusinessRuleException.onField(field, "validation.tooLong");
        }
        return value.strip();
    }
}
