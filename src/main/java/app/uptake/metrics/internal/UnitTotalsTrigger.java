package app.uptake.metrics.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * The H2 form of the PostgreSQL triggers of V23: logs every change of a daily rollup, of a person's unit and of a
 * unit's parent to metric_unit_total_pending, in the changing transaction. Row by row, as H2 calls it; the embedded
 * database holds a demo company, not ten thousand people.
 */
public class UnitTotalsTrigger implements Trigger {

    private static final String LOG = "insert into metric_unit_total_pending (org_unit_id, metric_id, activity_day, "
            + "numerator, denominator) ";

    private enum Table { METRIC_DAILY, EMPLOYEE, ORG_UNIT }

    private Table table;
    private int[] columns;

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
            int type) throws SQLException {
        table = Table.valueOf(tableName.toUpperCase(Locale.ROOT));
        String[] names = switch (table) {
            case METRIC_DAILY -> new String[] {"METRIC_ID", "EMPLOYEE_ID", "ACTIVITY_DAY", "NUMERATOR", "DENOMINATOR"};
            case EMPLOYEE -> new String[] {"ID", "ORG_UNIT_ID"};
            case ORG_UNIT -> new String[] {"ID", "PARENT_ID"};
        };
        columns = new int[names.length];
        try (ResultSet rs = connection.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
                for (int i = 0; i < names.length; i++) {
                    if (names[i].equals(column)) {
                        columns[i] = rs.getInt("ORDINAL_POSITION") - 1;
                    }
                }
            }
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        switch (table) {
            case METRIC_DAILY -> {
                if (oldRow != null) {
                    logRollup(connection, oldRow, -1);
                }
                if (newRow != null) {
                    logRollup(connection, newRow, 1);
                }
            }
            case EMPLOYEE -> {
                Object from = oldRow == null ? null : oldRow[columns[1]];
                Object to = newRow == null ? null : newRow[columns[1]];
                if (oldRow != null && newRow != null && !java.util.Objects.equals(from, to)) {
                    Object employee = newRow[columns[0]];
                    moveRollups(connection, "select cast(? as bigint), metric_id, activity_day, %s * numerator, %s * denominator "
                            + "from metric_daily where employee_id = ?", employee, from, to);
                }
            }
            case ORG_UNIT -> {
                Object from = oldRow == null ? null : oldRow[columns[1]];
                Object to = newRow == null ? null : newRow[columns[1]];
                if (oldRow != null && newRow != null && !java.util.Objects.equals(from, to)) {
                    try (PreparedStatement lock = connection.prepareStatement(
                            "select id from metric_unit_total_lock where id = 1 for update")) {
                        lock.executeQuery().close();
                    }
                    moveRollups(connection, "select cast(? as bigint), metric_id, activity_day, %s * numerator, %s * denominator "
                            + "from metric_unit_total where org_unit_id = ?", newRow[columns[0]], from, to);
                }
            }
        }
    }

    private void logRollup(Connection connection, Object[] row, int sign) throws SQLException {
        BigDecimal numerator = (BigDecimal) row[columns[3]];
        BigDecimal denominator = (BigDecimal) row[columns[4]];
        try (PreparedStatement insert = connection.prepareStatement(LOG
                + "select org_unit_id, cast(? as bigint), cast(? as date), cast(? as numeric(30, 6)), "
                + "cast(? as numeric(30, 6)) from employee where id = ? and org_unit_id is not null")) {
            insert.setObject(1, row[columns[0]]);
            insert.setObject(2, row[columns[2]]);
            insert.setBigDecimal(3, sign < 0 ? numerator.negate() : numerator);
            insert.setBigDecimal(4, sign < 0 ? denominator.negate() : denominator);
            insert.setObject(5, row[columns[1]]);
            insert.executeUpdate();
        }
    }

    /** Logs the rows the query selects out of {@code from} (negated) and into {@code to}. */
    private void moveRollups(Connection connection, String query, Object key, Object from, Object to) throws SQLException {
        for (Object[] side : new Object[][] {{from, "-1"}, {to, "1"}}) {
            if (side[0] == null) {
                continue;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    LOG + query.formatted(side[1], side[1]))) {
                insert.setObject(1, side[0]);
                insert.setObject(2, key);
                insert.executeUpdate();
            }
        }
    }
}
