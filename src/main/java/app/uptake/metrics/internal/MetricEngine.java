package app.uptake.metrics.internal;

import app.uptake.metrics.BreakdownRow;
import app.uptake.metrics.DenominatorKind;
import app.uptake.metrics.Formula;
import app.uptake.metrics.Granularity;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricDraft;
import app.uptake.metrics.MetricSubject;
import app.uptake.metrics.MetricValue;
import app.uptake.metrics.TrendPoint;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.EmployeeScope;
import app.uptake.organization.Employment;
import app.uptake.organization.OrgUnit;
import app.uptake.organization.OrganizationService;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes metrics for subjects, without access checks: {@link app.uptake.metrics.MetricService} decides who
 * may ask, this class only counts.
 */
@Component
public class MetricEngine {

    private final CurrentMetrics metrics;
    private final MetricDefinitionRepository repository;
    private final MetricQueries queries;
    private final RollupWriter rollups;
    private final UnitTotals unitTotals;
    private final EmployeeDirectory directory;
    private final OrganizationService organization;
    private final Clock clock;

    MetricEngine(CurrentMetrics metrics, MetricDefinitionRepository repository, MetricQueries queries,
            RollupWriter rollups, UnitTotals unitTotals, EmployeeDirectory directory, OrganizationService organization,
            Clock clock) {
        this.metrics = metrics;
        this.repository = repository;
        this.queries = queries;
        this.rollups = rollups;
        this.unitTotals = unitTotals;
        this.directory = directory;
        this.organization = organization;
        this.clock = clock;
    }

    public List<MetricDefinition> catalog() {
        return metrics.all();
    }

    public Optional<MetricDefinition> find(String code) {
        return metrics.byCode(code);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public MetricDefinition create(MetricDraft draft, LocalDate validFrom) {
        MetricDefinitionEntity saved = repository.saveAndFlush(
                new MetricDefinitionEntity(draft, 1, validFrom, false, clock.instant()));
        MetricDefinition definition = saved.toDefinition();
        rollups.rebuild(definition);
        return definition;
    }

    /** Everybody the subject's figures are about, including people who have left since. */
    public List<Employment> people(MetricSubject subject) {
        return switch (subject) {
            case MetricSubject.OrgUnit u -> directory.inSubtree(u.orgUnitId());
            case MetricSubject.Team t -> directory.reportingLine(t.managerEmployeeId());
            case MetricSubject.Employee e -> directory.of(List.of(e.employeeId()));
        };
    }

    /** A unit's figure comes from the unit totals, a person's or a team's from the daily rollups. */
    public MetricValue value(MetricDefinition metric, MetricSubject subject, DateRange period) {
        if (subject instanceof MetricSubject.OrgUnit u) {
            return valuesOfUnits(metric, List.of(u.orgUnitId()), period).get(u.orgUnitId());
        }
        return queries.value(metric, population(subject), period);
    }

    public List<TrendPoint> trend(MetricDefinition metric, MetricSubject subject, DateRange period, Granularity granularity) {
        Population people;
        TreeMap<LocalDate, BigDecimal[]> days;
        if (subject instanceof MetricSubject.OrgUnit u) {
            List<Long> subtree = directory.subtreeUnitIds(u.orgUnitId());
            people = Population.ofUnits(countsWorkingTime(metric) ? directory.inSubtree(u.orgUnitId()) : List.of(),
                    subtree);
            unitTotals.settleIfLong();
            days = unitTotals.daily(metric, u.orgUnitId(), subtree, period);
        } else {
            people = population(subject);
            days = queries.daily(metric, people, period);
        }
        List<TrendPoint> points = new ArrayList<>();
        LocalDate start = granularity.bucketStart(period.from());
        while (!start.isAfter(period.to())) {
            LocalDate next = granularity.next(start);
            DateRange bucket = new DateRange(start.isBefore(period.from()) ? period.from() : start,
                    next.minusDays(1).isAfter(period.to()) ? period.to() : next.minusDays(1));
            BigDecimal numerator = BigDecimal.ZERO;
            BigDecimal denominator = BigDecimal.ZERO;
            for (BigDecimal[] sums : days.subMap(bucket.from(), true, bucket.to(), true).values()) {
                numerator = numerator.add(sums[0]);
                denominator = denominator.add(sums[1]);
            }
            points.add(new TrendPoint(bucket, queries.combine(metric, people, bucket, numerator, denominator)));
            start = next;
        }
        return points;
    }

    /**
     * Per child unit of a unit and per person attached to the unit itself, so that the rows add up to the unit; per
     * person of a team or of a unit without children. People outside {@code individual} are left out.
     */
    public List<BreakdownRow> breakdown(MetricDefinition metric, MetricSubject subject, DateRange period,
            EmployeeScope individual) {
        if (subject instanceof MetricSubject.Employee) {
            return List.of();
        }
        if (subject instanceof MetricSubject.OrgUnit u && organization.countChildren(u.orgUnitId()) > 0) {
            List<BreakdownRow> rows = new ArrayList<>();
            List<OrgUnit> children = organization.children(u.orgUnitId());
            Map<Long, MetricValue> values = valuesOfUnits(metric, children.stream().map(OrgUnit::id).toList(), period);
            for (OrgUnit child : children) {
                rows.add(new BreakdownRow(new MetricSubject.OrgUnit(child.id()), child.name(),
                        directory.inSubtree(child.id()).size(), values.get(child.id())));
            }
            rows.addAll(personRows(metric, directory.inUnit(u.orgUnitId()), period, individual));
            return rows;
        }
        return personRows(metric, people(subject), period, individual);
    }

    /** One row per person employed in the period and within {@code individual}, by name. */
    private List<BreakdownRow> personRows(MetricDefinition metric, List<Employment> people, DateRange period,
            EmployeeScope individual) {
        List<Employment> visible = people.stream().filter(e -> individual.includes(e.employeeId()))
                .filter(e -> e.employedDuring(period) != null).toList();
        Map<Long, BigDecimal[]> sums = queries.perEmployee(metric, Population.ofPeople(visible), period);
        Map<Long, String> names = directory.names(visible.stream().map(Employment::employeeId).toList());
        List<BreakdownRow> rows = new ArrayList<>();
        for (Employment person : visible) {
            BigDecimal[] s = sums.getOrDefault(person.employeeId(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            rows.add(new BreakdownRow(new MetricSubject.Employee(person.employeeId()), names.get(person.employeeId()), 1,
                    queries.combine(metric, Population.ofPeople(List.of(person)), period, s[0], s[1])));
        }
        rows.sort(Comparator.comparing(BreakdownRow::label, Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    /**
     * The metric for each of the employees over the period, in one grouped query over the rollups (and one for
     * distinct denominators): the batch form of {@link #value} with an employee subject, for thousands of people.
     * Employees without any rollup get Σ = 0 (and their own exposure as denominator, if the metric has one).
     */
    public Map<Long, MetricValue> values(MetricDefinition metric, java.util.Collection<Long> employeeIds, DateRange period) {
        List<Employment> people = directory.of(employeeIds);
        Population population = Population.ofPeople(people);
        Map<Long, BigDecimal[]> sums = queries.perEmployee(metric, population, period);
        Formula formula = metric.formula();
        boolean distinct = formula.denominatorKind() == DenominatorKind.MEASURE && !formula.denominatorInRollup();
        Map<Long, BigDecimal> distinctCounts = distinct ? queries.distinctPerEmployee(metric, population, period) : Map.of();
        Map<Long, MetricValue> values = new java.util.HashMap<>();
        BigDecimal[] none = {BigDecimal.ZERO, BigDecimal.ZERO};
        for (Employment person : people) {
            BigDecimal[] s = sums.getOrDefault(person.employeeId(), none);
            BigDecimal denominator = switch (formula.denominatorKind()) {
                case NONE -> BigDecimal.ONE;
                case MEASURE -> distinct ? distinctCounts.getOrDefault(person.employeeId(), BigDecimal.ZERO) : s[1];
                case EMPLOYEE_WEEKS -> Exposure.personWeeks(List.of(person), period);
                case WORKING_DAYS -> Exposure.workingDays(List.of(person), period);
            };
            values.put(person.employeeId(), MetricValue.of(s[0], denominator, formula.scale()));
        }
        return values;
    }

    /**
     * The metric for each of several org units (each with everything below it) over the same period: the batch form
     * of {@link #value} for the rows of a page, such as the departments a goal is broken down to. One statement reads
     * each unit's own rows of the unit totals (see {@link UnitTotals}); denominators of working time come from one
     * grouped read of the units' people; distinct counts are counted per unit from the events.
     */
    public Map<Long, MetricValue> valuesOfUnits(MetricDefinition metric, java.util.Collection<Long> orgUnitIds,
            DateRange period) {
        Map<Long, List<Long>> subtrees = unitTotals.subtrees(orgUnitIds);
        unitTotals.settleIfLong();
        Map<Long, BigDecimal[]> sums = unitTotals.sums(metric, subtrees, period);
        Formula formula = metric.formula();
        Map<Long, BigDecimal> workingTime = countsWorkingTime(metric)
                ? unitTotals.workingTime(formula.denominatorKind() == DenominatorKind.EMPLOYEE_WEEKS, subtrees, period)
                : Map.of();
        Map<Long, MetricValue> values = new java.util.LinkedHashMap<>();
        subtrees.forEach((unitId, subtree) -> {
            BigDecimal[] s = sums.get(unitId);
            values.put(unitId, countsWorkingTime(metric) ? MetricValue.of(s[0], workingTime.get(unitId), formula.scale())
                    // totals, rolled-up and distinct denominators need no list of people: their condition names the units
                    : queries.combine(metric, Population.ofUnits(List.of(), subtree), period, s[0], s[1]));
        });
        return values;
    }

    /** Whether the metric's denominator is the people's working time, which needs the list of people. */
    private static boolean countsWorkingTime(MetricDefinition metric) {
        DenominatorKind kind = metric.formula().denominatorKind();
        return kind == DenominatorKind.EMPLOYEE_WEEKS || kind == DenominatorKind.WORKING_DAYS;
    }

    private Population population(MetricSubject subject) {
        if (subject instanceof MetricSubject.OrgUnit u) {
            return Population.ofUnits(directory.inSubtree(u.orgUnitId()), directory.subtreeUnitIds(u.orgUnitId()));
        }
        return Population.ofPeople(people(subject));
    }

}
