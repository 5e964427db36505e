package org.integrationgateway.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A project export with its instance's ids replaced by names that do not depend on the instance: a shared row by
 * its natural key (a person by e-mail), a project row by its table and position in the file; every reference and
 * polymorphic id rewritten to those names. Instance metadata and the values a created row gets by rule (an account
 * is created disabled) are dropped. Two exports of the same project from two instances normalise to equal maps.
 */
final class ExportNormaliser {

    private ExportNormaliser() {
    }

    /** Per table, its normalised rows as sorted JSON texts. */
    static Map<String, List<String>> normalise(JsonNode document) {
        Map<String, Map<Long, String>> names = new HashMap<>();
        Map<String, List<String>> tables = new TreeMap<>();
        for (TableRule rule : TransferInventory.exported()) {
            JsonNode rows = document.path("tables").path(rule.table());
            Map<Long, String> tableNames = names.computeIfAbsent(rule.table(), t -> new HashMap<>());
            List<String> normalised = new ArrayList<>();
            int index = 0;
            for (JsonNode original : rows) {
                ObjectNode row = ((ObjectNode) original).deepCopy();
                rule.references().forEach((column, target) -> {
                    JsonNode value = row.get(column);
                    if (value != null && value.isNumber()) {
                        row.put(column, names.getOrDefault(target, Map.of()).getOrDefault(value.asLong(),
                                "unresolved " + target + " " + value.asLong()));
                    }
                });
                rule.polymorphic().forEach((column, poly) -> {
                    JsonNode value = row.get(column);
                    String target = poly.tables().get(row.path(poly.typeColumn()).asString(""));
                    if (target != null && value != null && !value.isNull()) {
                        String text = value.asString();
                        int colon = text.indexOf(':');
                        String head = colon < 0 ? text : text.substring(0, colon);
                        if (head.matches("\\d+") && names.getOrDefault(target, Map.of()).containsKey(Long.parseLong(head))) {
                            row.put(column, names.get(target).get(Long.parseLong(head)) + (colon < 0 ? "" : text.substring(colon)));
                        }
                    }
                });
                rule.createdWith().keySet().forEach(row::remove);
                if (rule.table().equals("process_template")) {
                    // seeded by a migration on every instance, so matched, and created when that instance was
                    row.remove("created_at");
                }
                if (row.has("id")) {
                    long id = row.get("id").asLong();
                    String name = rule.mode() == TableRule.Mode.MATCH
                            ? rule.table() + "[" + rule.naturalKey().stream().map(k -> row.path(k).asString())
                                    .reduce((a, b) -> a + "/" + b).orElse("") + "]"
                            : rule.table() + "#" + index;
                    tableNames.put(id, name);
                    row.put("id", name);
                }
                normalised.add(row.toString());
                index++;
            }
            normalised.sort(String::compareTo);
            tables.put(rule.table(), normalised);
        }
        return tables;
    }
}
