package app.uptake.goals.internal;

import app.uptake.activity.ActivityCoverage;
import app.uptake.activity.ActivityCoverageService;
import app.uptake.goals.Baseline;
import app.uptake.goals.DataCoverage;
import app.uptake.goals.GoalPeriod;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricService;
import app.uptake.metrics.MetricSubject;
import app.uptake.metrics.MetricValue;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.Employment;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import app.uptake.goals.GoalScope;
import app.uptake.metrics.BreakdownRow;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Measures where a unit stands before a goal ("position first, then target"): the metric over the comparable
 * earlier period, up to yesterday (the last complete day), with how much of it rests on data.
 */
@Component
public class BaselineMeter {

    /** Data quality is judged over the import runs of this many days before the measurement. */
    static final int QUALITY_DAYS = 30;

    private final MetricService metrics;
    private final ActivityCoverageService activity;
    private final EmployeeDirectory directory;
    private final CompanyCalendar calendar;

    BaselineMeter(MetricService metrics, ActivityCoverageService activity, EmployeeDirectory directory,
            CompanyCalendar calendar) {
        this.metrics = metrics;
        this.activity = activity;
        this.directory = directory;
        this.calendar = calendar;
    }

    /**
     * The metric for the unit over the baseline period.
     *
     * @throws BusinessRuleException on field {@code metric} when the period has not begun or the unit has no data
     */
    public Baseline measure(MetricDefinition metric, long orgUnitId, GoalPeriod baselinePeriod) {
        LocalDate yesterday = calendar.today().minusDays(1);
        DateRange full = baselinePeriod.range();
        if (full.from().isAfter(yesterday)) {
            throw BusinessRuleException.onField("metric", "goals.error.baselineNotBegun", baselinePeriod.label());
        }
        DateRange range = full.to().isAfter(yesterday) ? new DateRange(full.from(), yesterday) : full;
        List<Long> people = directory.inSubtree(orgUnitId).stream().filter(e -> e.employedDuring(range) != null)
                .map(Employment::employeeId).toList();
        ActivityCoverage covered = activity.coverage(people, range);
        MetricValue value = metrics.value(metric.code(), new MetricSubject.OrgUnit(orgUnitId), range);
        if (!value.hasValue() || covered.peopleWithActivity() == 0) {
            throw BusinessRuleException.onField("metric", "goals.error.noData", metric.code(), baselinePeriod.label());
        }
        DataCoverage coverage = new DataCoverage(people.size(), covered.peopleWithActivity(), (int) range.days(),
                covered.daysWithActivity());
        return new Baseline(range, value.value(), value.numerator(), value.denominator(), coverage,
                activity.quality(calendar.now(), QUALITY_DAYS), calendar.now());
    }

    /**
     * The baselines of a unit's parts over the range its goal was measured on, in one breakdown of the metric: per
     * child unit when the unit has children, else per person of the unit (only the people the caller may see
     * individually; a breakdown records no individual view, the figures go into targets, not onto a person's page).
     * A part without a value (a ratio with nothing to divide, a joiner employed after the range) maps to null: it has
     * no baseline, which is not a zero. The data quality (of all sources, not of a scope) is the parent goal's: the
     * import statistics are for the program office, and a manager breaking down his share may not read them anew.
     */
    public Map<GoalScope, Baseline> parts(MetricDefinition metric, long orgUnitId, DateRange range,
            app.uptake.activity.IngestTally quality) {
        Map<GoalScope, Baseline> parts = new LinkedHashMap<>();
        for (BreakdownRow row : metrics.breakdown(metric.code(), new MetricSubject.OrgUnit(orgUnitId), range)) {
            GoalScope scope;
            List<Long> people;
            switch (row.subject()) {
                case MetricSubject.OrgUnit u -> {
                    scope = new GoalScope.OrgUnit(u.orgUnitId());
                    people = directory.inSubtree(u.orgUnitId()).stream().filter(e -> e.employedDuring(range) != null)
                            .map(Employment::employeeId).toList();
                }
                case MetricSubject.Employee e -> {
                    scope = new GoalScope.Employee(e.employeeId());
                    people = List.of(e.employeeId());
                }
                case MetricSubject.Team t -> {
                    continue;
                }
            }
            MetricValue value = row.value();
            if (value == null || !value.hasValue()) {
                parts.put(scope, null);
                continue;
            }
            ActivityCoverage covered = activity.coverage(people, range);
            parts.put(scope, new Baseline(range, value.value(), value.numerator(), value.denominator(),
                    new DataCoverage(people.size(), covered.peopleWithActivity(), (int) range.days(),
                            covered.daysWithActivity()), quality, calendar.now()));
        }
        return parts;
    }

    /** What a child row stores when its scope has no history: the range and coverage, no value. */
    public Baseline none(DateRange range, int people, app.uptake.activity.IngestTally quality) {
        return new Baseline(range, null, null, null, new DataCoverage(people, 0, (int) range.days(), 0), quality,
                calendar.now());
    }
}
