package org.integrationgateway.transfer;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/** The columns of the tables of one database, read once from JDBC metadata: types, nullability and primary keys. */
@SuppressFBWarnings(value = "SQL_INJECTION_SPRING_JDBC",
        justification = "Table and column names and conditions come from the checked-in TransferInventory, never from input; values are bound as parameters.")
final class Columns {

    /** One column: its JDBC type, the database's name for it, and whether it may be null. */
    record Column(String name, int type, String typeName, boolean nullable) {

        boolean isTimestampWithZone() {
            return type == Types.TIMESTAMP_WITH_TIMEZONE || typeName.toLowerCase(Locale.ROOT).contains("timestamptz")
                    || typeName.toLowerCase(Locale.ROOT).contains("with time zone");
        }
    }

    private final JdbcTemplate jdbc;
    private final Map<String, Map<String, Column>> columns = new HashMap<>();
    private final Map<String, List<String>> primaryKeys = new HashMap<>();

    Columns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The table's columns in their order in the table. */
    Map<String, Column> of(String table) {
        return columns.computeIfAbsent(table, t -> jdbc.query("select * from " + t + " where 1 = 0", rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Column> found = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String name = meta.getColumnName(i).toLowerCase(Locale.ROOT);
                found.put(name, new Column(name, meta.getColumnType(i), meta.getColumnTypeName(i),
                        meta.isNullable(i) != ResultSetMetaData.columnNoNulls));
            }
            return found;
        }));
    }

    List<String> primaryKey(String table) {
        return primaryKeys.computeIfAbsent(table, t -> jdbc.execute((Connection connection) -> {
            DatabaseMetaData meta = connection.getMetaData();
            Map<Integer, String> key = new TreeMap<>();
            for (String name : List.of(t, t.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = meta.getPrimaryKeys(null, null, name)) {
                    while (rs.next()) {
                        key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                if (!key.isEmpty()) {
                    break;
                }
            }
            return new ArrayList<>(key.values());
        }));
    }

    /** All tables of the schema the application uses, lower case. */
    List<String> tables() {
        return jdbc.execute((Connection connection) -> {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                    new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return names;
        });
    }

    static boolean hasId(Map<String, Column> columns) {
        return columns.containsKey("id");
    }

}
