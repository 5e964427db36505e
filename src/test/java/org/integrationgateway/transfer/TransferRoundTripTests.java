package org.integrationgateway.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.integrationgateway.demo.DemoOrganisation;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.transfer.events.ProjectImported;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 12 item 6, the round trip: the demo organisation's main project K7 (touching every module) is exported from
 * instance A, imported into instance B (a second, fresh database), exported again from B, and the two files are
 * equal once ids and instance metadata are normalised. Plus the refusals of import, all or nothing. Two embedded
 * H2 databases, no Spring context.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransferRoundTripTests {

    private JdbcTemplate a;
    private long k7;
    private ObjectNode exportA;

    private static DataSource demoSource;
    private static ObjectNode demoExport;

    /** Instance A: the demo organisation plus the rows it lacks, built once per test JVM; and K7's export from it. */
    static synchronized ObjectNode demoExport() {
        if (demoExport == null) {
            DataSource source = database("transfer-a");
            DemoOrganisation.loadInto(source);
            try (Connection connection = source.getConnection()) {
                ScriptUtils.executeSqlScript(connection, new ClassPathResource("transfer/k7-everything.sql"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            JdbcTemplate jdbc = new JdbcTemplate(source);
            long project = jdbc.queryForObject("select id from project where code = 'K7'", Long.class);
            demoExport = new ProjectExporter(jdbc).export(project, origin("instance-a"));
            demoSource = source;
        }
        return demoExport;
    }

    @BeforeAll
    void exportFromA() {
        exportA = demoExport().deepCopy();
        a = new JdbcTemplate(demoSource);
        k7 = a.queryForObject("select id from project where code = 'K7'", Long.class);
    }

    @Test
    void exportsTheProjectWithEverythingAboutItAsOneDocument() {
        assertThat(exportA.path("format").asString()).isEqualTo("integration-gateway/project-export");
        assertThat(exportA.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(exportA.path("exportedFrom").path("instance").asString()).isEqualTo("instance-a");
        assertThat(exportA.path("exportedFrom").path("schemaVersion").asString()).matches("\\d+(\\.\\d+)*");
        assertThat(exportA.path("project").path("code").asString()).isEqualTo("K7");
        List<String> empty = TransferInventory.exported().stream().map(TableRule::table)
                .filter(table -> exportA.path("tables").path(table).isEmpty()).toList();
        assertThat(empty).as("exported tables without rows: the round trip would not check them").isEmpty();
        TransferInventory.exported().forEach(rule -> assertThat(exportA.path("counts").path(rule.table()).asInt())
                .isEqualTo(exportA.path("tables").path(rule.table()).size()));
        assertThat(exportA.path("tables").path("audit_entry").toString()).contains("project-deliverable")
                .doesNotContain("SFF").doesNotContain("DemoOrganisation");
        assertThat(exportA.path("tables").path("change_request").size())
                .isEqualTo(a.queryForObject("select count(*) from change_request where project = ?", Integer.class, k7));
        assertThat(exportA.path("tables").path("user_account").toString()).doesNotContain("password_hash");
        assertThat(exportA.path("tables").path("project").get(0).path("code").asString()).isEqualTo("K7");
        assertThat(exportA.path("tables").path("change_request").toString())
                .as("no change request of another project").doesNotContain("\"project\":" + otherProject());
    }

    @Test
    void roundTripThroughASecondInstanceGivesTheSameDocument() {
        DataSource target = database("transfer-b");
        JdbcTemplate b = new JdbcTemplate(target);
        List<Object> published = new ArrayList<>();
        ProjectImporter.Result result = new ProjectImporter(b, new DataSourceTransactionManager(target), published::add)
                .importProject(exportA);

        assertThat(result.code()).isEqualTo("K7");
        assertThat(published).singleElement().isInstanceOfSatisfying(ProjectImported.class, imported -> {
            assertThat(imported.projectId()).isEqualTo(result.projectId());
            assertThat(imported.code()).isEqualTo("K7");
            assertThat(imported.exportedFrom()).isEqualTo(exportA.path("exportedFrom").path("instance").asString());
            assertThat(imported.created()).isEqualTo(result.created());
        });
        assertThat(result.created().get("change_request")).isEqualTo(exportA.path("tables").path("change_request").size());
        assertThat(result.matched()).containsKey("process_template");
        ObjectNode exportB = new ProjectExporter(b).export(result.projectId(), origin("instance-b"));

        Map<String, List<String>> fromA = ExportNormaliser.normalise(exportA);
        Map<String, List<String>> fromB = ExportNormaliser.normalise(exportB);
        assertThat(fromB.keySet()).isEqualTo(fromA.keySet());
        fromA.forEach((table, rows) -> assertThat(fromB.get(table)).as("table %s", table).isEqualTo(rows));
        assertThat(String.join("", fromA.get("trace_link"))).as("trace links point at the normalised rows")
                .contains("spec_item_revision#").doesNotContain("unresolved");
        assertThat(b.queryForObject("select count(*) from user_account where enabled = true or password_hash is not null",
                Integer.class)).as("accounts created by import are disabled, without password").isZero();
    }

    @Test
    void matchesPeopleAndOrganisationsThatExistByEmailAndName() {
        DataSource target = database("transfer-match");
        JdbcTemplate b = new JdbcTemplate(target);
        b.update("insert into department (name, kind) values ('Programme Office', 'PMO')");
        long department = b.queryForObject("select id from department where name = 'Programme Office'", Long.class);
        String managerEmail = a.queryForObject("select m.email from project p join person m on m.id = p.manager "
                + "where p.id = ?", String.class, k7);
        b.update("insert into person (full_name, email, department) values ('Existing Manager', ?, ?)", managerEmail,
                department);
        long existing = b.queryForObject("select id from person where email = ?", Long.class, managerEmail);
        String customer = a.queryForObject("select c.name from quote q join customer c on c.id = q.customer "
                + "where q.project = ? order by q.id fetch first 1 rows only", String.class, k7);
        b.update("insert into customer (name) values (?)", customer);

        ProjectImporter.Result result = new ProjectImporter(b, new DataSourceTransactionManager(target), event -> { }).importProject(exportA);

        assertThat(b.queryForObject("select manager from project where id = ?", Long.class, result.projectId()))
                .isEqualTo(existing);
        assertThat(b.queryForObject("select full_name from person where id = ?", String.class, existing))
                .as("a matched person keeps this instance's data").isEqualTo("Existing Manager");
        assertThat(b.queryForObject("select count(*) from customer where name = ?", Integer.class, customer)).isEqualTo(1);
        assertThat(result.matched().get("person")).isEqualTo(1);
        assertThat(result.created().get("person")).isEqualTo(exportA.path("tables").path("person").size() - 1);
    }

    @Test
    void refusesAProjectCodeThatExists() {
        JdbcTemplate source = a;
        int before = source.queryForObject("select count(*) from change_request", Integer.class);
        assertThatThrownBy(() -> importer(source).importProject(exportA))
                .isInstanceOf(ConflictException.class).hasMessageContaining("K7");
        assertThat(source.queryForObject("select count(*) from change_request", Integer.class)).isEqualTo(before);
    }

    @Test
    void refusesAnotherFormatOrVersion() {
        ObjectNode otherFormat = exportA.deepCopy();
        otherFormat.put("format", "someone-else/project");
        ObjectNode newerVersion = exportA.deepCopy();
        newerVersion.put("formatVersion", 2);
        ObjectNode unknownTable = renamed("K7X");
        ((ObjectNode) unknownTable.get("tables")).putArray("no_such_table");

        assertThatThrownBy(() -> importer(a).importProject(otherFormat)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not an Integration Gateway project export");
        assertThatThrownBy(() -> importer(a).importProject(newerVersion)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("format version 2");
        assertThatThrownBy(() -> importer(a).importProject(unknownTable)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("no_such_table");
    }

    @Test
    void aBrokenRowRefusesTheWholeFile() {
        ObjectNode broken = renamed("K7BRK");
        JsonNode comments = broken.path("tables").path("discussion_comment");
        ((ObjectNode) comments.get(comments.size() - 1)).put("created_at", "not a time");
        int projects = a.queryForObject("select count(*) from project", Integer.class);
        int requests = a.queryForObject("select count(*) from change_request", Integer.class);

        assertThatThrownBy(() -> importer(a).importProject(broken)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("discussion_comment").hasMessageContaining("created_at");
        assertThat(a.queryForObject("select count(*) from project", Integer.class)).isEqualTo(projects);
        assertThat(a.queryForObject("select count(*) from change_request", Integer.class)).isEqualTo(requests);
    }

    @Test
    void importsACopyUnderAnotherCodeIntoTheSameInstance() {
        ObjectNode copy = renamed("K7COPY");
        ProjectImporter.Result result = importer(a).importProject(copy);
        assertThat(result.matched().get("person")).isEqualTo(exportA.path("tables").path("person").size());
        assertThat(result.created()).doesNotContainKey("person");
        assertThat(a.queryForObject("select count(*) from change_request where project = ?", Integer.class,
                result.projectId())).isEqualTo(exportA.path("tables").path("change_request").size());
    }

    private ObjectNode renamed(String code) {
        ObjectNode copy = exportA.deepCopy();
        ((ObjectNode) copy.path("tables").path("project").get(0)).put("code", code);
        // meetings carry a calendar UID that is unique per instance
        copy.path("tables").path("meeting").forEach(m -> ((ObjectNode) m).put("ical_uid",
                code + "-" + m.path("ical_uid").asString()));
        return copy;
    }

    private long otherProject() {
        return a.queryForObject("select id from project where code = 'SFF'", Long.class);
    }

    private static ProjectImporter importer(JdbcTemplate jdbc) {
        return new ProjectImporter(jdbc, new DataSourceTransactionManager(jdbc.getDataSource()), event -> { });
    }

    private static ProjectExporter.Origin origin(String instance) {
        return new ProjectExporter.Origin(instance, "pmo@example.test", OffsetDateTime.now(ZoneOffset.UTC));
    }

    static DataSource database(String name) {
        // one connection kept open: H2 ties check constraints to the session that created them
        DataSource dataSource = new SingleConnectionDataSource("jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1", "sa", "", true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }
}
