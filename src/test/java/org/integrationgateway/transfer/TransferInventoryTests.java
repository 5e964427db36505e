package org.integrationgateway.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The export cannot silently fall behind the schema: every table of the migrated schema is in the transfer inventory
 * (exported, or excluded with a reason), and every foreign key of an exported table is declared as a reference, so
 * that import rewrites it to the new id.
 */
class TransferInventoryTests {

    private final JdbcTemplate jdbc = new JdbcTemplate(TransferRoundTripTests.database("transfer-inventory"));

    @Test
    void everyTableOfTheSchemaIsExportedOrExcludedWithAReason() {
        Set<String> schema = new TreeSet<>(new Columns(jdbc).tables());
        Set<String> inventory = new TreeSet<>();
        TransferInventory.RULES.forEach(rule -> inventory.add(rule.table()));

        assertThat(schema).hasSizeGreaterThan(80);
        assertThat(inventory).as("tables of the schema missing from TransferInventory: export them or exclude them "
                + "with a reason").containsAll(schema);
        assertThat(schema).as("tables in TransferInventory that the schema does not have").containsAll(inventory);
        assertThat(TransferInventory.RULES).hasSize(inventory.size());
        TransferInventory.RULES.stream().filter(rule -> rule.mode() == TableRule.Mode.EXCLUDED)
                .forEach(rule -> assertThat(rule.reason()).as("reason for %s", rule.table()).isNotBlank());
    }

    @Test
    void everyForeignKeyOfAnExportedTableIsADeclaredReference() {
        List<Map<String, Object>> keys = jdbc.queryForList("""
                select k.table_name as source, k.column_name as column_name, t.table_name as target
                from information_schema.referential_constraints r
                join information_schema.key_column_usage k on k.constraint_name = r.constraint_name
                     and k.constraint_schema = r.constraint_schema
                join information_schema.key_column_usage t on t.constraint_name = r.unique_constraint_name
                     and t.constraint_schema = r.unique_constraint_schema
                     and t.ordinal_position = k.position_in_unique_constraint""");
        assertThat(keys).hasSizeGreaterThan(50);
        List<String> undeclared = new ArrayList<>();
        for (Map<String, Object> key : keys) {
            String source = lower(key.get("source"));
            TableRule rule = TransferInventory.rule(source).orElseThrow();
            if (rule.mode() != TableRule.Mode.EXCLUDED
                    && !lower(key.get("target")).equals(rule.references().get(lower(key.get("column_name"))))) {
                undeclared.add(source + "." + lower(key.get("column_name")) + " -> " + lower(key.get("target")));
            }
        }
        assertThat(undeclared).as("foreign keys of exported tables not declared in TransferInventory").isEmpty();
    }

    @Test
    void everyDeclaredColumnExistsAndEveryReferenceIsExportedInAnEarlierTableOrExcluded() {
        Columns columns = new Columns(jdbc);
        List<String> seen = new ArrayList<>();
        for (TableRule rule : TransferInventory.exported()) {
            Set<String> names = columns.of(rule.table()).keySet();
            assertThat(names).as("columns of %s", rule.table()).containsAll(rule.references().keySet())
                    .containsAll(rule.polymorphic().keySet()).containsAll(rule.naturalKey()).containsAll(rule.omitted());
            rule.references().forEach((column, target) -> {
                TableRule referenced = TransferInventory.rule(target).orElseThrow();
                if (referenced.mode() != TableRule.Mode.EXCLUDED && !rule.isDeferred(column)) {
                    assertThat(seen).as("%s.%s refers to %s, which must come earlier", rule.table(), column, target)
                            .contains(target);
                }
            });
            seen.add(rule.table());
        }
    }

    private static String lower(Object value) {
        return String.valueOf(value).toLowerCase(Locale.ROOT);
    }
}
