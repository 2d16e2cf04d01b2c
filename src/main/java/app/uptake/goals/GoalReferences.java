package app.uptake.goals;

import app.uptake.goals.internal.GoalRow;
import app.uptake.goals.internal.GoalStore;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company goals by name, for HR, who binds incentive components to them, and the others who see the goal map.
 * Titles, metrics and periods only: a company goal's target and progress stay with {@link GoalService}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HR','EXECUTIVE','ADMIN')")
public class GoalReferences {

    private static final int MOST_PER_YEAR = 500;

    private final GoalStore store;
    private final FiscalCalendar fiscal;

    GoalReferences(GoalStore store, FiscalCalendar fiscal) {
        this.store = store;
        this.fiscal = fiscal;
    }

    /** The company goals of last, this and the next fiscal years, newest year first, then by period and title. */
    public List<GoalReference> companyGoals() {
        int current = fiscal.currentFiscalYear();
        return java.util.stream.IntStream.of(current + 1, current, current - 1).boxed()
                .flatMap(year -> store.companyGoals(year, null, 0, MOST_PER_YEAR).stream())
                .map(GoalReferences::toReference).toList();
    }

    /** The company goals among the ids, in id order; ids of no goal, or of a share of the cascade, are left out. */
    public List<GoalReference> find(Collection<Long> goalIds) {
        return store.findAll(Set.copyOf(goalIds)).stream().filter(g -> g.parentId() == null)
                .sorted(Comparator.comparingLong(GoalRow::id)).map(GoalReferences::toReference)
                .collect(Collectors.toList());
    }

    private static GoalReference toReference(GoalRow goal) {
        return new GoalReference(goal.id(), goal.title(), goal.metricCode(),
                new GoalPeriod(goal.fiscalYear(), goal.quarter(), goal.period()), goal.status());
    }
}
