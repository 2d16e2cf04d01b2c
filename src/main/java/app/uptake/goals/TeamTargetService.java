package app.uptake.goals;

import app.uptake.goals.internal.CascadeScope;
import app.uptake.goals.internal.GoalRow;
import app.uptake.goals.internal.GoalStore;
import app.uptake.goals.internal.GoalSummaries;
import app.uptake.organization.CurrentUser;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.OrgUnit;
import app.uptake.organization.OrganizationService;
import app.uptake.shared.BusinessRuleException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's team targets: the goals of a fiscal year set for the unit they lead (and the units below it), each
 * with its breakdown to sub-units and people, as far down as the cascade goes. The team is the subtree of
 * {@link CascadeScope#ledUnit}: every answer is confined to it, whatever goal id a caller passes, so a manager never
 * reads another team's targets here. Whether a row may be broken down follows the cascade's own rule
 * ({@link GoalCascadeService#mayEdit}), which also guards the editor's save.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('MANAGER')")
public class TeamTargetService {

    private final GoalStore store;
    private final GoalSummaries summaries;
    private final CascadeScope scope;
    private final OrganizationService organization;
    private final EmployeeDirectory directory;
    private final CurrentUserService currentUser;

    TeamTargetService(GoalStore store, GoalSummaries summaries, CascadeScope scope, OrganizationService organization,
            EmployeeDirectory directory, CurrentUserService currentUser) {
        this.store = store;
        this.summaries = summaries;
        this.scope = scope;
        this.organization = organization;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    /** The unit the signed-in manager leads; empty when the reporting lines make them head of none. */
    public Optional<OrgUnit> team() {
        Long unit = scope.ledUnit(currentUser.require());
        return unit == null ? Optional.empty() : organization.find(unit);
    }

    /** How many goals of the fiscal year were set for the team or handed down into it. */
    public int countUnitTargets(int fiscalYear) {
        Team team = team(currentUser.require());
        return team == null ? 0 : store.countTopOfUnits(fiscalYear, team.units(), team.readerId());
    }

    /**
     * One page of the goals of the fiscal year set for the team or handed down into it, the led unit's own first:
     * the cascade's shares for the team's units, and company goals on them that the manager may see (executives and
     * the program office all; others those they own).
     */
    public List<TeamTarget> unitTargets(int fiscalYear, int offset, int limit) {
        CurrentUser user = currentUser.require();
        Team team = team(user);
        if (team == null) {
            return List.of();
        }
        return rows(store.topOfUnits(fiscalYear, team.units(), team.readerId(), team.unitId(), offset, limit), user,
                team);
    }

    /**
     * One page of what a team goal is broken down into: the sub-units' shares or the people's targets.
     *
     * @throws BusinessRuleException {@code goals.team.outsideTeam} for a goal that is not a unit goal of the
     *         caller's team (another team's, a company goal they may not see, a person's target, or no goal at all)
     */
    public List<TeamTarget> breakdown(long goalId, int offset, int limit) {
        CurrentUser user = currentUser.require();
        Team team = team(user);
        GoalRow goal = store.find(goalId).orElse(null);
        if (team == null || goal == null || !(goal.scope() instanceof GoalScope.OrgUnit unit)
                || !team.units().contains(unit.orgUnitId()) || !scope.mayRead(goal, user)) {
            throw new BusinessRuleException("goals.team.outsideTeam");
        }
        return rows(store.children(goalId, offset, limit), user, team);
    }

    private List<TeamTarget> rows(List<GoalRow> rows, CurrentUser user, Team team) {
        List<GoalSummary> shown = summaries.of(rows);
        return java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> new TeamTarget(shown.get(i),
                rows.get(i).status() != GoalStatus.CLOSED && CascadeScope.mayEdit(rows.get(i), user, team.units())))
                .toList();
    }

    /** The unit a manager leads, the units of its subtree, and whose reading rights narrow the goals (null: none). */
    private record Team(long unitId, Set<Long> units, Long readerId) {
    }

    private Team team(CurrentUser user) {
        Long unit = scope.ledUnit(user);
        if (unit == null) {
            return null;
        }
        // the same units as CascadeScope.ledUnits, without finding the head of the unit a second time
        Set<Long> units = Set.copyOf(directory.subtreeUnitIds(unit));
        return new Team(unit, units, CascadeScope.managesAll(user) ? null : user.employeeId());
    }
}
