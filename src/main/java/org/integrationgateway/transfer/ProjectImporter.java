package org.integrationgateway.transfer;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.transfer.events.ProjectImported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Imports a project export document into this database, in one transaction: shared rows are matched by their
 * natural key (people and contacts by e-mail, organisations and departments by name, programs by code, process
 * templates by code and revision) or created; every row of the project gets a new id and every reference is
 * rewritten. Anything wrong refuses the whole file and leaves the database as it was.
 */
@SuppressFBWarnings(value = {"SQL_INJECTION_JDBC", "SQL_INJECTION_SPRING_JDBC"},
        justification = "Table and column names and conditions come from the checked-in TransferInventory, never from input; values are bound as parameters.")
final class ProjectImporter {

    /** What an import did: the new project and, per table, rows created and shared rows matched. */
    record Result(long projectId, String code, Map<String, Integer> created, Map<String, Integer> matched) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Columns columns;
    private final ApplicationEventPublisher events;

    ProjectImporter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.columns = new Columns(jdbc);
        this.events = events;
    }

    /** Refuses a document that is not a project export of a format version this release reads (422). */
    static void checkFormat(JsonNode document) {
        if (document == null || !document.isObject()
                || !ProjectExporter.FORMAT.equals(document.path("format").asString(""))) {
            throw new RuleViolationException("transfer-format", "file",
                    "This file is not an Integration Gateway project export (format \"" + ProjectExporter.FORMAT + "\").");
        }
        JsonNode version = document.path("formatVersion");
        if (!version.isIntegralNumber() || version.asInt() != ProjectExporter.FORMAT_VERSION) {
            throw new RuleViolationException("transfer-format-version", "file",
                    "This file has format version " + version.asString("?") + "; this instance reads version "
                            + ProjectExporter.FORMAT_VERSION + " only.");
        }
        JsonNode tables = document.path("tables");
        if (!tables.isObject() || !tables.path("project").isArray() || tables.path("project").size() != 1) {
            throw invalid("The file holds no project (its \"tables\".\"project\" must have exactly one row).");
        }
        for (String table : tables.propertyNames()) {
            if (TransferInventory.rule(table).filter(rule -> rule.mode() != TableRule.Mode.EXCLUDED).isEmpty()) {
                throw invalid("The file holds table \"" + table + "\", which this release does not import.");
            }
            if (!tables.get(table).isArray()) {
                throw invalid("The file's table \"" + table + "\" is not a list of rows.");
            }
        }
    }

    Result importProject(JsonNode document) {
        checkFormat(document);
        String code = document.path("tables").path("project").get(0).path("code").asString("");
        try {
            Result result = transaction.execute(status -> {
                Integer taken = jdbc.queryForObject("select count(*) from project where code = ?", Integer.class, code);
                if (taken != null && taken > 0) {
                    throw new ConflictException("transfer-project-exists", "file", "A project with the code " + code
                            + " exists already on this instance; nothing was imported.");
                }
                Result imported = new Run(document.path("tables")).execute(code);
                events.publishEvent(new ProjectImported(imported.projectId(), code,
                        document.path("exportedFrom").path("instance").asString(null),
                        document.path("exportedBy").asString(null), imported.created(), imported.matched()));
                return imported;
            });
            return result;
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("transfer-conflict", "file", "The file clashes with data on this instance "
                    + "(a value that must be unique exists already, or a reference is broken); nothing was imported.");
        }
    }

    private static RuleViolationException invalid(String message) {
        return new RuleViolationException("transfer-invalid", "file", message);
    }

    /** One import: the id maps from the file's ids to the new ones, and the counts. */
    private final class Run {

        private final JsonNode tables;
        private final Map<String, Map<Long, Long>> ids = new HashMap<>();
        private final Map<String, Integer> created = new LinkedHashMap<>();
        private final Map<String, Integer> matched = new LinkedHashMap<>();
        private final List<Runnable> deferred = new ArrayList<>();

        Run(JsonNode tables) {
            this.tables = tables;
        }

        Result execute(String code) {
            for (TableRule rule : TransferInventory.exported()) {
                JsonNode rows = tables.path(rule.table());
                if (rows.isArray()) {
                    for (JsonNode row : rows) {
                        importRow(rule, row);
                    }
                }
            }
            deferred.forEach(Runnable::run);
            long projectId = ids.get("project").values().iterator().next();
            return new Result(projectId, code, created, matched);
        }

        private void importRow(TableRule rule, JsonNode row) {
            if (!row.isObject()) {
                throw invalid("A row of table \"" + rule.table() + "\" is not an object.");
            }
            Map<String, Columns.Column> tableColumns = columns.of(rule.table());
            boolean hasId = Columns.hasId(tableColumns);
            Long oldId = hasId ? row.path("id").isIntegralNumber() ? row.path("id").asLong() : null : null;
            if (hasId && oldId == null) {
                throw invalid("A row of table \"" + rule.table() + "\" has no id.");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, Long> later = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = row.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                Columns.Column column = tableColumns.get(name);
                if (column == null) {
                    throw invalid("Table \"" + rule.table() + "\" has no column \"" + name + "\" on this instance.");
                }
                if (name.equals("id") && hasId || rule.omitted().contains(name)) {
                    continue;
                }
                Object value = convert(rule.table(), column, field.getValue());
                if (value != null && rule.references().containsKey(name)) {
                    long referenced = ((Number) value).longValue();
                    if (rule.isDeferred(name)) {
                        later.put(name, referenced);
                        value = null;
                    } else {
                        value = newId(rule, column, rule.references().get(name), referenced);
                    }
                }
                values.put(name, value);
            }
            rule.polymorphic().forEach((column, poly) -> {
                Object type = values.get(poly.typeColumn());
                Object value = values.get(column);
                if (type != null && value != null && poly.tables().containsKey(String.valueOf(type))) {
                    values.put(column, polymorphicId(poly.tables().get(String.valueOf(type)), value));
                }
            });
            if (rule.mode() == TableRule.Mode.MATCH) {
                Long existing = existing(rule, values, hasId);
                if (existing != null) {
                    if (hasId) {
                        ids.computeIfAbsent(rule.table(), t -> new HashMap<>()).put(oldId, existing);
                    }
                    matched.merge(rule.table(), 1, Integer::sum);
                    return;
                }
                values.putAll(rule.createdWith());
            }
            Long newId = insert(rule.table(), values, hasId);
            if (hasId) {
                ids.computeIfAbsent(rule.table(), t -> new HashMap<>()).put(oldId, newId);
            }
            created.merge(rule.table(), 1, Integer::sum);
            later.forEach((column, referenced) -> deferred.add(() -> {
                Long target = ids.getOrDefault(rule.references().get(column), Map.of()).get(referenced);
                update(rule.table(), column, target, newId);
            }));
        }

        private Object newId(TableRule rule, Columns.Column column, String target, long referenced) {
            Long mapped = ids.getOrDefault(target, Map.of()).get(referenced);
            if (mapped != null) {
                return mapped;
            }
            if (column.nullable()) {
                return null;
            }
            throw invalid("Table \"" + rule.table() + "\" refers in \"" + column.name() + "\" to " + target + " " + referenced
                    + ", which the file does not contain.");
        }

        /** A numeric id, or one whose first part (before ':') is the id, of a row of {@code table}; others unchanged. */
        private Object polymorphicId(String table, Object value) {
            String text = String.valueOf(value);
            int colon = text.indexOf(':');
            String head = colon < 0 ? text : text.substring(0, colon);
            if (!head.matches("\\d{1,18}")) {
                return value;
            }
            Long mapped = ids.getOrDefault(table, Map.of()).get(Long.parseLong(head));
            if (mapped == null) {
                return value;
            }
            String rewritten = mapped + (colon < 0 ? "" : text.substring(colon));
            return value instanceof Number ? (Object) mapped : rewritten;
        }

        private Long existing(TableRule rule, Map<String, Object> values, boolean hasId) {
            List<Object> key = new ArrayList<>();
            for (String column : rule.naturalKey()) {
                Object value = values.get(column);
                if (value == null) {
                    throw invalid("A row of table \"" + rule.table() + "\" has no \"" + column + "\".");
                }
                key.add(value);
            }
            String where = rule.naturalKey().stream().map(c -> c + " = ?").collect(Collectors.joining(" and "));
            if (hasId) {
                List<Long> found = jdbc.queryForList("select id from " + rule.table() + " where " + where, Long.class,
                        key.toArray());
                return found.isEmpty() ? null : found.get(0);
            }
            Integer count = jdbc.queryForObject("select count(*) from " + rule.table() + " where " + where,
                    Integer.class, key.toArray());
            return count != null && count > 0 ? 0L : null;
        }

        private Long insert(String table, Map<String, Object> values, boolean hasId) {
            Map<String, Columns.Column> tableColumns = columns.of(table);
            List<String> names = new ArrayList<>(values.keySet());
            String sql = "insert into " + table + " (" + String.join(", ", names) + ") values ("
                    + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")";
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                PreparedStatement statement = hasId ? connection.prepareStatement(sql, new String[] {"id"})
                        : connection.prepareStatement(sql);
                for (int i = 0; i < names.size(); i++) {
                    bind(statement, i + 1, tableColumns.get(names.get(i)), values.get(names.get(i)));
                }
                return statement;
            }, keys);
            if (!hasId) {
                return null;
            }
            List<Map<String, Object>> generated = keys.getKeyList();
            Object key = generated.isEmpty() ? null : generated.get(0).size() == 1
                    ? generated.get(0).values().iterator().next() : generated.get(0).get("id");
            if (!(key instanceof Number number)) {
                throw new IllegalStateException("The database gave no id for the new row of " + table);
            }
            return number.longValue();
        }

        private void update(String table, String column, Long value, long id) {
            jdbc.update("update " + table + " set " + column + " = ? where id = ?", value, id);
        }
    }

    private static void bind(PreparedStatement statement, int index, Columns.Column column, Object value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, column.type());
        } else {
            statement.setObject(index, value);
        }
    }

    /** The file's value as the Java value for the column, or a refusal naming the table and column. */
    private static Object convert(String table, Columns.Column column, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            if (column.isTimestampWithZone()) {
                return OffsetDateTime.parse(value.asString());
            }
            switch (column.type()) {
                case Types.TIMESTAMP:
                    return LocalDateTime.parse(value.asString());
                case Types.DATE:
                    return LocalDate.parse(value.asString());
                case Types.BIGINT:
                    return requireIntegral(value).longValue();
                case Types.INTEGER, Types.SMALLINT, Types.TINYINT:
                    return requireIntegral(value).intValue();
                case Types.NUMERIC, Types.DECIMAL:
                    if (!value.isNumber()) {
                        throw new IllegalArgumentException("not a number");
                    }
                    return value.decimalValue();
                case Types.BOOLEAN, Types.BIT:
                    if (!value.isBoolean()) {
                        throw new IllegalArgumentException("not a boolean");
                    }
                    return value.booleanValue();
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB:
                    return Base64.getDecoder().decode(value.asString());
                default:
                    if (column.typeName().equalsIgnoreCase("uuid")) {
                        return UUID.fromString(value.asString());
                    }
                    if (!value.isValueNode() || value.isNumber() && !value.isIntegralNumber()) {
                        throw new IllegalArgumentException("not a text");
                    }
                    return value.asString();
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid("Table \"" + table + "\", column \"" + column.name() + "\": the value " + value
                    + " does not fit (" + column.typeName().toLowerCase(java.util.Locale.ROOT) + ").");
        }
    }

    private static Number requireIntegral(JsonNode value) {
        if (!value.isIntegralNumber()) {
            throw new IllegalArgumentException("not an integer");
        }
        return value.numberValue();
    }
}
