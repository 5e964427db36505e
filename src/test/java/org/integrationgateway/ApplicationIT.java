package org.integrationgateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application on a random port, spoken to over real HTTP as a browser or a monitoring system would:
 * health probes, the OpenAPI document, form sign-in with CSRF and the session cookie, Prometheus metrics for
 * administrators only, sign-out, and a fully migrated schema. Subclasses choose the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.org.springframework.security=DEBUG")
@Import(TestUsers.class)
@ExtendWith(OutputCaptureExtension.class)
abstract class ApplicationIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("^SESSION=([^;]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired Flyway flyway;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The database product name the subclass runs on, as JDBC reports it. */
    abstract String expectedDatabase();

    /** Its Flyway vendor folder under {@code db/vendor}, whose migrations run besides the common ones. */
    abstract String expectedVendor();

    @Test
    void runsOnTheExpectedDatabaseWithEveryMigrationApplied() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        }
        var resolver = new PathMatchingResourcePatternResolver();
        int migrationFiles = resolver.getResources("classpath:db/migration/*.sql").length
                + resolver.getResources("classpath:db/vendor/" + expectedVendor() + "/*.sql").length;
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).hasSize(migrationFiles);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = true and type = 'SQL'", Integer.class))
                .isEqualTo(migrationFiles);
        assertThat(jdbc.queryForObject("select count(*) from event_publication", Integer.class)).isNotNull();
    }

    @Test
    void reportsHealthLivenessAndReadinessToAnyone() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).path("status").asString()).as(path).isEqualTo("UP");
        }
    }

    @Test
    void servesEveryStylesheetAndScriptThePagesLinkTo() throws Exception {
        HttpResponse<String> page = get("/login", null);
        Matcher assets = ASSET.matcher(page.body());
        int count = 0;
        while (assets.find()) {
            count++;
            HttpResponse<String> asset = get(assets.group(1), null);
            assertThat(asset.statusCode()).as(assets.group(1)).isEqualTo(200);
            assertThat(asset.body()).as(assets.group(1)).isNotBlank();
        }
        assertThat(count).as("stylesheets and scripts in the layout").isGreaterThanOrEqualTo(4);
    }

    @Test
    void publishesAnOpenApi31Document() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.path("openapi").asString()).startsWith("3.1");
        assertThat(document.path("paths").has("/api/admin/audit")).isTrue();
        assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
        Map<String, String> changeControl = new LinkedHashMap<>();
        changeControl.put("/api/projects/{projectId}/change-requests", "get,post");
        changeControl.put("/api/projects/{projectId}/change-requests.csv", "get");
        changeControl.put("/api/projects/{projectId}/change-requests/counts", "get");
        changeControl.put("/api/change-requests/{id}", "get,put");
        for (String step : new String[] {"submit", "start-assessment", "complete-assessment", "votes", "decision",
                "implement", "verify", "close", "withdraw"}) {
            changeControl.put("/api/change-requests/{id}/" + step, "post");
        }
        changeControl.put("/api/change-requests/{id}/assessment", "put");
        changeControl.put("/api/me/change-decisions", "get");
        changeControl.put("/api/projects/{projectId}/change-board", "get,put");
        changeControl.put("/api/projects/{projectId}/change-envelope", "get,put");
        changeControl.put("/api/gate-reviews/{reviewId}/change-requests", "get");
        changeControl.put("/api/gate-reviews/{reviewId}/change-decisions", "post");
        changeControl.forEach((path, methods) -> {
            for (String method : methods.split(",")) {
                assertThat(document.path("paths").path(path).has(method)).as(method + " " + path).isTrue();
            }
        });
        Map<String, String> specs = new LinkedHashMap<>();
        specs.put("/api/projects/{projectId}/spec-items", "get,post");
        specs.put("/api/spec-items/{id}", "get,put");
        specs.put("/api/spec-items/{id}/revisions", "get");
        specs.put("/api/spec-items/{id}/revisions/{revision}", "get");
        specs.put("/api/spec-items/{id}/compare", "get");
        specs.put("/api/projects/{projectId}/baselines", "get,post");
        specs.put("/api/baselines/{id}", "get");
        specs.put("/api/baselines/compare", "get");
        specs.put("/api/projects/{projectId}/variants", "get,post");
        specs.put("/api/variants/{id}", "get");
        specs.put("/api/variants/{id}/delivered", "get");
        specs.put("/api/variants/{id}/overrides/{itemKey}", "put,delete");
        specs.put("/api/variants/{id}/overrides/{itemKey}/resolve", "post");
        specs.put("/api/variants/{id}/carry-forward", "post");
        specs.put("/api/change-requests/{id}/implementation", "post");
        specs.put("/api/trace", "get");
        specs.put("/api/projects/{projectId}/suspect-links", "get");
        specs.put("/api/trace-links/{id}/review", "post");
        specs.forEach((path, methods) -> {
            for (String method : methods.split(",")) {
                assertThat(document.path("paths").path(path).has(method)).as(method + " " + path).isTrue();
            }
        });
        Map<String, String> acceptance = new LinkedHashMap<>();
        acceptance.put("/api/projects/{id}/acceptance-tasks", "get,post");
        acceptance.put("/api/projects/{id}/acceptances", "get");
        acceptance.put("/api/acceptance/tasks/{id}", "get");
        acceptance.put("/api/acceptance/tasks/{id}/cancel", "post");
        acceptance.put("/api/acceptance/records/{id}", "get");
        acceptance.put("/api/acceptance/records/{id}/verification", "get");
        acceptance.put("/api/acceptance/records/{id}/defects/{n}/change-request", "post");
        acceptance.put("/api/portal/orders", "get");
        acceptance.put("/api/portal/orders/{id}", "get");
        acceptance.put("/api/portal/orders/{id}/change-requests", "post");
        acceptance.put("/api/portal/quotes", "get");
        acceptance.put("/api/portal/quotes/{id}", "get");
        acceptance.put("/api/portal/acceptance/tasks", "get");
        acceptance.put("/api/portal/acceptance/tasks/{id}", "get");
        for (String step : new String[] {"steps/{n}", "accept", "reject"}) {
            acceptance.put("/api/portal/acceptance/tasks/{id}/" + step, "post");
        }
        acceptance.put("/api/portal/acceptance/records/{id}", "get");
        acceptance.put("/api/portal/acceptance/records/{id}/verification", "get");
        acceptance.put("/api/portal/acceptance/records/{id}/defects/{n}/change-request", "post");
        acceptance.forEach((path, methods) -> {
            for (String method : methods.split(",")) {
                assertThat(document.path("paths").path(path).has(method)).as(method + " " + path).isTrue();
            }
        });
        for (String schema : new String[] {"SpecItemResponse", "SpecRevisionResponse", "SpecRevisionComparison",
                "BaselineResponse", "BaselineComparisonResponse", "VariantResponse", "VariantDeliveredResponse",
                "TraceGraphResponse", "TraceLinkBody", "SpecImplementationResponse"}) {
            assertThat(document.path("components").path("schemas").has(schema)).as(schema).isTrue();
        }
        assertThat(document.path("components").path("schemas").path("SpecItemResponse").path("properties")
                .has("bodyHtml")).isTrue();
        assertThat(document.path("paths").path("/api/projects/{projectId}/change-requests.csv").path("get")
                .path("responses").path("200").path("content").has("text/csv")).isTrue();
        assertThat(document.path("components").path("schemas").path("ChangeRequestResponse").path("properties")
                .has("actions")).isTrue();
    }

    @Test
    void signsInWithTheSessionServesMetricsToAdministratorsAndSignsOut() throws Exception {
        CurrentUser admin = users.create(Role.ADMINISTRATOR);
        assertThat(get("/actuator/prometheus", null).statusCode()).as("anonymous").isEqualTo(302);

        String session = signIn(admin.email(), TestUsers.PASSWORD);

        HttpResponse<String> metrics = get("/actuator/prometheus", session);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count");

        HttpResponse<String> auditPage = get("/admin/audit", session);
        assertThat(auditPage.statusCode()).isEqualTo(200);
        HttpResponse<String> signedOut = post("/logout", session, Map.of("_csrf", csrfTokenOf(auditPage)));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(locationPath(signedOut)).isEqualTo("/login");
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("?signedOut"));

        HttpResponse<String> afterSignOut = get("/actuator/prometheus", session);
        assertThat(afterSignOut.statusCode()).isEqualTo(302);
        assertThat(locationPath(afterSignOut)).isEqualTo("/login");
    }

    @Test
    void keepsMetricsFromStaff() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);

        String session = signIn(staff.email(), TestUsers.PASSWORD);

        assertThat(get("/actuator/prometheus", session).statusCode()).isEqualTo(403);
    }

    @Test
    void refusesAWrongPasswordAndLogsNoPassword(CapturedOutput output) throws Exception {
        CurrentUser user = users.create(Role.STAFF);
        String wrongPassword = "wrong-" + user.accountId() + "-Tr0ub4dor";
        HttpResponse<String> page = get("/login", null);

        HttpResponse<String> refused = post("/login", sessionOf(page, null),
                Map.of("username", user.email(), "password", wrongPassword, "_csrf", csrfTokenOf(page)));

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
        signIn(user.email(), TestUsers.PASSWORD);
        assertThat(output.getAll()).doesNotContain(wrongPassword).doesNotContain(TestUsers.PASSWORD);
    }

    /** Signs in through the form like a browser and returns the session cookie of the signed-in session. */
    String signIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login", null);
        assertThat(page.statusCode()).isEqualTo(200);
        String anonymousSession = sessionOf(page, null);
        assertThat(anonymousSession).as("session cookie of the sign-in page").isNotNull();

        HttpResponse<String> response = post("/login", anonymousSession,
                Map.of("username", email, "password", password, "_csrf", csrfTokenOf(page)));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(locationPath(response)).isEqualTo("/");
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no new session cookie after sign-in"));
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String session = sessionOf(response, anonymousSession);
        assertThat(session).as("the session id changes at sign-in").isNotEqualTo(anonymousSession);
        return session;
    }

    HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String session, Map<String, String> form) throws IOException, InterruptedException {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String sessionOf(HttpResponse<String> response, String previous) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION_COOKIE::matcher).filter(Matcher::find).map(m -> m.group(1))
                .reduce((first, last) -> last).orElse(previous);
    }

    private static String csrfTokenOf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    private static String locationPath(HttpResponse<String> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
    }
}
