package org.integrationgateway.transfer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the transfer does with one table: {@link Mode#COPY} its rows of the project (selected by {@link #selector()},
 * an SQL condition whose every {@code ?} is the project's id), {@link Mode#MATCH} shared rows (people, organisations,
 * templates) by a natural key on import, or {@link Mode#EXCLUDED} with a reason. References name the table a column
 * points to, so that import can rewrite them to the new ids.
 */
final class TableRule {

    enum Mode { COPY, MATCH, EXCLUDED }

    /** A column whose id points into a table chosen by the value of another column (e.g. a trace link's end). */
    record Polymorphic(String typeColumn, Map<String, String> tables) {
    }

    private final String table;
    private final Mode mode;
    private final String selector;
    private final String reason;
    private final Map<String, String> references = new LinkedHashMap<>();
    private final Set<String> deferred = new LinkedHashSet<>();
    private final Map<String, Polymorphic> polymorphic = new LinkedHashMap<>();
    private final Set<String> omitted = new LinkedHashSet<>();
    private final Map<String, Object> createdWith = new LinkedHashMap<>();
    private List<String> naturalKey = List.of();

    private TableRule(String table, Mode mode, String selector, String reason) {
        this.table = table;
        this.mode = mode;
        this.selector = selector;
        this.reason = reason;
    }

    /** Rows of the project, copied with new ids. */
    static TableRule copy(String table, String selector) {
        return new TableRule(table, Mode.COPY, selector, null);
    }

    /** Shared rows, exported when the project's rows refer to them, matched on import by {@code naturalKey}. */
    static TableRule match(String table, String... naturalKey) {
        TableRule rule = new TableRule(table, Mode.MATCH, null, null);
        rule.naturalKey = List.of(naturalKey);
        return rule;
    }

    /** Shared rows selected with the project (e.g. its process template's stages), matched on import. */
    static TableRule matchSelected(String table, String selector, String... naturalKey) {
        TableRule rule = new TableRule(table, Mode.MATCH, selector, null);
        rule.naturalKey = List.of(naturalKey);
        return rule;
    }

    static TableRule excluded(String table, String reason) {
        return new TableRule(table, Mode.EXCLUDED, null, reason);
    }

    TableRule ref(String column, String target) {
        references.put(column, target);
        return this;
    }

    /** A reference to a row inserted later (a cycle): written as null first, set once every row is in. */
    TableRule deferredRef(String column, String target) {
        references.put(column, target);
        deferred.add(column);
        return this;
    }

    TableRule poly(String column, String typeColumn, Map<String, String> tables) {
        polymorphic.put(column, new Polymorphic(typeColumn, Map.copyOf(tables)));
        return this;
    }

    /** A column never written to the file (a secret). */
    TableRule omit(String column) {
        omitted.add(column);
        return this;
    }

    /** A value a row created by import gets instead of the file's (e.g. an account is created disabled). */
    TableRule createdWith(String column, Object value) {
        createdWith.put(column, value);
        return this;
    }

    String table() {
        return table;
    }

    Mode mode() {
        return mode;
    }

    String selector() {
        return selector;
    }

    String reason() {
        return reason;
    }

    Map<String, String> references() {
        return Collections.unmodifiableMap(references);
    }

    boolean isDeferred(String column) {
        return deferred.contains(column);
    }

    Map<String, Polymorphic> polymorphic() {
        return Collections.unmodifiableMap(polymorphic);
    }

    Set<String> omitted() {
        return Collections.unmodifiableSet(omitted);
    }

    Map<String, Object> createdWith() {
        return Collections.unmodifiableMap(createdWith);
    }

    List<String> naturalKey() {
        return naturalKey;
    }

    int parameterCount() {
        return selector == null ? 0 : (int) selector.chars().filter(c -> c == '?').count();
    }
}
