package app.uptake.incentives.run;

import app.uptake.audit.AuditService;
import app.uptake.incentives.calc.EmployeePayout;
import app.uptake.incentives.run.internal.RunRow;
import app.uptake.incentives.run.internal.RunStore;
import app.uptake.organization.CurrentUser;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.Role;
import app.uptake.organization.ScopePurpose;
import app.uptake.organization.VisibilityService;
import app.uptake.shared.BusinessRuleException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published results for other features (statements, payroll, "my statements"). Who sees what:
 * <ul>
 *   <li>the employee their own results, in full;</li>
 *   <li>HR and the program office everybody's, in full;</li>
 *   <li>managers only the totals of their reporting line, and only for plans that allow it
 *       ({@code managerTotalsVisible});</li>
 *   <li>nobody anything of a run that is not published.</li>
 * </ul>
 * Anything else is refused with a specific message and the attempt is audited; looks at other people's results are
 * audited too.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PublishedResults {

    static final String NOT_YOURS = "incentiveRuns.error.notYours";
    static final String NOT_PUBLISHED = "incentiveRuns.error.notPublished";

    private final RunStore store;
    private final CurrentUserService users;
    private final VisibilityService visibility;
    private final AuditService audit;

    PublishedResults(RunStore store, CurrentUserService users, VisibilityService visibility, AuditService audit) {
        this.store = store;
        this.users = users;
        this.visibility = visibility;
        this.audit = audit;
    }

    /** The signed-in user's published results, newest period first. */
    @Transactional(readOnly = true)
    public List<PublishedResult> mine() {
        long me = users.require().employeeId();
        return store.publishedOf(me).stream().map(l -> published(l.run(), me, l.total(), l.currency())).toList();
    }

    /** The published total of an employee in a run: for the person, HR, and managers where the plan allows it. */
    @Transactional(noRollbackFor = BusinessRuleException.class)
    public PublishedResult result(long runId, long employeeId) {
        CurrentUser user = users.require();
        RunRow run = publishedRun(runId);
        if (!mayReadFull(user, employeeId)
                && !(run.managerTotalsVisible() && visibility.maySee(user, employeeId, ScopePurpose.INDIVIDUAL))) {
            throw refused(runId, employeeId);
        }
        RunStore.EmployeeLine line = store.line(runId, employeeId).orElseThrow(() -> refused(runId, employeeId));
        if (user.employeeId() != employeeId) {
            audit.record("incentiveRun.readTotal", "incentive_run", runId, "employee " + employeeId);
        }
        return published(run, employeeId, line.total(), line.currency());
    }

    /** The full published payout with its explanation: for the person themself, HR and the program office. */
    @Transactional(noRollbackFor = BusinessRuleException.class)
    public EmployeePayout payout(long runId, long employeeId) {
        CurrentUser user = users.require();
        RunRow run = publishedRun(runId);
        if (!mayReadFull(user, employeeId)) {
            throw refused(runId, employeeId);
        }
        RunStore.EmployeeLine line = store.line(runId, employeeId).orElseThrow(() -> refused(runId, employeeId));
        if (user.employeeId() != employeeId) {
            audit.record("incentiveRun.readResult", "incentive_run", runId, "employee " + employeeId);
        }
        return RunResults.checkedPayout(store, run, line, store.adjustments(runId, employeeId));
    }

    private static boolean mayReadFull(CurrentUser user, long employeeId) {
        return user.employeeId() == employeeId || user.hasAnyRole(Role.HR, Role.ADMIN);
    }

    private RunRow publishedRun(long runId) {
        return store.find(runId).filter(r -> r.status() == RunStatus.PUBLISHED)
                .orElseThrow(() -> new BusinessRuleException(NOT_PUBLISHED, runId));
    }

    private BusinessRuleException refused(long runId, long employeeId) {
        audit.record("incentiveRun.refused", "incentive_run", runId, "employee " + employeeId);
        return new BusinessRuleException(NOT_YOURS);
    }

    private static PublishedResult published(RunRow run, long employeeId, java.math.BigDecimal total,
            String currency) {
        return new PublishedResult(run.id(), run.planId(), run.planName(), run.period(), run.kind(), employeeId,
                total, currency, run.publishedAt());
    }
}
