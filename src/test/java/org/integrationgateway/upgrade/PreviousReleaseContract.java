package org.integrationgateway.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.integrationgateway.IntegrationGatewayApplication;
import org.integrationgateway.demo.DemoOrganisation;
import org.integrationgateway.identity.ApiTokenManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12 item 3, "the previous release's schema against the current code", on one database (H2 and PostgreSQL
 * subclasses). A database is migrated to the previous release's last migration only (Flyway {@code target}) and
 * filled with that release's data; then the current application starts on it, migrates it to the current version
 * and reads and writes that data. The upgraded schema must keep everything the previous release relied on
 * ({@link SchemaSnapshot#incompatibilitiesWith}), and the previous release's inserts must still succeed on the
 * current schema, so that its nodes keep working during a rolling upgrade. With {@code -Dupgrade.record=<release>}
 * the current schema is first recorded as that release ({@code docs/upgrades.md}, cutting a release).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PreviousReleaseContract {

    private ReleaseRecord previous;
    private String url;
    private ConfigurableApplicationContext application;
    private JdbcTemplate jdbc;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, SingleConnectionDataSource> connections = new HashMap<>();

    /** An empty database of this kind, as a JDBC URL. */
    abstract String newDatabase();

    /** The database's name in the release record: {@code PostgreSQL} or {@code H2}. */
    abstract String databaseName();

    /** Flyway's vendor directory for this database ({@code postgresql}, {@code h2}). */
    abstract String vendor();

    abstract String user();

    abstract String password();

    @BeforeAll
    void upgradeAPreviousReleaseDatabase() throws SQLException {
        String recording = System.getProperty("upgrade.record");
        if (recording != null && !recording.isBlank()) {
            recordCurrentSchemaAs(recording.strip());
        }
        previous = ReleaseRecord.previous();
        url = newDatabase();
        flyway(url).target(previous.lastMigration()).load().migrate();
        load(url, previous.dataScript());
        application = new SpringApplicationBuilder(IntegrationGatewayApplication.class).profiles("test").run(
                "--server.port=0", "--server.address=127.0.0.1", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user(), "--spring.datasource.password=" + password(),
                "--gateway.demo.enabled=false", "--gateway.stream.node-id=upgrade-" + vendor(),
                "--spring.lifecycle.timeout-per-shutdown-phase=5s");
        jdbc = application.getBean(JdbcTemplate.class);
    }

    @AfterAll
    void stop() {
        if (application != null) {
            application.close();
        }
        connections.values().forEach(SingleConnectionDataSource::destroy);
    }

    @Test
    void theApplicationMigratesThePreviousReleasesDatabaseToTheCurrentVersion() {
        List<Migrations.Script> scripts = Migrations.onClassPath();
        String current = scripts.get(scripts.size() - 1).version();
        List<String> applied = jdbc.queryForList(
                "select version from flyway_schema_history where success and version is not null", String.class);
        assertThat(applied).contains(previous.lastMigration(), current);
        assertThat(applied.stream().filter(v -> Migrations.compareVersions(v, previous.lastMigration()) > 0))
                .as("migrations applied at the upgrade").containsExactlyInAnyOrderElementsOf(scripts.stream()
                        .map(Migrations.Script::version)
                        .filter(v -> Migrations.compareVersions(v, previous.lastMigration()) > 0).distinct().toList());
    }

    @Test
    void theCurrentCodeReadsAndWritesThePreviousReleasesData() throws Exception {
        Map<String, Object> project = jdbc.queryForMap("""
                select p.id, p.code, a.id as account from project p join person m on m.id = p.manager
                join user_account a on a.id = m.user_account where p.status = 'ACTIVE' order by p.code
                fetch first 1 rows only""");
        String token = application.getBean(ApiTokenManagement.class)
                .create(((Number) project.get("account")).longValue(), "upgrade", null).secret();

        HttpResponse<String> projects = call(token, "GET", "/api/projects?size=100", null);
        assertThat(projects.statusCode()).as(projects.body()).isEqualTo(200);
        assertThat(projects.body()).contains("\"code\":\"" + project.get("code") + "\"");

        long projectId = ((Number) project.get("id")).longValue();
        HttpResponse<String> raised = call(token, "POST", "/api/projects/" + projectId + "/change-requests",
                "{\"title\":\"Raised after the upgrade\",\"description\":\"Written by the current code\","
                        + "\"origin\":\"INTERNAL\"}");
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        String location = raised.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> read = call(token, "GET", URI.create(location).getPath(), null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("Raised after the upgrade");

        HttpResponse<String> existing = call(token, "GET", "/api/projects/" + projectId + "/change-requests", null);
        assertThat(existing.statusCode()).as(existing.body()).isEqualTo(200);
    }

    @Test
    void theCurrentSchemaKeepsEverythingThePreviousReleaseRelies() throws SQLException {
        SchemaSnapshot current;
        try (Connection connection = application.getBean(DataSource.class).getConnection()) {
            current = SchemaSnapshot.read(connection);
        }
        assertThat(current.incompatibilitiesWith(previous.schema(databaseName())))
                .as("changes that break nodes of release %s (docs/upgrades.md)", previous.release()).isEmpty();
    }

    @Test
    void thePreviousReleasesInsertsStillSucceedOnTheCurrentSchema() {
        String fresh = newDatabase();
        flyway(fresh).load().migrate();
        load(fresh, previous.dataScript());
        JdbcTemplate database = new JdbcTemplate(dataSource(fresh));
        assertThat(database.queryForObject("select count(*) from project", Integer.class)).isPositive();
    }

    // ---- helpers --------------------------------------------------------------------------------------------------------

    private void recordCurrentSchemaAs(String release) throws SQLException {
        String fresh = newDatabase();
        flyway(fresh).load().migrate();
        try (Connection connection = dataSource(fresh).getConnection()) {
            String demo;
            try {
                demo = new ClassPathResource("demo/kestrel.sql").getContentAsString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            ReleaseRecord.record(release, databaseName(), SchemaSnapshot.read(connection), Migrations.onClassPath(),
                    demo);
        }
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway(String database) {
        return Flyway.configure().dataSource(dataSource(database))
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor());
    }

    /**
     * One connection per database, kept open until the end: an H2 in-memory database's check constraints keep the
     * session that created them, and fail once it is closed.
     */
    private DataSource dataSource(String database) {
        return connections.computeIfAbsent(database, url -> {
            SingleConnectionDataSource single = new SingleConnectionDataSource(url, user(), password(), true);
            single.setAutoCommit(true);
            return single;
        });
    }

    /** Runs a release's data script the way its demo loader did: named parameters, one transaction. */
    private void load(String database, String script) {
        DataSource dataSource = dataSource(database);
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(dataSource);
        Map<String, Object> parameters = parameters();
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
            for (String statement : DemoOrganisation.statements(script)) {
                named.update(statement, parameters);
            }
            for (Map<String, Object> quote : named.getJdbcTemplate().queryForList(
                    "select id, accepted_terms from quote where accepted_terms_hash = 'pending'")) {
                String hash = sha256((String) quote.get("accepted_terms"));
                named.getJdbcTemplate().update("update quote set accepted_terms_hash = ? where id = ?", hash,
                        quote.get("id"));
                named.getJdbcTemplate().update("update sales_order set accepted_terms_hash = ? where quote = ?", hash,
                        quote.get("id"));
            }
        });
    }

    private static Map<String, Object> parameters() {
        Clock clock = Clock.systemUTC();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("password_hash", PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("kestrel-demo"));
        parameters.put("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        LocalDate monthStart = LocalDate.now(clock).withDayOfMonth(1);
        for (int offset = -24; offset <= 24; offset++) {
            String suffix = (offset < 0 ? "minus_" : "plus_") + Math.abs(offset);
            LocalDate start = monthStart.plusMonths(offset);
            parameters.put("start_" + suffix, start);
            parameters.put("end_" + suffix, start.plusMonths(1).minusDays(1));
        }
        return parameters;
    }

    /** Statements at semicolons outside string literals, without {@code --} comments. */

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private HttpResponse<String> call(String token, String method, String path, String json)
            throws IOException, InterruptedException {
        String port = application.getEnvironment().getProperty("local.server.port");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
