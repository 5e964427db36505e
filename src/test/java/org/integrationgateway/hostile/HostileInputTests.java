package org.integrationgateway.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Item 2 of the reliability and security suite: every operation of the OpenAPI document gets the curated hostile
 * corpus, sent by a privileged user with a CSRF token against the demo world. Goal: no answer of 500 or more, no
 * internal detail in any body, and no data changed by a request the application refused.
 */
@SpringBootTest(properties = "gateway.demo.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HostileInputTests {

    /**
     * In the build, each operation gets every eighth case of its corpus (and always the first), the selection
     * shifting from one operation to the next so that every kind of case is sent to many operations;
     * {@code -Dhostile.corpus=full} sends every case to every operation.
     */
    static final int CI_STRIDE = 8;

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyApiOperationSurvivesTheCuratedCorpus() throws Exception {
        long start = System.nanoTime();
        HostileApi api = new HostileApi(mvc, jdbc);
        List<ApiOperation> operations = api.operations();
        System.out.printf("Hostile input: read %d operations in %d ms%n", operations.size(),
                (System.nanoTime() - start) / 1_000_000);
        assertThat(operations).hasSizeGreaterThan(200);
        String only = System.getProperty("hostile.operations", "");
        boolean full = System.getProperty("hostile.corpus", "ci").equals("full");
        for (ApiOperation operation : operations) {
            if (!only.isEmpty() && !operation.id().matches(only)) {
                continue;
            }
            long operationStart = System.nanoTime();
            int sentBefore = api.sent;
            List<HostileCase> cases = HostileCorpus.casesFor(operation, variable -> api.idFor(operation, variable));
            for (int i = 0; i < cases.size(); i++) {
                if (full || i == 0 || (i + operations.indexOf(operation)) % CI_STRIDE == 0) {
                    api.send(cases.get(i));
                }
            }
            api.log("%s: %d cases in %d ms".formatted(operation.id(), api.sent - sentBefore,
                    (System.nanoTime() - operationStart) / 1_000_000));
        }
        api.failures.forEach(System.out::println);
        System.out.printf("Hostile input (%s corpus): %d operations, %d cases, %d answers >= 500, %d leaks, "
                        + "%d rejected requests that changed data%n", full ? "full" : "ci", api.operations.size(), api.sent,
                api.serverErrors, api.leaks, api.changedByRejected);
        System.out.printf("Hostile input: statuses %s, %d ms%n", api.statuses, (System.nanoTime() - start) / 1_000_000);
        if (only.isEmpty()) {
            assertThat(api.operations).hasSameSizeAs(operations);
        }
        assertThat(api.failures).isEmpty();
    }

    @Test
    void theJudgeSeesAChangedRowAndAStackTrace() {
        DatabaseChecksum checksum = new DatabaseChecksum(jdbc);
        var before = checksum.take();
        jdbc.update("update project set name = name || '.' where id = (select min(id) from project)");
        assertThat(DatabaseChecksum.differences(before, checksum.take())).containsExactly("project");
        assertThat(HostileApi.LEAK.matcher("java.lang.IllegalStateException: x\n\tat org.h2.Foo").find()).isTrue();
        assertThat(HostileApi.LEAK.matcher("{\"detail\":\"select id from project where x\"}").find()).isTrue();
        assertThat(HostileApi.LEAK.matcher("{\"detail\":\"Some fields are invalid.\"}").find()).isFalse();

        // The client's own text given back is not a leak; the same text that the client did not send is.
        ApiOperation create = new ApiOperation("POST", "/api/projects/{projectId}/variants", List.of(), List.of(),
                "application/json", null, null);
        HostileCase named = HostileCase.of(create, "fuzzed strings", "/api/projects/1/variants", "application/json",
                "{\"name\":\"java.lang.Runtime \\u0003\"}".getBytes(StandardCharsets.UTF_8));
        String echo = "{\"id\":26,\"name\":\"java.lang.Runtime \\u0003\",\"createdBy\":\"Sofia Marin\"}";
        assertThat(HostileApi.LEAK.matcher(HostileApi.withoutEchoes(echo, named, Set.of())).find()).isFalse();
        String trace = "{\"id\":26,\"name\":\"x\",\"detail\":\"at java.lang.Thread.run(Thread.java:840)\"}";
        assertThat(HostileApi.LEAK.matcher(HostileApi.withoutEchoes(trace, named, Set.of())).find()).isTrue();
        // ... and given back later, inside a longer text (an audit entry, a list), by an answer to another request
        HostileCase audit = HostileCase.of(create, "later read", "/api/admin/audit", null, null);
        String later = "{\"content\":[{\"after\":{\"name\":\"Variant java.lang.Runtime \\u0003 created\"}}]}";
        assertThat(HostileApi.LEAK.matcher(HostileApi.withoutEchoes(later, audit, HostileApi.textsOf(named))).find())
                .isFalse();
        assertThat(HostileApi.LEAK.matcher(HostileApi.withoutEchoes(later, audit, Set.of())).find()).isTrue();
        // ... and inside a JSON document kept as text, JSON-escaped (an audit row of a project export)
        String export =
                "{\"tables\":{\"audit_entry\":[{\"after_state\":\"{\\\"projectId\\\":1,\\\"name\\\":\\\"java.lang.Runtime \\\\u0003\\\",\\\"change\\\":\\\"created\\\"}\"}]}}";
        assertThat(HostileApi.LEAK.matcher(HostileApi.withoutEchoes(export, audit, HostileApi.textsOf(named))).find())
                .isFalse();
        assertThat(HostileApi.LEAK.matcher(HostileApi.withoutEchoes(export, audit, Set.of())).find()).isTrue();
    }
}
