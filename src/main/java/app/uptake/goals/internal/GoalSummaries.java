package app.uptake.goals.internal;

import app.uptake.goals.FiscalCalendar;
import app.uptake.goals.GoalScope;
import app.uptake.goals.GoalSummary;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricService;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.OrganizationService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Goal rows as the views show them: with metric, scope and owner names and the number of children. */
@Component
public class GoalSummaries {

    private final GoalStore store;
    private final MetricService metrics;
    private final OrganizationService organization;
    private final EmployeeDirectory directory;
    private final FiscalCalendar fiscal;

    GoalSummaries(GoalStore store, MetricService metrics, OrganizationService organization, EmployeeDirectory directory,
            FiscalCalendar fiscal) {
        this.store = store;
        this.metrics = metrics;
        this.organization = organization;
        this.directory = directory;
        this.fiscal = fiscal;
    }

    public List<GoalSummary> of(List<GoalRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> children = store.childCounts(rows.stream().map(GoalRow::id).toList());
        Set<Long> people = new HashSet<>();
        rows.forEach(r -> {
            people.add(r.ownerId());
            if (r.scope() instanceof GoalScope.Employee e) {
                people.add(e.employeeId());
            }
        });
        Map<Long, String> names = directory.names(people);
        Map<String, MetricDefinition> byCode = new java.util.HashMap<>();
        List<GoalSummary> out = new ArrayList<>();
        for (GoalRow r : rows) {
            MetricDefinition metric = byCode.computeIfAbsent(r.metricCode(), c -> metrics.find(c).orElseThrow());
            String scopeName = switch (r.scope()) {
                case GoalScope.OrgUnit u -> Objects.requireNonNullElse(lastOf(organization.path(u.orgUnitId())), "");
                case GoalScope.Employee e -> names.getOrDefault(e.employeeId(), "");
            };
            out.add(new GoalSummary(r.id(), r.parentId(), fiscal.period(r.fiscalYear(), r.quarter()), r.scope(), scopeName,
                    r.title(), r.metricCode(), metric.name(), metric.unit(), r.segment(), r.direction(),
                    r.baseline().value(), r.target(), r.weight(), r.status(), r.ownerId(),
                    names.getOrDefault(r.ownerId(), ""), r.confirmed(), children.getOrDefault(r.id(), 0)));
        }
        return out;
    }

    private static String lastOf(List<String> path) {
        return path.isEmpty() ? null : path.getLast();
    }
}
