package app.uptake.goals.progress;

import app.uptake.shared.DateRange;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rollups for the goal benchmarks' synthetic people, written by SQL (PostgreSQL): on about half of the days each
 * person has something on each of the eight goal metrics, with a denominator where the metric rolls one up.
 */
public final class SyntheticRollups {

    private SyntheticRollups() {
    }

    /** Whether the people whose CRM user id starts with the prefix have rollups already (from an earlier run). */
    public static boolean present(JdbcTemplate jdbc, String crmPrefix) {
        return jdbc.queryForObject("select count(*) from metric_daily d join employee e on e.id = d.employee_id "
                + "where e.crm_user_id like ?", Long.class, crmPrefix + "%") > 0;
    }

    public static void write(JdbcTemplate jdbc, String crmPrefix, DateRange days) {
        jdbc.update("""
                insert into metric_daily (metric_id, employee_id, activity_day, numerator, denominator)
                select m.id, e.id, day::date, 1 + (e.id + m.id + extract(doy from day)::int) % 7,
                    case when m.den_kind = 'MEASURE' then 2 + (e.id + extract(doy from day)::int) % 5 else 0 end
                from employee e
                cross join generate_series(?::date, ?::date, interval '1 day') day
                join metric_definition m on m.code in ('WON_REVENUE', 'ACTIVITIES_PER_WEEK', 'WIN_RATE', 'CALLS_PER_WEEK',
                    'MEETINGS_PER_WEEK', 'DATA_COMPLETENESS', 'CRM_ACTIVE_DAYS_SHARE', 'CASE_RESOLUTION_HOURS')
                where e.crm_user_id like ? and (e.id + m.id + extract(doy from day)::int) % 2 = 0
                """, days.from(), days.to(), crmPrefix + "%");
    }
}
