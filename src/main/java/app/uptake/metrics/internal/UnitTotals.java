package app.uptake.metrics.internal;

import app.uptake.metrics.MetricDefinition;
import app.uptake.shared.DatabaseVendor;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per org unit, metric and day, the sums of everybody in the unit's subtree (metric_unit_total), and the log of changes
 * not yet in them (metric_unit_total_pending, written by database triggers on every rollup, person and unit change).
 * A unit's figure for a period is one range sum over its own total rows plus what the log holds for its subtree, read
 * in one statement: exact at any moment, whether or not the log has been settled, and inside read-only transactions.
 * {@link #settle()} moves the log into the totals; {@link UnitTotalsRefresher} calls it when ingestion pauses.
 */
@Component
public class UnitTotals {

    /** Units of the company tree with each of their ancestors (and themselves), as rows (unit, ancestor). */
    private static final String TREE = "tree (unit_id, ancestor_id) as (select id, id from org_unit union all "
            + "select t.unit_id, u.parent_id from tree t join org_unit u on u.id = t.ancestor_id where u.parent_id is not null)";

    /** Log rows beyond which a read settles first (a few milliseconds of scanning for each read). */
    static final int LONG_LOG = 20_000;

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private final UnitTotals self;
    private final java.util.concurrent.locks.ReentrantLock h2Settling = new java.util.concurrent.locks.ReentrantLock();

    UnitTotals(JdbcTemplate jdbc, DatabaseVendor vendor, @org.springframework.context.annotation.Lazy UnitTotals self) {
        this.jdbc = jdbc;
        this.postgres = vendor.isPostgres();
        this.self = self;
    }

    /**
     * Moves every logged change into the totals, in one transaction of its own: the log rows it takes are deleted and
     * added in the same statement, so a change is counted once however often this runs, and changes committed meanwhile
     * stay for the next time. Whoever settles holds the lock row; a unit moving to another parent waits for it.
     *
     * @return the number of total rows written
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int settle() {
        if (postgres) {
            jdbc.queryForList("select id from metric_unit_total_lock where id = 1 for update");
            return settleLocked();
        }
        // H2 gives up waiting for a row lock after a few seconds, and settling the demo's first log takes longer; its
        // settlers are all in this JVM, so they queue here and find the lock row free (but for the commit)
        h2Settling.lock();
        try {
            jdbc.queryForList("select id from metric_unit_total_lock where id = 1 for update");
            return settleLocked();
        } finally {
            h2Settling.unlock();
        }
    }

    private int settleLocked() {
        if (postgres) {
            return jdbc.update("with recursive " + TREE + ", taken as (delete from metric_unit_total_pending "
                    + "returning org_unit_id, metric_id, activity_day, numerator, denominator), per_unit as ("
                    + "select org_unit_id, metric_id, activity_day, sum(numerator) numerator, sum(denominator) denominator "
                    + "from taken group by org_unit_id, metric_id, activity_day) "
                    + "insert into metric_unit_total (org_unit_id, metric_id, activity_day, numerator, denominator) "
                    + "select t.ancestor_id, p.metric_id, p.activity_day, sum(p.numerator), sum(p.denominator) "
                    + "from per_unit p join tree t on t.unit_id = p.org_unit_id "
                    + "group by t.ancestor_id, p.metric_id, p.activity_day "
                    + "on conflict (org_unit_id, metric_id, activity_day) do update set "
                    + "numerator = metric_unit_total.numerator + excluded.numerator, "
                    + "denominator = metric_unit_total.denominator + excluded.denominator");
        }
        // H2: the log rows come back from the delete that takes them, and are added up here
        Map<Key, BigDecimal[]> perUnit = new HashMap<>();
        jdbc.query("select org_unit_id, metric_id, activity_day, numerator, denominator from old table "
                + "(delete from metric_unit_total_pending)", rs -> {
                    BigDecimal[] sums = perUnit.computeIfAbsent(new Key(rs.getLong(1), rs.getLong(2),
                            rs.getObject(3, LocalDate.class)), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    sums[0] = sums[0].add(rs.getBigDecimal(4));
                    sums[1] = sums[1].add(rs.getBigDecimal(5));
                });
        if (perUnit.isEmpty()) {
            return 0;
        }
        Map<Long, Long> parents = new HashMap<>();
        jdbc.query("select id, parent_id from org_unit", rs -> {
            parents.put(rs.getLong(1), rs.getObject(2, Long.class));
        });
        Map<Key, BigDecimal[]> totals = new LinkedHashMap<>();
        perUnit.forEach((key, sums) -> {
            for (Long unit = key.unit(); unit != null; unit = parents.get(unit)) {
                BigDecimal[] total = totals.computeIfAbsent(new Key(unit, key.metric(), key.day()),
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                total[0] = total[0].add(sums[0]);
                total[1] = total[1].add(sums[1]);
            }
        });
        List<Map.Entry<Key, BigDecimal[]>> rows = new ArrayList<>(totals.entrySet());
        jdbc.batchUpdate("merge into metric_unit_total t using (select cast(? as bigint) org_unit_id, cast(? as bigint) "
                + "metric_id, cast(? as date) activity_day, cast(? as numeric(30, 6)) numerator, cast(? as numeric(30, 6)) "
                + "denominator) s on t.org_unit_id = s.org_unit_id and t.metric_id = s.metric_id and t.activity_day = "
                + "s.activity_day when matched then update set numerator = t.numerator + s.numerator, denominator = "
                + "t.denominator + s.denominator when not matched then insert (org_unit_id, metric_id, activity_day, "
                + "numerator, denominator) values (s.org_unit_id, s.metric_id, s.activity_day, s.numerator, "
                + "s.denominator)", rows, 500, (ps, row) -> {
                    ps.setLong(1, row.getKey().unit());
                    ps.setLong(2, row.getKey().metric());
                    ps.setObject(3, row.getKey().day());
                    ps.setBigDecimal(4, row.getValue()[0]);
                    ps.setBigDecimal(5, row.getValue()[1]);
                });
        return rows.size();
    }

    /**
     * Settles the log first when it has grown long (a bulk import, a rebuild), which every read of unit figures would
     * otherwise scan until the refresher gets to it; on PostgreSQL, where that is where the volume is. Skipped when
     * another transaction settles right now (it holds the lock row; waiting for it could mean waiting for ourselves).
     */
    void settleIfLong() {
        if (!postgres) {
            return;
        }
        Long logged = jdbc.queryForObject("select count(*) from (select 1 from metric_unit_total_pending fetch first "
                + (LONG_LOG + 1) + " rows only) l", Long.class);
        if (logged != null && logged > LONG_LOG) {
            self.settleUnlessBusy();
        }
    }

    /** {@link #settle()}, unless someone else holds the lock row. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int settleUnlessBusy() {
        if (postgres && jdbc.queryForList("select id from metric_unit_total_lock where id = 1 for update skip locked")
                .isEmpty()) {
            return 0;
        }
        return settleLocked();
    }

    /** Whether any change waits to be settled. */
    public boolean pending() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from metric_unit_total_pending)", Boolean.class));
    }

    /** How many changes wait to be settled. */
    public long pendingCount() {
        Long count = jdbc.queryForObject("select count(*) from metric_unit_total_pending", Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Σnumerator and Σdenominator of the metric over the period for each unit given (with everything below it, the
     * units of each subtree given by {@code subtrees}), in one statement over the totals and the log.
     */
    Map<Long, BigDecimal[]> sums(MetricDefinition metric, Map<Long, ? extends Collection<Long>> subtrees, DateRange period) {
        Map<Long, BigDecimal[]> sums = new LinkedHashMap<>();
        subtrees.keySet().forEach(unit -> sums.put(unit, zero()));
        if (subtrees.isEmpty()) {
            return sums;
        }
        Map<Long, List<Long>> askedBy = askedBy(subtrees);
        jdbc.query("select 'T', org_unit_id, sum(numerator), sum(denominator) from metric_unit_total where "
                + rows(metric, period) + " and org_unit_id in (" + ids(subtrees.keySet()) + ") group by org_unit_id "
                + "union all select 'P', org_unit_id, sum(numerator), sum(denominator) from metric_unit_total_pending where "
                + rows(metric, period) + " and org_unit_id in (" + ids(askedBy.keySet()) + ") group by org_unit_id", rs -> {
                    long unit = rs.getLong(2);
                    List<Long> targets = "T".equals(rs.getString(1)) ? List.of(unit) : askedBy.get(unit);
                    for (long target : targets) {
                        add(sums.get(target), rs.getBigDecimal(3), rs.getBigDecimal(4));
                    }
                });
        return sums;
    }

    /** Σnumerator and Σdenominator per day with any figure, for one unit's trend. */
    TreeMap<LocalDate, BigDecimal[]> daily(MetricDefinition metric, long unit, Collection<Long> subtree, DateRange period) {
        TreeMap<LocalDate, BigDecimal[]> days = new TreeMap<>();
        jdbc.query("select activity_day, sum(numerator), sum(denominator) from (select activity_day, numerator, denominator "
                + "from metric_unit_total where " + rows(metric, period) + " and org_unit_id = " + unit
                + " union all select activity_day, numerator, denominator from metric_unit_total_pending where "
                + rows(metric, period) + " and org_unit_id in (" + ids(subtree) + ")) s group by activity_day", rs -> {
                    add(days.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> zero()), rs.getBigDecimal(2),
                            rs.getBigDecimal(3));
                });
        return days;
    }

    /** Each unit with every unit below it, from one read of the tree (instead of one recursive query per unit). */
    Map<Long, List<Long>> subtrees(Collection<Long> units) {
        Map<Long, List<Long>> children = new HashMap<>();
        jdbc.query("select id, parent_id from org_unit", rs -> {
            Long parent = rs.getObject(2, Long.class);
            children.computeIfAbsent(parent, p -> new ArrayList<>()).add(rs.getLong(1));
        });
        Map<Long, List<Long>> subtrees = new LinkedHashMap<>();
        for (long unit : units) {
            List<Long> subtree = new ArrayList<>();
            java.util.ArrayDeque<Long> open = new java.util.ArrayDeque<>(List.of(unit));
            while (!open.isEmpty()) {
                long next = open.pop();
                subtree.add(next);
                open.addAll(children.getOrDefault(next, List.of()));
            }
            subtrees.put(unit, subtree);
        }
        return subtrees;
    }

    /**
     * The working time of everybody whose unit lies in each subtree (including people who have left since), as
     * {@link Exposure} counts it: person-weeks or working days in the period. People of a unit who joined and left on
     * the same days count together, so that ten thousand people are a few hundred rows.
     */
    Map<Long, BigDecimal> workingTime(boolean weeks, Map<Long, ? extends Collection<Long>> subtrees, DateRange period) {
        Map<Long, BigDecimal> result = new LinkedHashMap<>();
        Map<Long, List<Exposure.Spell>> spells = new HashMap<>();
        Map<Long, List<Long>> askedBy = askedBy(subtrees);
        if (!askedBy.isEmpty()) {
            jdbc.query("select org_unit_id, start_date, end_date, count(*) from employee where org_unit_id in ("
                    + ids(askedBy.keySet()) + ") group by org_unit_id, start_date, end_date", rs -> {
                        spells.computeIfAbsent(rs.getLong(1), u -> new ArrayList<>()).add(new Exposure.Spell(
                                rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getLong(4)));
                    });
        }
        subtrees.forEach((unit, subtree) -> {
            List<Exposure.Spell> all = subtree.stream().flatMap(u -> spells.getOrDefault(u, List.of()).stream()).toList();
            result.put(unit, weeks ? Exposure.personWeeksOf(all, period) : Exposure.workingDaysOf(all, period));
        });
        return result;
    }

    /** For each unit of any subtree, the asked units whose subtree holds it. */
    private static Map<Long, List<Long>> askedBy(Map<Long, ? extends Collection<Long>> subtrees) {
        Map<Long, List<Long>> askedBy = new HashMap<>();
        subtrees.forEach((asked, subtree) -> {
            for (long unit : subtree) {
                askedBy.computeIfAbsent(unit, u -> new ArrayList<>()).add(asked);
            }
        });
        return askedBy;
    }

    /** The metric and days as literals, as {@link MetricQueries} writes them, so that plans see how few days are asked. */
    private static String rows(MetricDefinition metric, DateRange period) {
        return "metric_id = " + metric.id() + " and activity_day between DATE '" + period.from() + "' and DATE '"
                + period.to() + "'";
    }

    private static String ids(Collection<Long> ids) {
        return ids.isEmpty() ? "null" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static BigDecimal[] zero() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private static void add(BigDecimal[] sums, BigDecimal numerator, BigDecimal denominator) {
        if (numerator != null) {
            sums[0] = sums[0].add(numerator);
        }
        if (denominator != null) {
            sums[1] = sums[1].add(denominator);
        }
    }

    private record Key(long unit, long metric, LocalDate day) {
    }
}
