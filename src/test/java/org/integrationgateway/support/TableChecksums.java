package org.integrationgateway.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A checksum of every row of every table in the application's schema (H2 or PostgreSQL), per table, so that a test
 * can show that a refused request changed nothing. Rows are hashed in a sorted order, so the order the database
 * returns them in does not matter. Meant for the small worlds tests build, not for large databases.
 */
public final class TableChecksums {

    private TableChecksums() {
    }

    /** Table name → SHA-256 of its rows, for every base table of the public schema except {@code excluded}. */
    public static Map<String, String> of(JdbcTemplate jdbc, Set<String> excluded) {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')", String.class);
        Map<String, String> sums = new TreeMap<>();
        for (String table : tables) {
            String name = table.toLowerCase();
            if (excluded.contains(name)) {
                continue;
            }
            List<String> rows = new ArrayList<>();
            jdbc.query("select * from " + name, rs -> {
                int columns = rs.getMetaData().getColumnCount();
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    int type = rs.getMetaData().getColumnType(i);
                    boolean binary = type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY
                            || type == Types.BLOB;
                    byte[] bytes = binary ? rs.getBytes(i) : null;
                    row.append(binary ? (bytes == null ? "null" : HexFormat.of().formatHex(bytes)) : rs.getString(i))
                            .append('\u001f');
                }
                rows.add(row.toString());
            });
            Collections.sort(rows);
            sums.put(name, sha256(String.join("\u001e", rows)));
        }
        return sums;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
