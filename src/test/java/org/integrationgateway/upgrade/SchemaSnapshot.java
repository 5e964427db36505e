package org.integrationgateway.upgrade;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shape of a database schema as {@code information_schema} describes it: every table of the current schema (but
 * Flyway's history) and every column with its type, nullability, default and whether it is an identity. Types are
 * normalised to lower case with their length or precision, e.g. {@code character varying(200)}, {@code numeric(19,2)}.
 */
record SchemaSnapshot(Map<String, Map<String, Column>> tables) {

    /** One column as {@code information_schema.columns} describes it. */
    record Column(String type, boolean nullable, String defaultValue, boolean identity) {

        /** True when an insert that leaves this column out still succeeds. */
        boolean optional() {
            return nullable || defaultValue != null || identity;
        }
    }

    static SchemaSnapshot read(Connection connection) throws SQLException {
        Map<String, Map<String, Column>> tables = new TreeMap<>();
        String sql = """
                select c.table_name, c.column_name, c.data_type, c.character_maximum_length, c.numeric_precision,
                       c.numeric_scale, c.is_nullable, c.column_default, c.is_identity
                from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type in ('BASE TABLE', 'TABLE')
                  and lower(c.table_name) <> 'flyway_schema_history'""";
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String table = rows.getString(1).toLowerCase(Locale.ROOT);
                String column = rows.getString(2).toLowerCase(Locale.ROOT);
                String type = type(rows.getString(3), (Number) rows.getObject(4), (Number) rows.getObject(5),
                        (Number) rows.getObject(6));
                boolean nullable = "YES".equalsIgnoreCase(rows.getString(7));
                String defaultValue = rows.getString(8);
                boolean identity = "YES".equalsIgnoreCase(rows.getString(9))
                        || (defaultValue != null && defaultValue.toLowerCase(Locale.ROOT).startsWith("nextval("));
                tables.computeIfAbsent(table, name -> new TreeMap<>())
                        .put(column, new Column(type, nullable, identity ? null : defaultValue, identity));
            }
        }
        return new SchemaSnapshot(tables);
    }

    private static String type(String dataType, Number length, Number precision, Number scale) {
        String base = dataType.toLowerCase(Locale.ROOT);
        if (base.contains("char") && length != null && length.longValue() < Integer.MAX_VALUE) {
            return base + "(" + length + ")";
        }
        if ((base.equals("numeric") || base.equals("decimal")) && precision != null) {
            return "numeric(" + precision + "," + (scale == null ? 0 : scale) + ")";
        }
        return base;
    }

    /**
     * What a node of the previous release, whose schema is {@code previous}, could no longer do on this schema: a
     * table or column gone, a type it cannot store its values in any more, a nullability tightened, or a column added
     * to one of its tables that its inserts (which do not name it) would violate. Empty when compatible.
     */
    List<String> incompatibilitiesWith(SchemaSnapshot previous) {
        List<String> problems = new ArrayList<>();
        previous.tables.forEach((table, oldColumns) -> {
            Map<String, Column> columns = tables.get(table);
            if (columns == null) {
                problems.add("table " + table + " was dropped or renamed");
                return;
            }
            oldColumns.forEach((name, old) -> {
                Column now = columns.get(name);
                if (now == null) {
                    problems.add("column " + table + "." + name + " was dropped or renamed");
                    return;
                }
                if (!widens(old.type(), now.type())) {
                    problems.add("column " + table + "." + name + " changed type from " + old.type() + " to "
                            + now.type());
                }
                if (old.nullable() && !now.nullable()) {
                    problems.add("column " + table + "." + name + " became not null");
                }
                if ((old.defaultValue() != null || old.identity()) && !now.optional()) {
                    problems.add("column " + table + "." + name + " lost its default");
                }
            });
            columns.forEach((name, added) -> {
                if (!oldColumns.containsKey(name) && !added.optional()) {
                    problems.add("column " + table + "." + name + " was added as not null without a default:"
                            + " inserts of the previous release fail");
                }
            });
        });
        return problems;
    }

    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");

    /** True when every value of type {@code from} fits {@code to} unchanged. */
    static boolean widens(String from, String to) {
        if (from.equals(to)) {
            return true;
        }
        String fromBase = base(from);
        String toBase = base(to);
        if (INTEGERS.contains(fromBase) && INTEGERS.contains(toBase)) {
            return INTEGERS.indexOf(toBase) >= INTEGERS.indexOf(fromBase);
        }
        if (fromBase.equals("character varying") && (toBase.equals("text")
                || toBase.equals("character large object"))) {
            return true;
        }
        if (fromBase.equals(toBase) && fromBase.contains("char")) {
            return size(to)[0] >= size(from)[0];
        }
        if (fromBase.equals("numeric") && toBase.equals("numeric")) {
            long[] old = size(from);
            long[] now = size(to);
            return now[1] >= old[1] && now[0] - now[1] >= old[0] - old[1];
        }
        return false;
    }

    private static String base(String type) {
        int paren = type.indexOf('(');
        return paren < 0 ? type : type.substring(0, paren);
    }

    private static long[] size(String type) {
        int paren = type.indexOf('(');
        if (paren < 0) {
            return new long[] {Long.MAX_VALUE, 0};
        }
        String[] parts = type.substring(paren + 1, type.length() - 1).split(",");
        return new long[] {Long.parseLong(parts[0].strip()), parts.length > 1 ? Long.parseLong(parts[1].strip()) : 0};
    }
}
