package app.uptake.goals.internal;

import app.uptake.goals.GoalRevision;
import app.uptake.goals.RevisionField;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The revision history of goals (table {@code goal_revision}) and the value in force on a day: the "after" of the
 * last revision effective on or before the day; before the first revision its "before", the value the goal was
 * created with, which holds from the start of the period. Several revisions on one day: the later one wins.
 */
@Component
public class GoalRevisions {

    private final JdbcTemplate jdbc;

    GoalRevisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long goalId, RevisionField field, BigDecimal before, BigDecimal after, String reason,
            long authorId, Instant changedAt, LocalDate effectiveOn) {
        jdbc.update("insert into goal_revision (goal_id, field, before_value, after_value, reason, author_id, "
                + "changed_at, effective_on) values (?, ?, ?, ?, ?, ?, ?, ?)", goalId, field.name(), before, after,
                reason, authorId, Timestamp.from(changedAt), Date.valueOf(effectiveOn));
    }

    /** The goal's revisions, newest first, with the authors' names from {@code names}. */
    public List<GoalRevision> history(long goalId, java.util.function.Function<List<Long>, Map<Long, String>> names) {
        List<Object[]> rows = jdbc.query("select id, field, before_value, after_value, reason, author_id, changed_at, "
                + "effective_on from goal_revision where goal_id = ? order by changed_at desc, id desc",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getString(5), rs.getLong(6), rs.getTimestamp(7).toInstant(), rs.getDate(8).toLocalDate()},
                goalId);
        Map<Long, String> authors = names.apply(rows.stream().map(r -> (Long) r[5]).distinct().toList());
        return rows.stream().map(r -> new GoalRevision((Long) r[0], goalId, RevisionField.valueOf((String) r[1]),
                (BigDecimal) r[2], (BigDecimal) r[3], (String) r[4], (Long) r[5], authors.getOrDefault((Long) r[5], ""),
                (Instant) r[6], (LocalDate) r[7])).toList();
    }

    /**
     * The target over time of each goal given, read in one query: a company goal's TARGET revisions, a share's
     * ALLOCATION revisions (as {@link app.uptake.goals.GoalService#targetAsOf} reads them one by one).
     */
    public Map<Long, TargetInForce> targets(List<GoalRow> goals) {
        Map<Long, TargetInForce> result = new java.util.HashMap<>();
        if (goals.isEmpty()) {
            return result;
        }
        Map<Long, List<TargetInForce.Change>> changes = new java.util.HashMap<>();
        Map<Long, RevisionField> fields = new java.util.HashMap<>();
        goals.forEach(g -> fields.put(g.id(), g.parentId() == null ? RevisionField.TARGET : RevisionField.ALLOCATION));
        String marks = String.join(",", java.util.Collections.nCopies(goals.size(), "?"));
        jdbc.query("select goal_id, field, before_value, after_value, effective_on from goal_revision where goal_id in ("
                + marks + ") and field in ('TARGET', 'ALLOCATION') order by goal_id, effective_on, changed_at, id", rs -> {
                    long goalId = rs.getLong(1);
                    if (fields.get(goalId) == RevisionField.valueOf(rs.getString(2))) {
                        changes.computeIfAbsent(goalId, id -> new java.util.ArrayList<>()).add(new TargetInForce.Change(
                                rs.getDate(5).toLocalDate(), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                    }
                }, goals.stream().map(GoalRow::id).toArray());
        goals.forEach(g -> result.put(g.id(), new TargetInForce(g.target(), changes.getOrDefault(g.id(), List.of()))));
        return result;
    }

    /** The field's value in force on the day, or empty when it was never revised (the goal's current value holds). */
    public Optional<BigDecimal> asOf(long goalId, RevisionField field, LocalDate day) {
        List<BigDecimal> after = jdbc.queryForList("select after_value from goal_revision where goal_id = ? and field = ? "
                + "and effective_on <= ? order by effective_on desc, changed_at desc, id desc limit 1", BigDecimal.class,
                goalId, field.name(), Date.valueOf(day));
        if (!after.isEmpty()) {
            return Optional.of(after.getFirst());
        }
        List<BigDecimal> before = jdbc.queryForList("select before_value from goal_revision where goal_id = ? "
                + "and field = ? order by effective_on, changed_at, id limit 1", BigDecimal.class, goalId, field.name());
        return before.stream().findFirst();
    }
}
