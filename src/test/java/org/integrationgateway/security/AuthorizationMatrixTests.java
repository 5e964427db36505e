package org.integrationgateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.integrationgateway.security.Endpoints.Endpoint;
import org.integrationgateway.security.PolicyTable.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix's coverage (issue 11, item 1; docs/security.md section 1): every endpoint Spring maps
 * has its rows in the policy table {@code security/authorization-matrix.csv}, the table has no stale row, and every
 * framework endpoint is listed with its reason. {@link AuthorizationMatrixRun} asks every case of the table.
 */
@SpringBootTest(properties = {"gateway.demo.enabled=true", "spring.thymeleaf.cache=true",
        "logging.level.org.integrationgateway=WARN"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

    private MatrixWorld world;
    private MatrixRequests requests;
    private List<Endpoint> endpoints;

    @BeforeAll
    void buildTheWorld() {
        world = new MatrixWorld(jdbc).build();
        requests = new MatrixRequests(world);
        Map<String, Endpoint> ours = new LinkedHashMap<>();
        Endpoints.of(mapping).stream().filter(Endpoint::ours).forEach(e -> ours.putIfAbsent(e.key(), e));
        endpoints = List.copyOf(ours.values());
    }

    @Test
    void everyMappedEndpointHasItsRowsInThePolicyTable() {
        Map<String, Row> table = PolicyTable.read();
        Map<String, String> exclusions = PolicyTable.exclusions();
        Set<String> expectedKeys = new LinkedHashSet<>();
        for (Endpoint endpoint : endpoints) {
            requests.scopes(endpoint).forEach(scope -> expectedKeys.add(Row.key(endpoint.method(), endpoint.pattern(), scope)));
        }
        List<String> notOurs = Endpoints.of(mapping).stream().filter(e -> !e.ours()).map(Endpoint::key).distinct().toList();

        assertThat(endpoints).as("endpoints of ours mapped by Spring").hasSizeGreaterThan(400);
        assertThat(table.keySet()).as("rows of the policy table").containsAll(expectedKeys);
        assertThat(expectedKeys).as("rows of the policy table that no mapped endpoint has (stale rows)")
                .containsAll(table.keySet());
        assertThat(exclusions.keySet()).as("framework endpoints, each listed with its reason in " + PolicyTable.EXCLUSIONS)
                .containsExactlyInAnyOrderElementsOf(notOurs);
    }
}
