package app.uptake.goals.progress;

import app.uptake.goals.MetricNature;
import app.uptake.goals.progress.internal.ThresholdStore;
import app.uptake.metrics.Granularity;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricService;
import app.uptake.metrics.MetricSubject;
import app.uptake.metrics.MetricValue;
import app.uptake.metrics.PeriodPreset;
import app.uptake.metrics.TrendPoint;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress of targets against the metric rollups. Every figure is read through {@link MetricService}, so whoever
 * may not see a subject's figures gets no progress for it either, and looks at one person's figures are audited
 * there. Rollups are written in the transaction that stores activity, so progress moves as soon as activity
 * arrives; nothing here is cached.
 *
 * <p>Read-write transactions on purpose: the metrics module writes its audit entries in the caller's transaction.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class GoalProgressService {

    private final MetricService metrics;
    private final ThresholdStore thresholds;
    private final CompanyCalendar calendar;

    GoalProgressService(MetricService metrics, ThresholdStore thresholds, CompanyCalendar calendar) {
        this.metrics = metrics;
        this.thresholds = thresholds;
        this.calendar = calendar;
    }

    /** Progress as of today, with the chart series. */
    @Transactional
    public Progress progress(String code, MetricSubject subject, BigDecimal target, DateRange period, ProgressProfile profile) {
        return progress(code, subject, target, period, profile, calendar.today());
    }

    /**
     * Progress as of a day, with the chart series. A day after today counts as today: activity that has not
     * happened cannot be measured.
     */
    @Transactional
    public Progress progress(String code, MetricSubject subject, BigDecimal target, DateRange period, ProgressProfile profile,
            LocalDate asOf) {
        return measure(code, subject, day -> target, period, profile, asOf);
    }

    /**
     * Progress as of a day, with the chart series, for a target that changed during the period: the figures are
     * measured against the target in force on the day asked about, and each point of the expected line against the
     * target in force on that point's day, so a revision shows where it took effect.
     *
     * @param targetOn the target in force on a day (never null for a day of the period)
     */
    @Transactional
    public Progress progress(String code, MetricSubject subject, Function<LocalDate, BigDecimal> targetOn,
            DateRange period, ProgressProfile profile, LocalDate asOf) {
        return measure(code, subject, targetOn, period, profile, asOf);
    }

    private Progress measure(String code, MetricSubject subject, Function<LocalDate, BigDecimal> targetOn,
            DateRange period, ProgressProfile profile, LocalDate asOf) {
        MetricDefinition metric = metric(code);
        MetricNature nature = MetricNature.of(metric);
        LocalDate day = cap(asOf);
        BigDecimal target = targetOn.apply(day);
        long elapsed = ProgressMath.elapsedDays(period, day);
        StatusThresholds limits = thresholds.read();
        if (elapsed == 0) {
            // asks the metrics module anyway, so a period that has not started is refused to the same people
            metrics.value(code, subject, DateRange.day(day));
            return notStarted(metric, nature, period, day, profile, target, limits);
        }
        DateRange toDate = toDate(period, day);
        MetricValue actual = metrics.value(code, subject, toDate);
        ExpectedShare share = ProgressMath.linearShare(nature, period, day);
        ProgressProfile used = ProgressProfile.LINEAR;
        List<TrendPoint> lastYearDays = List.of();
        if (profile == ProgressProfile.SEASONAL) {
            DateRange lastYear = lastYear(period);
            ExpectedShare seasonal = ProgressMath.seasonalShare(nature,
                    metrics.value(code, subject, sameDaysLastYear(lastYear, elapsed)), metrics.value(code, subject, lastYear));
            if (seasonal != null) {
                share = seasonal;
                used = ProgressProfile.SEASONAL;
                if (nature == MetricNature.ADDITIVE) {
                    lastYearDays = metrics.trend(code, subject, lastYear, Granularity.DAY);
                }
            }
        }
        List<TrendPoint> trend = metrics.trend(code, subject, toDate, PeriodPreset.granularityFor(period));
        List<ProgressPoint> points = points(nature, period, trend, targetOn, share, lastYearDays);
        return Progress.of(code, nature, metric.direction(), period, day, used, target, actual, share, limits, points);
    }

    /**
     * Progress of one metric for many employees at once, each against their own target, as of today: the batch
     * for attainment across a cascade (a few grouped queries instead of one per person). No chart series. Refused
     * unless the user may see every one of them individually.
     */
    @Transactional
    public Map<Long, Progress> progressOfEmployees(String code, Map<Long, BigDecimal> targets, DateRange period,
            ProgressProfile profile) {
        return progressOfEmployees(code, targets, period, profile, calendar.today());
    }

    /** As {@link #progressOfEmployees(String, Map, DateRange, ProgressProfile)}, as of a day (capped at today). */
    @Transactional
    public Map<Long, Progress> progressOfEmployees(String code, Map<Long, BigDecimal> targets, DateRange period,
            ProgressProfile profile, LocalDate asOf) {
        return progressOfMany(code, targets, period, profile, asOf, range -> metrics.values(code, targets.keySet(), range));
    }

    /**
     * Progress of one metric for several org units at once, each against its own target, as of a day (capped at
     * today), without chart series: the rows of a page of units, such as the departments a goal is broken down to,
     * from one grouped query over the rollups (two more for the seasonal profile). Refused unless the user may see
     * every one of the units' figures.
     */
    @Transactional
    public Map<Long, Progress> progressOfUnits(String code, Map<Long, BigDecimal> targets, DateRange period,
            ProgressProfile profile, LocalDate asOf) {
        return progressOfMany(code, targets, period, profile, asOf,
                range -> metrics.valuesOfUnits(code, targets.keySet(), range));
    }

    /**
     * The batch behind both: {@code values} reads the figures of every subject for a range in one grouped query
     * (and is asked for the day itself before the period starts, so the same people are refused).
     */
    private Map<Long, Progress> progressOfMany(String code, Map<Long, BigDecimal> targets, DateRange period,
            ProgressProfile profile, LocalDate asOf, Function<DateRange, Map<Long, MetricValue>> values) {
        MetricDefinition metric = metric(code);
        MetricNature nature = MetricNature.of(metric);
        LocalDate day = cap(asOf);
        long elapsed = ProgressMath.elapsedDays(period, day);
        StatusThresholds limits = thresholds.read();
        Map<Long, Progress> result = new HashMap<>();
        if (elapsed == 0) {
            values.apply(DateRange.day(day));
            targets.forEach((id, target) -> result.put(id, notStarted(metric, nature, period, day, profile, target, limits)));
            return result;
        }
        Map<Long, MetricValue> actuals = values.apply(toDate(period, day));
        Map<Long, MetricValue> lastYearToDate = Map.of();
        Map<Long, MetricValue> lastYearWhole = Map.of();
        if (profile == ProgressProfile.SEASONAL) {
            DateRange lastYear = lastYear(period);
            lastYearToDate = values.apply(sameDaysLastYear(lastYear, elapsed));
            lastYearWhole = values.apply(lastYear);
        }
        ExpectedShare linear = ProgressMath.linearShare(nature, period, day);
        for (Map.Entry<Long, BigDecimal> target : targets.entrySet()) {
            // a subject without figures (no employee any more): nothing measured
            MetricValue actual = actuals.getOrDefault(target.getKey(), new MetricValue(BigDecimal.ZERO, BigDecimal.ZERO, null));
            ExpectedShare seasonal = profile == ProgressProfile.SEASONAL ? ProgressMath.seasonalShare(nature,
                    lastYearToDate.get(target.getKey()), lastYearWhole.get(target.getKey())) : null;
            result.put(target.getKey(), Progress.of(code, nature, metric.direction(), period, day,
                    seasonal == null ? ProgressProfile.LINEAR : ProgressProfile.SEASONAL, target.getValue(), actual,
                    seasonal == null ? linear : seasonal, limits, List.of()));
        }
        return result;
    }

    private MetricDefinition metric(String code) {
        return metrics.find(code).orElseThrow(() -> new BusinessRuleException("metrics.error.unknown", code));
    }

    private LocalDate cap(LocalDate asOf) {
        LocalDate today = calendar.today();
        return asOf == null || asOf.isAfter(today) ? today : asOf;
    }

    private static DateRange toDate(DateRange period, LocalDate day) {
        return new DateRange(period.from(), day.isAfter(period.to()) ? period.to() : day);
    }

    /** The same period a year earlier (29 February becomes the 28th). */
    static DateRange lastYear(DateRange period) {
        return new DateRange(period.from().minusYears(1), period.to().minusYears(1));
    }

    /** The first {@code elapsed} days of last year's period: the same relative days as this year's so far. */
    static DateRange sameDaysLastYear(DateRange lastYear, long elapsed) {
        LocalDate end = lastYear.from().plusDays(elapsed - 1);
        return new DateRange(lastYear.from(), end.isAfter(lastYear.to()) ? lastYear.to() : end);
    }

    private static Progress notStarted(MetricDefinition metric, MetricNature nature, DateRange period, LocalDate day,
            ProgressProfile profile, BigDecimal target, StatusThresholds limits) {
        return Progress.of(metric.code(), nature, metric.direction(), period, day, profile, target,
                new MetricValue(BigDecimal.ZERO, BigDecimal.ZERO, null), ExpectedShare.NONE,
                limits, List.of());
    }

    /**
     * The chart series: for a total the running sum against target × share on each bucket's last day (the share
     * from last year's days when the seasonal profile applies); for a rate each bucket's rate against the target
     * rate × the share expected by the day asked about ({@code rateShare}). Each point takes the target in force on
     * its own day.
     */
    static List<ProgressPoint> points(MetricNature nature, DateRange period, List<TrendPoint> trend,
            Function<LocalDate, BigDecimal> targetOn, ExpectedShare rateShare, List<TrendPoint> lastYearDays) {
        List<ProgressPoint> points = new ArrayList<>();
        if (nature == MetricNature.RATIO) {
            for (TrendPoint point : trend) {
                LocalDate end = point.bucket().to();
                points.add(new ProgressPoint(end, point.value().value(), ProgressMath.expected(targetOn.apply(end), rateShare)));
            }
            return points;
        }
        BigDecimal lastYearTotal = lastYearDays.stream().map(p -> p.value().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal running = BigDecimal.ZERO;
        for (TrendPoint point : trend) {
            running = running.add(point.value().value());
            LocalDate end = point.bucket().to();
            ExpectedShare share;
            if (lastYearTotal.signum() > 0) {
                long elapsed = ProgressMath.elapsedDays(period, end);
                BigDecimal accrued = lastYearDays.stream().limit(elapsed).map(p -> p.value().value())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                share = new ExpectedShare(accrued, lastYearTotal);
            } else {
                share = ProgressMath.linearShare(nature, period, end);
            }
            points.add(new ProgressPoint(end, running, ProgressMath.expected(targetOn.apply(end), share)));
        }
        return points;
    }
}
