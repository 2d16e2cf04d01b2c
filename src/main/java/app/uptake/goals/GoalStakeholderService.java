package app.uptake.goals;

import app.uptake.audit.AuditService;
import app.uptake.goals.internal.GoalAccess;
import app.uptake.goals.internal.GoalRow;
import app.uptake.goals.internal.GoalStore;
import app.uptake.goals.internal.StakeholderStore;
import app.uptake.organization.CurrentUser;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.Employment;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change stakeholders of a goal: who will carry the change and who may work against it, with their influence
 * and the actions agreed with them. Kept by whoever may see the goal: executives, the program office and its owner.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class GoalStakeholderService {

    static final int MAX_ROLE = 200;
    static final int MAX_ACTIONS = 2000;

    private final StakeholderStore store;
    private final GoalStore goals;
    private final EmployeeDirectory directory;
    private final CurrentUserService currentUser;
    private final CompanyCalendar calendar;
    private final AuditService audit;

    GoalStakeholderService(StakeholderStore store, GoalStore goals, EmployeeDirectory directory,
            CurrentUserService currentUser, CompanyCalendar calendar, AuditService audit) {
        this.store = store;
        this.goals = goals;
        this.directory = directory;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Stakeholder> list(long goalId) {
        visibleGoal(goalId);
        List<StakeholderStore.Row> rows = store.of(goalId);
        Set<Long> people = new HashSet<>();
        rows.forEach(r -> {
            people.add(r.employeeId());
            people.add(r.updatedBy());
        });
        Map<Long, String> names = directory.names(people);
        return rows.stream().map(r -> new Stakeholder(r.id(), r.goalId(), r.employeeId(), names.get(r.employeeId()),
                r.role(), r.stance(), r.influence(), r.actions(), names.get(r.updatedBy()), r.updatedAt())).toList();
    }

    /**
     * Lists a person as a stakeholder of the goal, or updates them when they are listed.
     *
     * @throws BusinessRuleException on the field that is missing or too long, or for a person who has left
     */
    @Transactional
    public void save(long goalId, StakeholderDraft draft) {
        CurrentUser user = visibleGoal(goalId);
        if (draft.employeeId() == null) {
            throw BusinessRuleException.onField("employee", "stakeholders.error.employee");
        }
        List<Employment> person = directory.of(List.of(draft.employeeId()));
        if (person.isEmpty() || person.getFirst().leftBefore(calendar.today())) {
            throw BusinessRuleException.onField("employee", "stakeholders.error.leaver");
        }
        if (draft.stance() == null) {
            throw BusinessRuleException.onField("stance", "stakeholders.error.stance");
        }
        if (draft.influence() == null) {
            throw BusinessRuleException.onField("influence", "stakeholders.error.influence");
        }
        String role = trimmed(draft.role());
        String actions = trimmed(draft.actions());
        if (role != null && role.length() > MAX_ROLE) {
            throw BusinessRuleException.onField("role", "stakeholders.error.tooLong", MAX_ROLE);
        }
        if (actions != null && actions.length() > MAX_ACTIONS) {
            throw BusinessRuleException.onField("actions", "stakeholders.error.tooLong", MAX_ACTIONS);
        }
        store.save(goalId, new StakeholderDraft(draft.employeeId(), role, draft.stance(), draft.influence(), actions),
                user.employeeId(), calendar.now());
        audit.record("GOAL_STAKEHOLDER_SAVED", "goal", goalId, "employee " + draft.employeeId() + " "
                + draft.stance() + "/" + draft.influence());
    }

    @Transactional
    public void remove(long goalId, long stakeholderId) {
        visibleGoal(goalId);
        if (store.remove(goalId, stakeholderId)) {
            audit.record("GOAL_STAKEHOLDER_REMOVED", "goal", goalId, "stakeholder " + stakeholderId);
        }
    }

    private CurrentUser visibleGoal(long goalId) {
        CurrentUser user = currentUser.require();
        GoalRow goal = goals.find(goalId).orElse(null);
        if (goal == null || !GoalAccess.mayView(goal, user)) {
            throw new AccessDeniedException("no access to goal " + goalId);
        }
        return user;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
