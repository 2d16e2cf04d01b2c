package app.uptake.goals.internal;

import app.uptake.goals.StakeholderDraft;
import app.uptake.goals.StakeholderInfluence;
import app.uptake.goals.StakeholderStance;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The goal_stakeholder table. Callers hold the transaction and have checked access. */
@Component
public class StakeholderStore {

    private final JdbcTemplate jdbc;

    StakeholderStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(long id, long goalId, long employeeId, String role, StakeholderStance stance,
            StakeholderInfluence influence, String actions, long updatedBy, Instant updatedAt) {
    }

    /** The goal's stakeholders, the most influential first, then from champion to resistor. */
    public List<Row> of(long goalId) {
        return jdbc.query("select id, goal_id, employee_id, role, stance, influence, actions, updated_by, updated_at "
                + "from goal_stakeholder where goal_id = ?", (rs, n) -> new Row(rs.getLong(1), rs.getLong(2),
                        rs.getLong(3), rs.getString(4), StakeholderStance.valueOf(rs.getString(5)),
                        StakeholderInfluence.valueOf(rs.getString(6)), rs.getString(7), rs.getLong(8),
                        rs.getTimestamp(9).toInstant()), goalId).stream()
                .sorted(java.util.Comparator.comparing((Row r) -> r.influence()).reversed()
                        .thenComparing(Row::stance).thenComparing(Row::id))
                .toList();
    }

    /** Adds the person to the goal's stakeholders, or updates them when they are listed already. */
    public void save(long goalId, StakeholderDraft draft, long by, Instant at) {
        int updated = jdbc.update("update goal_stakeholder set role = ?, stance = ?, influence = ?, actions = ?, "
                + "updated_by = ?, updated_at = ? where goal_id = ? and employee_id = ?", draft.role(),
                draft.stance().name(), draft.influence().name(), draft.actions(), by, Timestamp.from(at), goalId,
                draft.employeeId());
        if (updated == 0) {
            jdbc.update("insert into goal_stakeholder (goal_id, employee_id, role, stance, influence, actions, "
                    + "updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)", goalId, draft.employeeId(),
                    draft.role(), draft.stance().name(), draft.influence().name(), draft.actions(), by,
                    Timestamp.from(at));
        }
    }

    /** @return whether the stakeholder was listed on the goal */
    public boolean remove(long goalId, long stakeholderId) {
        return jdbc.update("delete from goal_stakeholder where goal_id = ? and id = ?", goalId, stakeholderId) == 1;
    }
}
