package org.integrationgateway.transfer;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.integrationgateway.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes one project, with everything the {@link TransferInventory} exports, as a project export document
 * ({@code docs/export-format.md}). It reads the tables directly, in one read-only pass of the caller's transaction.
 */
@SuppressFBWarnings(value = "SQL_INJECTION_SPRING_JDBC",
        justification = "Table and column names and conditions come from the checked-in TransferInventory, never from input; values are bound as parameters.")
final class ProjectExporter {

    static final String FORMAT = "integration-gateway/project-export";
    static final int FORMAT_VERSION = 1;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JdbcTemplate jdbc;
    private final Columns columns;

    ProjectExporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.columns = new Columns(jdbc);
    }

    /** Who exports, from which instance and when: the document's metadata. */
    record Origin(String instance, String exportedBy, OffsetDateTime exportedAt) {
    }

    ObjectNode export(long projectId, Origin origin) {
        List<Map<String, Object>> project = jdbc.queryForList("select code, name from project where id = ?", projectId);
        if (project.isEmpty()) {
            throw new NotFoundException("Project", projectId);
        }
        Map<String, List<ObjectNode>> rows = new LinkedHashMap<>();
        for (TableRule rule : TransferInventory.exported()) {
            if (rule.selector() != null) {
                rows.put(rule.table(), select(rule, rule.selector(), repeat(projectId, rule.parameterCount())));
            }
        }
        addReferencedSharedRows(rows);

        ObjectNode document = JSON.objectNode();
        document.put("format", FORMAT);
        document.put("formatVersion", FORMAT_VERSION);
        document.put("exportedAt", origin.exportedAt().withOffsetSameInstant(ZoneOffset.UTC).toString());
        document.put("exportedBy", origin.exportedBy());
        ObjectNode from = document.putObject("exportedFrom");
        from.put("instance", origin.instance());
        from.put("schemaVersion", schemaVersion());
        ObjectNode summary = document.putObject("project");
        summary.put("id", projectId);
        summary.put("code", String.valueOf(project.get(0).get("code")));
        summary.put("name", String.valueOf(project.get(0).get("name")));
        ObjectNode counts = document.putObject("counts");
        ObjectNode tables = document.putObject("tables");
        for (TableRule rule : TransferInventory.exported()) {
            List<ObjectNode> tableRows = rows.getOrDefault(rule.table(), List.of());
            counts.put(rule.table(), tableRows.size());
            ArrayNode array = tables.putArray(rule.table());
            tableRows.forEach(array::add);
        }
        return document;
    }

    /**
     * Shared rows (people, departments, organisations, accounts) that exported rows refer to, and what those refer to
     * in turn, until nothing new is referenced.
     */
    private void addReferencedSharedRows(Map<String, List<ObjectNode>> rows) {
        boolean added = true;
        while (added) {
            added = false;
            for (TableRule rule : TransferInventory.exported()) {
                if (rule.mode() != TableRule.Mode.MATCH || rule.selector() != null) {
                    continue;
                }
                Set<Long> wanted = referencedIds(rows, rule.table());
                List<ObjectNode> have = rows.computeIfAbsent(rule.table(), t -> new ArrayList<>());
                have.forEach(row -> wanted.remove(row.get("id").asLong()));
                if (!wanted.isEmpty()) {
                    String in = wanted.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
                    have.addAll(select(rule, "id in (" + in + ")", new Object[0]));
                    have.sort((a, b) -> Long.compare(a.get("id").asLong(), b.get("id").asLong()));
                    added = true;
                }
            }
        }
    }

    private static Set<Long> referencedIds(Map<String, List<ObjectNode>> rows, String target) {
        Set<Long> ids = new LinkedHashSet<>();
        for (TableRule rule : TransferInventory.exported()) {
            List<String> pointing = rule.references().entrySet().stream().filter(e -> e.getValue().equals(target))
                    .map(Map.Entry::getKey).toList();
            for (ObjectNode row : rows.getOrDefault(rule.table(), List.of())) {
                for (String column : pointing) {
                    JsonNode value = row.get(column);
                    if (value != null && value.isNumber()) {
                        ids.add(value.asLong());
                    }
                }
            }
        }
        return ids;
    }

    private List<ObjectNode> select(TableRule rule, String condition, Object[] parameters) {
        Map<String, Columns.Column> tableColumns = columns.of(rule.table());
        List<String> key = columns.primaryKey(rule.table());
        String orderBy = key.isEmpty() ? "" : " order by " + String.join(", ", key);
        String sql = "select * from " + rule.table() + " where " + condition + orderBy;
        return jdbc.query(sql, (rs, n) -> {
            ObjectNode row = JSON.objectNode();
            int index = 0;
            for (Columns.Column column : tableColumns.values()) {
                index++;
                if (!rule.omitted().contains(column.name())) {
                    row.set(column.name(), value(rs, index, column));
                }
            }
            return row;
        }, parameters);
    }

    static JsonNode value(ResultSet rs, int index, Columns.Column column) throws SQLException {
        if (rs.getObject(index) == null) {
            return JSON.nullNode();
        }
        if (column.isTimestampWithZone()) {
            return JSON.textNode(rs.getObject(index, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC).toString());
        }
        switch (column.type()) {
            case Types.TIMESTAMP:
                return JSON.textNode(rs.getObject(index, LocalDateTime.class).toString());
            case Types.DATE:
                return JSON.textNode(rs.getObject(index, LocalDate.class).toString());
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT:
                return JSON.numberNode(rs.getLong(index));
            case Types.NUMERIC, Types.DECIMAL:
                BigDecimal decimal = rs.getBigDecimal(index);
                return JSON.numberNode(decimal);
            case Types.BOOLEAN, Types.BIT:
                return JSON.booleanNode(rs.getBoolean(index));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB:
                return JSON.textNode(Base64.getEncoder().encodeToString(rs.getBytes(index)));
            default:
                return JSON.textNode(rs.getString(index));
        }
    }

    private String schemaVersion() {
        List<String> versions = jdbc.queryForList("select version from flyway_schema_history where success = true "
                + "and version is not null order by installed_rank desc", String.class);
        return versions.isEmpty() ? "unknown" : versions.get(0);
    }

    private static Object[] repeat(long projectId, int times) {
        return Collections.nCopies(times, (Object) projectId).toArray();
    }
}
