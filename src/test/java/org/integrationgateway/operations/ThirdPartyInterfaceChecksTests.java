package org.integrationgateway.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.identity.ApiTokenManagement;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.portfolio.PortfolioFixtures;
import org.integrationgateway.stagegate.Lifecycles;
import org.integrationgateway.support.NodeScripts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Third-party checks of our interfaces (issue 12, item 4; docs/interfaces.md), all against one application on a
 * random port: the OpenAPI document passes the {@code @redocly/cli} linter without errors, a generic client driven
 * by that document ({@code openapi-client-axios}) completes a change request scenario, and the Prometheus scrape is
 * read by an independent parser of the text format ({@code parse-prometheus-text-format}) with our own metrics in it.
 * The Node packages come from the committed lock files under {@code src/test/openapi-lint} and
 * {@code src/test/api-client}.
 */
// The configuration of realtime.LiveStreamServer exactly, so that the live stream tests (the eventsource checks) and
// these share one application context: Spring's test context cache starts it once for all of them.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gateway.stream.keep-alive=1s", "gateway.stream.poll-interval=500ms"})
@ActiveProfiles("test")
@Import({TestUsers.class, PortfolioFixtures.class})
class ThirdPartyInterfaceChecksTests {

    static final Path LINT = Path.of("src", "test", "openapi-lint");
    static final Path CLIENT = Path.of("src", "test", "api-client");
    static final ObjectMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired PortfolioFixtures portfolio;
    @Autowired Lifecycles lifecycles;
    @Autowired ChangeControl changeControlService;
    @Autowired ApiTokenManagement tokens;
    @Autowired MeterRegistry meters;
    private ChangeControlFixtures changeControl;

    @BeforeEach
    void fixtures() {
        changeControl = new ChangeControlFixtures(portfolio, users, lifecycles, changeControlService);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void theOpenApiDocumentPassesRedoclyLintWithoutErrors() throws Exception {
        HttpResponse<String> docs = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        Path document = Files.createDirectories(Path.of("target", "openapi")).resolve("openapi.json");
        Files.writeString(document, docs.body());

        // The linter exits non-zero when it finds errors; the report on standard output says which.
        JsonNode result = JSON.readTree(output(LINT, "@redocly/cli", false, "node_modules/@redocly/cli/bin/cli.js",
                "lint", "--config", "redocly.yaml", "--format", "json", document.toAbsolutePath().toString()));

        JsonNode totals = result.get("totals");
        Map<String, Integer> byRule = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (JsonNode problem : result.get("problems")) {
            String rule = problem.get("ruleId").asString() + " (" + problem.get("severity").asString() + ")";
            byRule.merge(rule, 1, Integer::sum);
            if ("error".equals(problem.get("severity").asString())) {
                errors.add(rule + ": " + problem.get("message").asString() + " at "
                        + problem.path("location").path(0).path("pointer").asString());
            }
        }
        Files.writeString(Path.of("target", "openapi", "redocly-lint-summary.txt"),
                "errors=" + totals.get("errors").asInt() + " warnings=" + totals.get("warnings").asInt()
                        + " ignored=" + totals.get("ignored").asInt() + "\n" + byRule + "\n");
        assertThat(errors).as("redocly lint errors").isEmpty();
        assertThat(totals.get("errors").asInt()).isZero();
    }

    @Test
    void aClientDrivenByTheOpenApiDocumentCompletesAChangeRequestScenario() throws Exception {
        ChangeControlFixtures.Team team = changeControl.team(true);
        changeControl.envelope(team);
        String token = tokens.create(team.manager().user().accountId(), "openapi-client", null).secret();

        JsonNode result = JSON.readTree(run(CLIENT, "openapi-client-axios", "scenario.mjs", baseUrl(), token,
                Long.toString(team.id())));

        assertThat(result.get("steps").valueStream().map(step -> step.get("name").asString() + " " + step.get("status").asInt()))
                .containsExactly("raise 201", "start-assessment 200", "assess 200", "complete-assessment 200", "read 200",
                        "list 200");
        assertThat(result.get("raisedState").asString()).isEqualTo("SUBMITTED");
        assertThat(result.get("decidedState").asString()).as("a standard change inside the envelope").isEqualTo("APPROVED");
        assertThat(result.get("readState").asString()).isEqualTo("APPROVED");
        assertThat(result.get("readTitle").asString()).isEqualTo("Add a second mounting bracket");
        assertThat(result.get("listed").asBoolean()).isTrue();
        assertThat(result.get("operations").asInt()).as("operations the client read from the document").isGreaterThan(200);
    }

    @Test
    void thePrometheusScrapeIsReadByAnIndependentParserWithOurMetrics() throws Exception {
        ChangeControlFixtures.Team team = changeControl.team(true);
        changeControl.envelope(team);
        String managerToken = tokens.create(team.manager().user().accountId(), "openapi-client", null).secret();
        run(CLIENT, "openapi-client-axios", "scenario.mjs", baseUrl(), managerToken, Long.toString(team.id()));
        CurrentUser administrator = users.create(Role.ADMINISTRATOR);
        String token = tokens.create(administrator.accountId(), "prometheus", null).secret();

        String parsed = run(CLIENT, "parse-prometheus-text-format", "metrics.mjs", baseUrl(), token);
        Files.writeString(Files.createDirectories(Path.of("target", "openapi")).resolve("prometheus-parsed.json"), parsed);
        JsonNode result = JSON.readTree(parsed);

        assertThat(result.get("contentType").asString()).startsWith("text/plain");
        Map<String, JsonNode> families = new TreeMap<>();
        result.get("families").forEach(family -> families.put(family.get("name").asString(), family));
        assertThat(families).containsKeys("jvm_memory_used_bytes", "http_server_requests_seconds");
        Map<String, String> expectedTypes = Map.of(
                "gateway_change_requests", "GAUGE",
                "gateway_change_decision_latency_seconds", "HISTOGRAM",
                "gateway_sse_connections", "GAUGE",
                "gateway_webhook_backlog", "GAUGE",
                "gateway_webhook_endpoints_failing", "GAUGE",
                "gateway_webhook_delivery_failures_total", "COUNTER",
                "gateway_mail_pending", "GAUGE",
                "gateway_mail_failures_total", "COUNTER",
                "gateway_event_publications_incomplete", "GAUGE",
                "gateway_stream_unsequenced", "GAUGE");
        expectedTypes.forEach((name, type) -> {
            assertThat(families).as("metric family " + name).containsKey(name);
            assertThat(families.get(name).get("type").asString()).as("type of " + name).isEqualTo(type);
            assertThat(families.get(name).get("help").asString()).as("help of " + name).isNotBlank();
        });
        assertThat(families.get("gateway_change_requests").get("values").valueStream()
                .filter(sample -> "APPROVED".equals(sample.path("labels").path("state").asString()))
                .map(sample -> Double.parseDouble(sample.get("value").asString())))
                .as("approved change requests").singleElement().satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(1.0));
        // The parser folds the buckets of a labelled histogram into one set (and drops its _count and _sum), so the
        // scrape shows a parsed histogram with a decision in its +Inf bucket; the registry says which forum it was.
        assertThat(families.get("gateway_change_decision_latency_seconds").get("values").valueStream()
                .map(sample -> sample.path("buckets").path("+Inf").asString("0")).map(Double::parseDouble))
                .as("decisions in the latency histogram's +Inf bucket").singleElement()
                .satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(1.0));
        assertThat(meters.get(DecisionLatency.METER).tag("forum", "ENVELOPE").tag("outcome", "APPROVE").timer().count())
                .as("decisions by the envelope measured").isPositive();
    }

    /** Runs a Node script of the folder and answers its standard output (one JSON document); fails on a non-zero exit. */
    static String run(Path directory, String module, String script, String... arguments)
            throws IOException, InterruptedException {
        return output(directory, module, true, script, arguments);
    }

    private static String output(Path directory, String module, boolean mustSucceed, String script, String... arguments)
            throws IOException, InterruptedException {
        Process node = NodeScripts.start(directory, module, script, arguments);
        node.getOutputStream().close();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("node " + script + " ended").isTrue();
        if (mustSucceed) {
            assertThat(node.exitValue()).as("exit of node " + script + " (stderr in target/node-" + directory.getFileName()
                    + ".log); output: " + output).isZero();
        }
        return output;
    }
}
