package org.integrationgateway.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.integrationgateway.support.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The round trip across databases: K7 exported from the embedded H2 instance, imported into a PostgreSQL 15
 * instance (embedded, with the PostgreSQL-only migrations, e.g. the write-once acceptance records), exported from
 * there and compared with the first file after normalising ids: the value types survive both databases.
 */
class TransferPostgresTests {

    @Test
    void roundTripFromH2ThroughPostgresGivesTheSameDocument() {
        ObjectNode exportA = TransferRoundTripTests.demoExport();
        DataSource target = new SingleConnectionDataSource(PostgresDatabase.newDatabase(), "postgres", "postgres", true);
        Flyway.configure().dataSource(target).locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .load().migrate();
        JdbcTemplate b = new JdbcTemplate(target);

        ProjectImporter.Result result = new ProjectImporter(b, new DataSourceTransactionManager(target), event -> { })
                .importProject(exportA);
        ObjectNode exportB = new ProjectExporter(b).export(result.projectId(),
                new ProjectExporter.Origin("instance-postgres", "pmo@example.test", OffsetDateTime.now(ZoneOffset.UTC)));

        Map<String, List<String>> fromA = ExportNormaliser.normalise(exportA);
        Map<String, List<String>> fromB = ExportNormaliser.normalise(exportB);
        fromA.forEach((table, rows) -> assertThat(fromB.get(table)).as("table %s", table).isEqualTo(rows));
        assertThat(b.queryForObject("select count(*) from acceptance_record where project = ?", Integer.class,
                result.projectId())).isPositive();
    }
}
