package app.uptake.metrics.internal;

import app.uptake.metrics.Formula;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricValue;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads metrics from the daily rollups: Σnumerator / Σdenominator over any people and days. */
@Component
class MetricQueries {

    private final JdbcTemplate jdbc;

    MetricQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The metric over the whole population and period. */
    MetricValue value(MetricDefinition metric, Population people, DateRange period) {
        BigDecimal[] sums = jdbc.queryForObject("select coalesce(sum(numerator), 0), coalesce(sum(denominator), 0) "
                        + "from metric_daily where " + rows(metric, period) + " and " + people.employeeCondition(),
                (rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)});
        return combine(metric, people, period, sums[0], sums[1]);
    }

    /** Σnumerator and Σdenominator per day with any rollup, for trends. */
    TreeMap<LocalDate, BigDecimal[]> daily(MetricDefinition metric, Population people, DateRange period) {
        TreeMap<LocalDate, BigDecimal[]> days = new TreeMap<>();
        jdbc.query("select activity_day, sum(numerator), sum(denominator) from metric_daily where " + rows(metric, period)
                        + " and " + people.employeeCondition() + " group by activity_day",
                rs -> {
                    days.put(rs.getObject(1, LocalDate.class), new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3)});
                });
        return days;
    }

    /** Σnumerator and Σdenominator per employee, for breakdowns. */
    Map<Long, BigDecimal[]> perEmployee(MetricDefinition metric, Population people, DateRange period) {
        Map<Long, BigDecimal[]> sums = new HashMap<>();
        jdbc.query("select employee_id, sum(numerator), sum(denominator) from metric_daily where " + rows(metric, period)
                        + " and " + people.employeeCondition() + " group by employee_id",
                rs -> {
                    sums.put(rs.getLong(1), new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3)});
                });
        return sums;
    }

    /**
     * Per employee, the count of distinct values of a DISTINCT denominator: one grouped query for everybody instead of
     * one per person.
     */
    Map<Long, BigDecimal> distinctPerEmployee(MetricDefinition metric, Population people, DateRange period) {
        String sql = RollupSql.distinctCount(metric.formula().denominator(), people.employeeCondition())
                .replaceFirst("^select count", "select employee_id, count") + " group by employee_id";
        Map<Long, BigDecimal> counts = new HashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getLong(1), BigDecimal.valueOf(rs.getLong(2)));
        }, period.from(), period.to());
        return counts;
    }

    /**
     * The rollup rows of the metric and days, written as literals (our own id and ISO dates) rather than bound: a
     * prepared statement run often gets a generic plan that cannot see how few days or people are asked for, and
     * then scans a whole quarter of everybody's rows through the metric-and-day index for a team of five.
     */
    private static String rows(MetricDefinition metric, DateRange period) {
        return rows("", metric, period);
    }

    private static String rows(String alias, MetricDefinition metric, DateRange period) {
        return alias + "metric_id = " + metric.id() + " and " + alias + "activity_day between DATE '" + period.from()
                + "' and DATE '" + period.to() + "'";
    }

    /** Turns rolled-up sums into the metric's value, counting the denominators that are not rolled up. */
    MetricValue combine(MetricDefinition metric, Population people, DateRange period, BigDecimal numerator,
            BigDecimal rolledUpDenominator) {
        Formula formula = metric.formula();
        BigDecimal denominator = switch (formula.denominatorKind()) {
            case NONE -> BigDecimal.ONE;
            case MEASURE -> formula.denominatorInRollup() ? rolledUpDenominator : distinct(metric, people, period);
            case EMPLOYEE_WEEKS -> Exposure.personWeeks(people.employments(), period);
            case WORKING_DAYS -> Exposure.workingDays(people.employments(), period);
        };
        return MetricValue.of(numerator, denominator, formula.scale());
    }

    private BigDecimal distinct(MetricDefinition metric, Population people, DateRange period) {
        Long count = jdbc.queryForObject(RollupSql.distinctCount(metric.formula().denominator(), people.employeeCondition()),
                Long.class, period.from(), period.to());
        return BigDecimal.valueOf(count == null ? 0 : count);
    }
}
