package org.integrationgateway.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fingerprint of every application table of the H2 test database: per table the row count and the sum of a hash
 * of each row (every column, in order), read by one query built from {@code information_schema}. Two equal
 * fingerprints mean no row was added, removed or changed. HTTP sessions, the migration history and the leases of
 * scheduled work ({@code cluster_lock}, taken and released by timers whatever the requests do) are left out: none
 * is business data.
 */
final class DatabaseChecksum {

    private static final Set<String> IGNORED = Set.of("flyway_schema_history", "cluster_lock", "spring_session",
            "spring_session_attributes");

    private final JdbcTemplate jdbc;
    private final Map<String, String> queries = new LinkedHashMap<>();
    private final Map<String, Long> modifications = new LinkedHashMap<>();
    private final Map<String, String> fingerprints = new LinkedHashMap<>();

    DatabaseChecksum(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        Map<String, List<String>> columns = new LinkedHashMap<>();
        jdbc.query("select c.table_name, c.column_name from information_schema.columns c "
                        + "join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name "
                        + "where c.table_schema = 'public' and t.table_type = 'BASE TABLE' "
                        + "order by c.table_name, c.ordinal_position",
                row -> {
                    String table = row.getString(1).toLowerCase();
                    if (!IGNORED.contains(table)) {
                        columns.computeIfAbsent(table, t -> new ArrayList<>()).add(row.getString(2).toLowerCase());
                    }
                });
        if (columns.size() < 20) {
            throw new IllegalStateException("Expected the application's tables, found " + columns.keySet());
        }
        columns.forEach((table, names) -> queries.put(table, "select count(*), coalesce(sum(cast(ora_hash("
                + names.stream().map(c -> "coalesce(cast(\"" + c + "\" as varchar), '~')")
                        .collect(Collectors.joining(" || '|' || "))
                + ") as bigint)), 0) from \"" + table + "\""));
    }

    /**
     * Table name → "rows:hash". H2 counts the modifications of each table; a table whose count has not moved since
     * the last fingerprint keeps it, the others are hashed again, so a fingerprint costs one query plus one per
     * table that was written to.
     */
    Map<String, String> take() {
        Map<String, Long> now = new LinkedHashMap<>();
        jdbc.query("select lower(table_name), last_modification from information_schema.tables "
                + "where table_schema = 'public'", row -> {
            now.put(row.getString(1), row.getLong(2));
        });
        queries.forEach((table, query) -> {
            if (!fingerprints.containsKey(table) || !Objects.equals(now.get(table), modifications.get(table))) {
                fingerprints.put(table, jdbc.queryForObject(query, (row, n) -> row.getLong(1) + ":" + row.getLong(2)));
                modifications.put(table, now.get(table));
            }
        });
        return new LinkedHashMap<>(fingerprints);
    }

    /** The tables whose fingerprint differs, empty when none does. */
    static List<String> differences(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(table -> !Objects.equals(before.get(table), after.get(table)))
                .toList();
    }
}
