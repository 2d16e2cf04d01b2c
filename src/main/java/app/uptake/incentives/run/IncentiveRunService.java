package app.uptake.incentives.run;

import app.uptake.audit.AuditService;
import app.uptake.goals.FiscalCalendar;
import app.uptake.incentives.calc.EmployeePayout;
import app.uptake.incentives.calc.ManualAdjustment;
import app.uptake.incentives.calc.PlanVersion;
import app.uptake.incentives.plan.Participant;
import app.uptake.incentives.plan.PlanInForce;
import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.incentives.plan.PlanSource;
import app.uptake.incentives.run.internal.RunCalculation;
import app.uptake.incentives.run.internal.RunDrafts;
import app.uptake.incentives.run.internal.RunInputs;
import app.uptake.incentives.run.internal.RunJson;
import app.uptake.incentives.run.internal.RunRow;
import app.uptake.incentives.run.internal.RunStore;
import app.uptake.incentives.run.internal.RunStore.AdjustmentRow;
import app.uptake.incentives.run.internal.RunStore.EmployeeLine;
import app.uptake.organization.CurrentUser;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incentive calculation runs for HR and the program office: start a run for a plan and period, calculate it (the
 * inputs of every participant are read in batches and frozen with the plan version, so the same run always gives the
 * same result), adjust single payouts with a reason, approve (never by the person who last calculated), publish, and
 * correct a published run with a new one that shows each employee's difference.
 *
 * <p>A published run never changes: every change is refused with a specific message, and so is every step out of
 * order. Every change is recorded in the audit trail.
 */
@Service
@PreAuthorize("hasAnyRole('HR','ADMIN')")
public class IncentiveRunService {

    static final String NOT_FOUND = "incentiveRuns.error.notFound";
    static final String PLAN_NOT_IN_FORCE = "incentiveRuns.error.planNotInForce";
    static final String PERIOD_NOT_OF_PLAN = "incentiveRuns.error.periodNotOfPlan";
    static final String RUN_EXISTS = "incentiveRuns.error.exists";
    static final String NO_PARTICIPANTS = "incentiveRuns.error.noParticipants";
    static final String NO_DATA = "incentiveRuns.error.noData";
    static final String PUBLISHED = "incentiveRuns.error.published";
    static final String APPROVED = "incentiveRuns.error.approved";
    static final String NOT_CALCULATED = "incentiveRuns.error.notCalculated";
    static final String CALCULATOR_CANNOT_APPROVE = "incentiveRuns.error.calculatorCannotApprove";
    static final String NOT_APPROVED = "incentiveRuns.error.notApproved";
    static final String CORRECT_ONLY_PUBLISHED = "incentiveRuns.error.correctOnlyPublished";
    static final String EMPLOYEE_NOT_IN_RUN = "incentiveRuns.error.employeeNotInRun";
    static final String UNKNOWN_COMPONENT = "incentiveRuns.error.unknownComponent";
    static final String AMOUNT_REQUIRED = "incentiveRuns.error.amountRequired";

    /** How many periods of a type the start dialog offers, the current one first. */
    static final int SELECTABLE_PERIODS = 8;

    private final RunStore store;
    private final RunDrafts drafts;
    private final RunInputs inputs;
    private final CurrentUserService users;
    private final EmployeeDirectory directory;
    private final FiscalCalendar fiscal;
    private final CompanyCalendar calendar;
    private final AuditService audit;
    private final Clock clock;

    IncentiveRunService(RunStore store, RunDrafts drafts, RunInputs inputs, CurrentUserService users,
            EmployeeDirectory directory, FiscalCalendar fiscal, CompanyCalendar calendar, AuditService audit,
            Clock clock) {
        this.store = store;
        this.drafts = drafts;
        this.inputs = inputs;
        this.users = users;
        this.directory = directory;
        this.fiscal = fiscal;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    // --- starting ---

    /** The periods of a type the start dialog offers: the current one and those before it, newest first. */
    public List<DateRange> selectablePeriods(PlanPeriodType type) {
        return RunPeriods.recent(type, calendar.today(), fiscal.startMonth(), SELECTABLE_PERIODS);
    }

    /** The plans of the period's type with a version in force during it. */
    @Transactional(readOnly = true)
    public List<PlanChoice> plansFor(PlanPeriodType type, DateRange period) {
        PlanSource plans = drafts.plans();
        List<PlanChoice> choices = new ArrayList<>();
        for (long planId : plans.plansInForceDuring(period)) {
            plans.inForce(planId, period).filter(p -> p.periodType() == type).ifPresent(p -> choices.add(
                    new PlanChoice(p.planId(), p.versionId(), p.version().name(), p.periodType())));
        }
        return choices;
    }

    /** Starts a draft run for the plan's version in force in the period, which must be one whole period of the plan. */
    @Transactional
    public long start(long planId, DateRange period) {
        Objects.requireNonNull(period, "period");
        CurrentUser user = users.require();
        PlanInForce plan = drafts.plans().inForce(planId, period)
                .orElseThrow(() -> BusinessRuleException.onField("plan", PLAN_NOT_IN_FORCE, planId, period.from(),
                        period.to()));
        if (!RunPeriods.isWhole(plan.periodType(), period, fiscal.startMonth())) {
            throw BusinessRuleException.onField("period", PERIOD_NOT_OF_PLAN, period.from(), period.to());
        }
        store.normalRun(planId, period).ifPresent(existing -> {
            throw new BusinessRuleException(RUN_EXISTS, existing.id());
        });
        long id = drafts.start(plan, period, user.employeeId()).orElseThrow();
        audit.record("incentiveRun.start", "incentive_run", id, "plan " + planId + " " + period.from() + ".."
                + period.to());
        return id;
    }

    /** A new draft run correcting a published one: same plan version and period, results shown as differences. */
    @Transactional
    public long startCorrection(long runId) {
        CurrentUser user = users.require();
        RunRow run = lock(runId);
        if (run.status() != RunStatus.PUBLISHED) {
            throw new BusinessRuleException(CORRECT_ONLY_PUBLISHED);
        }
        long id = store.insert(new RunStore.NewRun(run.planId(), run.planVersionId(), run.planCode(), run.planName(),
                run.periodType(), run.period(), RunKind.CORRECTION, run.id(), run.currency(),
                run.managerTotalsVisible(), user.employeeId(), clock.instant()));
        audit.record("incentiveRun.startCorrection", "incentive_run", id, "corrects run " + runId);
        return id;
    }

    // --- calculating ---

    /**
     * Reads and freezes the inputs of every participant, calculates and stores each payout with its explanation,
     * keeping HR's adjustments. Allowed until the run is approved; whoever calculates last may not approve.
     */
    @Transactional
    public RunDetail calculate(long runId) {
        CurrentUser user = users.require();
        RunRow run = lock(runId);
        requireChangeable(run);
        PlanSource plans = drafts.plans();
        PlanInForce plan = plans.inForce(run.planId(), run.period())
                .orElseThrow(() -> new BusinessRuleException(PLAN_NOT_IN_FORCE, run.planId(), run.period().from(),
                        run.period().to()));
        List<Participant> participants = plans.participants(run.planId(), run.period());
        if (participants.isEmpty()) {
            throw new BusinessRuleException(NO_PARTICIPANTS, run.period().from(), run.period().to());
        }
        RunInputs.Read read = inputs.read(plan.version(), participants, run.period());
        if (!read.anyData()) {
            throw new BusinessRuleException(NO_DATA, run.period().from(), run.period().to());
        }
        Map<Long, BigDecimal> corrected = run.correctsRunId() == null ? Map.of() : store.totals(run.correctsRunId());
        Map<Long, List<AdjustmentRow>> adjustments = store.adjustments(run.id());
        String planJson = RunJson.plan(plan.version());
        RunCalculation.Checksum checksum = new RunCalculation.Checksum().add(planJson);
        // each employee on its own, so on all cores; the list keeps the participants' order
        List<EmployeeLine> lines = new ArrayList<>(read.inputs().entrySet()).parallelStream().map(entry -> {
            long employeeId = entry.getKey();
            EmployeePayout payout = RunCalculation.payout(plan.version(), run.period(), employeeId, entry.getValue(),
                    adjustments.getOrDefault(employeeId, List.of()));
            return new EmployeeLine(employeeId, RunJson.inputs(entry.getValue()), RunJson.result(payout),
                    payout.total(), payout.currency().getCurrencyCode(),
                    difference(run, corrected, employeeId, payout.total()));
        }).toList();
        BigDecimal total = BigDecimal.ZERO;
        for (EmployeeLine line : lines) {
            checksum.add(line.employeeId() + ":" + line.inputsJson());
            total = total.add(line.total());
        }
        store.storeCalculation(run, planJson, lines, total, checksum.hex(), user.employeeId(), clock.instant());
        audit.record("incentiveRun.calculate", "incentive_run", run.id(), lines.size() + " employees, total " + total);
        return run(runId);
    }

    private static BigDecimal difference(RunRow run, Map<Long, BigDecimal> corrected, long employeeId,
            BigDecimal total) {
        if (run.kind() != RunKind.CORRECTION) {
            return null;
        }
        return total.subtract(corrected.getOrDefault(employeeId, BigDecimal.ZERO));
    }

    /**
     * Adds a manual adjustment to one employee's payout, with the reason it is shown with, and recalculates that
     * payout from the frozen inputs. Only for a calculated run; kept when the run is calculated again.
     *
     * @param componentCode the component it concerns, or null for the whole payout
     */
    @Transactional
    public void adjust(long runId, long employeeId, String componentCode, BigDecimal amount, String reason) {
        CurrentUser user = users.require();
        RunRow run = lock(runId);
        requireChangeable(run);
        if (run.status() != RunStatus.CALCULATED) {
            throw new BusinessRuleException(NOT_CALCULATED);
        }
        if (amount == null) {
            throw BusinessRuleException.onField("amount", AMOUNT_REQUIRED);
        }
        ManualAdjustment checked = new ManualAdjustment(amount, reason);
        EmployeeLine line = store.line(runId, employeeId)
                .orElseThrow(() -> BusinessRuleException.onField("employee", EMPLOYEE_NOT_IN_RUN, employeeId));
        PlanVersion plan = RunJson.readPlan(store.planJson(runId));
        String component = componentCode == null || componentCode.isBlank() ? null : componentCode.strip();
        if (component != null && plan.component(component).isEmpty()) {
            throw BusinessRuleException.onField("component", UNKNOWN_COMPONENT, component);
        }
        store.insertAdjustment(runId, employeeId, component, checked.amount(), checked.reason(), user.employeeId(),
                clock.instant());
        EmployeePayout payout = RunCalculation.payout(plan, run.period(), employeeId,
                RunJson.readInputs(line.inputsJson()), store.adjustments(runId, employeeId));
        BigDecimal difference = line.difference() == null ? null
                : line.difference().add(payout.total()).subtract(line.total());
        store.replaceResult(run, employeeId, RunJson.result(payout), payout.total(), difference);
        audit.record("incentiveRun.adjust", "incentive_run", runId, "employee " + employeeId + ": "
                + checked.amount().toPlainString() + " – " + checked.reason());
    }

    // --- approving and publishing ---

    /** Approves a calculated run; refused for the person who last calculated it. */
    @Transactional
    public void approve(long runId) {
        CurrentUser user = users.require();
        RunRow run = lock(runId);
        requireChangeable(run);
        if (run.status() != RunStatus.CALCULATED) {
            throw new BusinessRuleException(NOT_CALCULATED);
        }
        if (Objects.equals(run.calculatedBy(), user.employeeId())) {
            throw new BusinessRuleException(CALCULATOR_CANNOT_APPROVE);
        }
        store.approve(run, user.employeeId(), clock.instant());
        audit.record("incentiveRun.approve", "incentive_run", runId, null);
    }

    /** Publishes an approved run: its results become visible to the employees and never change again. */
    @Transactional
    public void publish(long runId) {
        CurrentUser user = users.require();
        RunRow run = lock(runId);
        if (run.status() == RunStatus.PUBLISHED) {
            throw new BusinessRuleException(PUBLISHED);
        }
        if (run.status() != RunStatus.APPROVED) {
            throw new BusinessRuleException(NOT_APPROVED);
        }
        store.publish(run, user.employeeId(), clock.instant());
        audit.record("incentiveRun.publish", "incentive_run", runId, run.employeeCount() + " employees");
    }

    private RunRow lock(long runId) {
        return store.lock(runId).orElseThrow(() -> new BusinessRuleException(NOT_FOUND, runId));
    }

    private static void requireChangeable(RunRow run) {
        if (run.status() == RunStatus.PUBLISHED) {
            throw new BusinessRuleException(PUBLISHED);
        }
        if (run.status() == RunStatus.APPROVED) {
            throw new BusinessRuleException(APPROVED);
        }
    }

    // --- reading ---

    @Transactional(readOnly = true)
    public List<RunSummary> runs(int offset, int limit) {
        return store.page(offset, limit).stream().map(RunRow::summary).toList();
    }

    @Transactional(readOnly = true)
    public int countRuns() {
        return store.count();
    }

    /** The run with what the signed-in user may do with it next. */
    @Transactional(readOnly = true)
    public RunDetail run(long runId) {
        CurrentUser user = users.require();
        RunRow run = store.find(runId).orElseThrow(() -> new BusinessRuleException(NOT_FOUND, runId));
        Set<Long> people = new HashSet<>();
        Stream.of(run.startedBy(), run.calculatedBy(), run.approvedBy(), run.publishedBy()).filter(Objects::nonNull)
                .forEach(people::add);
        Map<Long, String> names = people.isEmpty() ? Map.of() : directory.names(people);
        RunStatus status = run.status();
        boolean open = status == RunStatus.DRAFT || status == RunStatus.CALCULATED;
        return new RunDetail(run.summary(), name(names, run.startedBy()), name(names, run.calculatedBy()),
                run.calculatedAt(), name(names, run.approvedBy()), run.approvedAt(), name(names, run.publishedBy()),
                run.publishedAt(), run.inputChecksum(),
                run.kind() == RunKind.CORRECTION ? store.differenceTotal(runId) : null,
                open, status == RunStatus.CALCULATED,
                status == RunStatus.CALCULATED && !Objects.equals(run.calculatedBy(), user.employeeId()),
                status == RunStatus.APPROVED, status == RunStatus.PUBLISHED);
    }

    private static String name(Map<Long, String> names, Long employeeId) {
        return employeeId == null ? null : names.get(employeeId);
    }

    /** One page of the run's results, by employee id. */
    @Transactional(readOnly = true)
    public List<ResultRow> results(long runId, int offset, int limit) {
        List<RunStore.PageLine> lines = store.lines(runId, offset, limit);
        Map<Long, String> names = lines.isEmpty() ? Map.of()
                : directory.names(lines.stream().map(RunStore.PageLine::employeeId).toList());
        return lines.stream().map(l -> new ResultRow(l.employeeId(), names.get(l.employeeId()), l.total(),
                l.currency(), l.difference(), l.adjustments())).toList();
    }

    @Transactional(readOnly = true)
    public int countResults(long runId) {
        return store.countLines(runId);
    }

    /** One employee's result with its explanation and adjustments. */
    @Transactional(readOnly = true)
    public EmployeeResult result(long runId, long employeeId) {
        RunRow run = store.find(runId).orElseThrow(() -> new BusinessRuleException(NOT_FOUND, runId));
        EmployeeLine line = store.line(runId, employeeId)
                .orElseThrow(() -> new BusinessRuleException(EMPLOYEE_NOT_IN_RUN, employeeId));
        List<AdjustmentRow> adjustments = store.adjustments(runId, employeeId);
        EmployeePayout payout = RunResults.checkedPayout(store, run, line, adjustments);
        Set<Long> people = new HashSet<>(List.of(employeeId));
        adjustments.forEach(a -> people.add(a.authorId()));
        Map<Long, String> names = directory.names(people);
        return new EmployeeResult(new ResultRow(employeeId, names.get(employeeId), line.total(), line.currency(),
                line.difference(), adjustments.size()), payout, adjustments.stream().map(a -> new RunAdjustment(
                        a.id(), a.employeeId(), a.componentCode(), a.amount(), a.reason(), names.get(a.authorId()),
                        a.createdAt())).toList());
    }

    /**
     * Calculates every employee of the run again from the frozen plan, inputs and adjustments and counts the results
     * that differ from the stored ones: 0 for a run whose results are reproducible.
     */
    @Transactional(readOnly = true)
    public int verify(long runId) {
        RunRow run = store.find(runId).orElseThrow(() -> new BusinessRuleException(NOT_FOUND, runId));
        if (run.status() == RunStatus.DRAFT) {
            return 0;
        }
        PlanVersion plan = RunJson.readPlan(store.planJson(runId));
        Map<Long, List<AdjustmentRow>> adjustments = store.adjustments(runId);
        int[] differing = {0};
        store.forEachLine(runId, line -> {
            EmployeePayout payout = RunCalculation.payout(plan, run.period(), line.employeeId(),
                    RunJson.readInputs(line.inputsJson()), adjustments.getOrDefault(line.employeeId(), List.of()));
            if (!RunJson.result(payout).equals(line.resultJson())) {
                differing[0]++;
            }
        });
        return differing[0];
    }
}
