package app.uptake.incentives.statement;

import app.uptake.audit.AuditService;
import app.uptake.incentives.calc.ComponentPayout;
import app.uptake.incentives.calc.PlanPayout;
import app.uptake.incentives.statement.internal.StatementStore;
import app.uptake.organization.CurrentUser;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.Employment;
import app.uptake.organization.Role;
import app.uptake.shared.BusinessRuleException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statements as people open them: each employee their own ("My statements"), HR and admins any; managers the payout
 * totals of their reporting line, and only where the plan allows it. Asking for someone else's statement is refused
 * and written to the audit log.
 */
@Service
// refusals are audited, so they must not roll the audit entry back
@Transactional(noRollbackFor = BusinessRuleException.class)
@PreAuthorize("isAuthenticated()")
public class StatementService {

    private final ObjectProvider<PublishedRunSource> runs;
    private final StatementStore store;
    private final CurrentUserService currentUser;
    private final EmployeeDirectory directory;
    private final AuditService audit;

    StatementService(ObjectProvider<PublishedRunSource> runs, StatementStore store, CurrentUserService currentUser,
            EmployeeDirectory directory, AuditService audit) {
        this.runs = runs;
        this.store = store;
        this.currentUser = currentUser;
        this.directory = directory;
        this.audit = audit;
    }

    /** The signed-in person's statements, the latest run first. */
    public List<MyStatement> mine() {
        long me = currentUser.require().employeeId();
        Map<Long, Optional<PublishedRun>> published = new HashMap<>();
        List<MyStatement> mine = new ArrayList<>();
        for (StatementStore.StoredSummary s : store.ofEmployee(me)) {
            published.computeIfAbsent(s.runId(), id -> runs.getObject().publishedRun(id)).ifPresent(run -> mine.add(
                    new MyStatement(s.statementId(), s.runId(), run.planName(), run.period(), s.total(),
                            Currency.getInstance(s.currency()), run.publishedAt())));
        }
        return mine;
    }

    /** A statement's PDF: the person's own, or any for HR and admins. */
    public StoredStatement pdf(String statementId) {
        StatementStore.StoredPdf stored = store.pdf(statementId).orElseThrow(() -> refused(statementId));
        CurrentUser user = currentUser.require();
        if (stored.employeeId() != user.employeeId()) {
            if (!user.hasAnyRole(Role.HR, Role.ADMIN)) {
                throw refused(statementId);
            }
            audit.record("INDIVIDUAL_DATA_VIEWED", "employee", stored.employeeId(), "statement " + statementId);
        }
        return new StoredStatement(stored.statementId(), stored.fileName(), stored.pdf());
    }

    /** The lines of one of the person's own statements that they can ask about. */
    public List<StatementLine> lines(String statementId) {
        StatementStore.StoredSummary own = own(statementId);
        RunStatement statement = runs.getObject().statement(own.runId(), own.employeeId())
                .orElseThrow(() -> refused(statementId));
        List<StatementLine> lines = new ArrayList<>();
        boolean gates = false;
        for (PlanPayout plan : statement.content().payout().plans()) {
            for (ComponentPayout component : plan.components()) {
                lines.add(new StatementLine(component.code(), component.component().name()));
                gates |= !component.gates().isEmpty();
            }
            gates |= !plan.gates().isEmpty();
        }
        if (gates) {
            lines.add(new StatementLine(Inquiry.GATES, null));
        }
        if (!statement.content().payout().adjustments().isEmpty()) {
            lines.add(new StatementLine(Inquiry.ADJUSTMENTS, null));
        }
        lines.add(new StatementLine(Inquiry.TOTAL, null));
        return lines;
    }

    /** Published runs whose plan lets managers see their line's totals, for a manager to choose from. */
    public List<PublishedRun> runsWithLineTotals() {
        CurrentUser user = currentUser.require();
        if (!user.hasRole(Role.MANAGER)) {
            return List.of();
        }
        PublishedRunSource source = runs.getIfAvailable();
        return source == null ? List.of() : source.publishedRuns(0, 50).stream().filter(PublishedRun::managerTotalsVisible).toList();
    }

    /**
     * The payout totals of the signed-in manager's reporting line (without the manager) in a run, by name; refused
     * unless the run's plan lets managers see them.
     */
    public List<LineTotal> lineTotals(long runId) {
        CurrentUser user = currentUser.require();
        PublishedRun run = runs.getObject().publishedRun(runId)
                .orElseThrow(() -> new BusinessRuleException("statements.error.notPublished", runId));
        if (!user.hasRole(Role.MANAGER) || !run.managerTotalsVisible()) {
            throw new BusinessRuleException("statements.error.totalsNotShared");
        }
        List<Long> line = directory.reportingLine(user.employeeId()).stream().map(Employment::employeeId)
                .filter(id -> id != user.employeeId()).toList();
        List<StatementStore.StoredSummary> totals = store.ofRun(runId, line);
        Map<Long, String> names = directory.names(totals.stream().map(StatementStore.StoredSummary::employeeId).toList());
        audit.record("INDIVIDUAL_DATA_VIEWED", "incentive_run", runId, "payout totals of " + totals.size()
                + " people in the reporting line");
        return totals.stream().map(t -> new LineTotal(t.employeeId(), names.getOrDefault(t.employeeId(), ""),
                t.total(), Currency.getInstance(t.currency())))
                .sorted(java.util.Comparator.comparing(LineTotal::name)).toList();
    }

    StatementStore.StoredSummary own(String statementId) {
        StatementStore.StoredSummary stored = store.summary(statementId).orElseThrow(() -> refused(statementId));
        if (stored.employeeId() != currentUser.require().employeeId()) {
            throw refused(statementId);
        }
        return stored;
    }

    private BusinessRuleException refused(String statementId) {
        CurrentUser user = currentUser.require();
        audit.record("STATEMENT_ACCESS_REFUSED", "statement", null, user.username() + " asked for " + statementId);
        return new BusinessRuleException("statements.error.notYours");
    }
}
