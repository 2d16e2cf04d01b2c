package app.uptake.metrics.internal;

import app.uptake.metrics.Aggregation;
import app.uptake.metrics.Measure;
import app.uptake.metrics.MetricDefinition;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the SQL that computes metrics from activity_event. Everything spliced in comes from enums and the
 * type list of a definition (enum names), never from user input.
 */
final class RollupSql {

    private RollupSql() {
    }

    /** The condition an event must meet to count in the measure. */
    static String condition(Measure measure) {
        String types = measure.types().stream().map(t -> "'" + t.name() + "'").sorted().collect(Collectors.joining(", "));
        StringBuilder sql = new StringBuilder("type in (").append(types).append(")");
        if (!measure.filter().condition().equals("1 = 1")) {
            sql.append(" and ").append(measure.filter().condition());
        }
        if (measure.field() != null) {
            sql.append(" and ").append(measure.field().column()).append(" is not null");
        }
        return sql.toString();
    }

    /** The measure's value over one group of events (one employee's day). */
    static String aggregate(Measure measure) {
        String when = "case when " + condition(measure) + " then ";
        return switch (measure.aggregation()) {
            case COUNT -> "sum(" + when + "1 else 0 end)";
            case SUM -> "sum(" + when + measure.field().expression() + " else 0 end)";
            case ACTIVE_DAYS -> "max(" + when + "1 else 0 end)";
            case DISTINCT -> throw new IllegalArgumentException("distinct counts are not rolled up per day");
        };
    }

    /** The rollup denominator of a metric: its measure when it is stored, else 0 (counted when asked). */
    static String denominator(MetricDefinition metric) {
        return metric.formula().denominatorInRollup() ? aggregate(metric.formula().denominator()) : "0";
    }

    /**
     * One pass over the events of the given employees and days that yields, per employee and day, the
     * numerator and denominator of every metric: columns n0, d0, n1, d1, ...
     */
    static String dailySelect(List<MetricDefinition> metrics, String employeeCondition) {
        StringBuilder sql = new StringBuilder("select employee_id, occurred_on");
        for (int i = 0; i < metrics.size(); i++) {
            sql.append(", ").append(aggregate(metrics.get(i).formula().numerator())).append(" as n").append(i);
            sql.append(", ").append(denominator(metrics.get(i))).append(" as d").append(i);
        }
        return sql.append(" from activity_event where ").append(employeeCondition)
                .append(" and occurred_on between ? and ? group by employee_id, occurred_on").toString();
    }

    /** Counts the distinct values of a DISTINCT measure over a population and period. */
    static String distinctCount(Measure measure, String employeeCondition) {
        if (measure.aggregation() != Aggregation.DISTINCT) {
            throw new IllegalArgumentException("not a distinct measure: " + measure);
        }
        return "select count(distinct " + measure.field().column() + ") from activity_event where "
                + employeeCondition + " and occurred_on between ? and ? and " + condition(measure);
    }

    /**
     * PostgreSQL: computes the daily sums and inserts one rollup row per metric and employee-day that has
     * anything to count, in a single statement (LATERAL VALUES turns the n/d column pairs into rows).
     */
    static String insertUnpivoted(List<MetricDefinition> metrics, String employeeCondition) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < metrics.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(").append(metrics.get(i).id()).append(", d.n").append(i)
                    .append(", d.d").append(i).append(")");
        }
        return "insert into metric_daily (metric_id, employee_id, activity_day, numerator, denominator) "
                + "select v.metric_id, d.employee_id, d.occurred_on, v.numerator, v.denominator from ("
                + dailySelect(metrics, employeeCondition) + ") d cross join lateral (values " + values
                + ") as v(metric_id, numerator, denominator) where v.numerator <> 0 or v.denominator <> 0";
    }
}
