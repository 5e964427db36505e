package org.integrationgateway.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Item 2, fuzzing: Jazzer picks an API operation and spoils one part of a plausible request to it (path variables,
 * query parameters, the text or numbers of the body, or the whole body) with the bytes it is given; the answer is
 * judged as in {@link HostileInputTests}. In {@code ./mvnw test} it replays the checked-in inputs (regression
 * mode, {@code HostileInputFuzzTestsInputs}); {@code JAZZER_FUZZ=1} makes it a coverage-guided fuzzing run
 * (docs/security.md, section 2).
 */
@SpringBootTest(properties = "gateway.demo.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HostileInputFuzzTests {

    private static HostileApi api;
    private static List<ApiOperation> operations;

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @FuzzTest(maxDuration = "10m")
    void fuzzEveryApiOperation(FuzzedDataProvider data) throws Exception {
        if (api == null) {
            api = new HostileApi(mvc, jdbc);
            operations = api.operations();
            assertThat(operations).hasSizeGreaterThan(200);
        }
        ApiOperation operation = data.pickValue(operations);
        Map<String, String> path = new LinkedHashMap<>();
        operation.pathParameters().forEach(p -> path.put(p.name(), api.idFor(operation, p.name())));
        Map<String, String> query = new LinkedHashMap<>();
        JsonNode sample = operation.hasJsonBody() ? HostileCorpus.sample(operation, operation.bodySchema(), 0) : null;
        byte[] body = sample == null ? null : HostileCorpus.bytes(sample);
        String label;
        switch (data.consumeInt(0, 4)) {
            case 0 -> {
                label = "fuzzed path";
                String value = data.consumeString(64);
                path.replaceAll((name, old) -> value);
            }
            case 1 -> {
                label = "fuzzed query";
                operation.queryParameters().forEach(p -> query.put(p.name(), data.consumeString(256)));
            }
            case 2 -> {
                label = "fuzzed strings";
                String value = data.consumeString(512);
                body = sample == null ? null
                        : HostileCorpus.bytes(HostileCorpus.replace(operation, sample, operation.bodySchema(),
                                HostileCorpus::isPlainString, value));
            }
            case 3 -> {
                label = "fuzzed numbers";
                String literal = data.consumeAsciiString(32);
                body = sample == null ? null
                        : HostileCorpus.bytes(HostileCorpus.replace(operation, sample, operation.bodySchema(),
                                s -> List.of("integer", "number").contains(ApiOperation.typeOf(s)),
                                "\u0001raw:" + literal));
            }
            default -> {
                label = "fuzzed body";
                body = data.consumeRemainingAsBytes();
            }
        }
        String uri = HostileCorpus.uri(operation, path, query);
        int before = api.failures.size();
        api.send(HostileCase.of(operation, label, uri, body == null ? null : "application/json", body));
        assertThat(api.failures.subList(before, api.failures.size()))
                .as("answer to %s", new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8))
                .isEmpty();
    }
}
