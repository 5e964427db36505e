package org.integrationgateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integrationgateway.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.integrationgateway.security.Endpoints.Endpoint;
import org.integrationgateway.security.MatrixWorld.Persona;
import org.integrationgateway.security.PolicyTable.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix (issue 11, item 1; docs/security.md section 1): every endpoint Spring maps, asked by
 * every persona in every scope of the policy table {@code security/authorization-matrix.csv}, answers the outcome
 * class the table says. The world is the Kestrel demo organisation ({@link MatrixWorld}). Each case runs in a
 * transaction that is rolled back, so a case that changes data (approving, deleting, disabling) leaves the world as
 * it was for the next one. It takes minutes (10 000 requests), so it is not named like the tests that every build
 * runs: run it with {@code ./mvnw -o test -Dtest=AuthorizationMatrixRun}. The observed matrix is written to {@code target/authorization-matrix-observed.csv} (the
 * table's format, to review a change) and the figures to {@code target/authorization-matrix-figures.txt}.
 */
@SpringBootTest(properties = {"gateway.demo.enabled=true", "spring.thymeleaf.cache=true",
        "logging.level.org.integrationgateway=WARN"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixRun {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

    /** The status given to a case whose surrounding transaction PostgreSQL aborted; it is asked again. */
    private static final int ABORTED_TRANSACTION = 598;

    private MatrixWorld world;
    private final List<String> casesAskedAgainOutsideTheTransaction = new ArrayList<>();
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
    void everyPersonaGetsWhatThePolicyTableSaysOnEveryEndpoint() throws IOException {
        Map<String, Row> table = PolicyTable.read();
        List<String> observed = new ArrayList<>(List.of(PolicyTable.header()));
        List<String> statuses = new ArrayList<>(List.of(PolicyTable.header()));
        List<String> unexpectedAllows = new ArrayList<>();
        List<String> unexpectedDenies = new ArrayList<>();
        List<String> otherMismatches = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        Map<String, String> foreign = world.foreignMarkers();
        int cases = 0;
        long started = System.nanoTime();
        for (Endpoint endpoint : endpoints) {
            for (String scope : requests.scopes(endpoint)) {
                Map<Persona, String> outcomes = new EnumMap<>(Persona.class);
                Map<Persona, Integer> codes = new EnumMap<>(Persona.class);
                for (Persona persona : Persona.values()) {
                    MockHttpServletResponse response = perform(endpoint, scope, persona);
                    cases++;
                    String outcome = outcome(response);
                    outcomes.put(persona, outcome);
                    codes.put(persona, response.getStatus());
                    String where = endpoint.key() + " [" + scope + "] as " + persona.column + ": " + response.getStatus();
                    if (outcome.startsWith("error")) {
                        broken.add(where + " " + abbreviate(response));
                        continue;
                    }
                    if (persona == Persona.CUSTOMER && response.getStatus() < 300) {
                        String body = response.getContentAsString(StandardCharsets.UTF_8);
                        foreign.forEach((what, marker) -> {
                            if (body.contains(marker)) {
                                leaks.add(where + " shows another organisation's " + what + " '" + marker + "'");
                            }
                        });
                    }
                    if (scope.equals("missing") && response.getStatus() < 300) {
                        broken.add(where + " (a missing id answered as if it existed)");
                    }
                    Row row = table.get(Row.key(endpoint.method(), endpoint.pattern(), scope));
                    if (row == null) {
                        continue;
                    }
                    String expected = row.expected().get(persona);
                    if (expected.equals(outcome)) {
                        continue;
                    }
                    String line = where + " is " + outcome + ", the table says " + expected;
                    if (outcome.equals("allow")) {
                        unexpectedAllows.add(line);
                    } else if (expected.equals("allow")) {
                        unexpectedDenies.add(line);
                    } else {
                        otherMismatches.add(line);
                    }
                }
                observed.add(endpoint.method() + "," + endpoint.pattern() + "," + scope + ","
                        + String.join(",", outcomes.values()));
                statuses.add(endpoint.method() + "," + endpoint.pattern() + "," + scope + ","
                        + String.join(",", codes.values().stream().map(String::valueOf).toList()));
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/authorization-matrix-observed.csv"), observed, StandardCharsets.UTF_8);
        Files.write(Path.of("target/authorization-matrix-statuses.csv"), statuses, StandardCharsets.UTF_8);
        List<String> figures = new ArrayList<>();
        figures.add("endpoints: " + endpoints.size() + ", rows (endpoint x scope): " + (observed.size() - 1)
                + ", cases (rows x personas): " + cases + ", seconds: " + seconds);
        figures.add("database: " + jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName()
                + " " + c.getMetaData().getDatabaseProductVersion()));
        figures.add("cases asked again outside the rolled-back transaction (PostgreSQL aborted it after a failed "
                + "statement): " + casesAskedAgainOutsideTheTransaction.size() + " " + casesAskedAgainOutsideTheTransaction);
        figures.add("unexpected allows: " + unexpectedAllows.size());
        figures.add("unexpected denies: " + unexpectedDenies.size());
        figures.add("other mismatches (deny/hidden/login confused): " + otherMismatches.size());
        figures.add("broken answers (5xx, 405, 415, a missing id answered 2xx): " + broken.size());
        figures.add("customer answers (2xx) showing another organisation's names, e-mails or titles: " + leaks.size());
        figures.addAll(leaks);
        figures.addAll(unexpectedAllows);
        figures.addAll(unexpectedDenies);
        figures.addAll(otherMismatches);
        figures.addAll(broken);
        Files.write(Path.of("target/authorization-matrix-figures.txt"), figures, StandardCharsets.UTF_8);

        assertThat(broken).as("answers that are never right").isEmpty();
        assertThat(leaks).as("another organisation's data shown to a customer contact").isEmpty();
        assertThat(unexpectedAllows).as("unexpected allows").isEmpty();
        assertThat(unexpectedDenies).as("unexpected denies").isEmpty();
        assertThat(otherMismatches).as("deny, hidden and login confused").isEmpty();
        assertThat(cases).isGreaterThan(3000);
    }

    /**
     * One case, in a transaction that is rolled back. On PostgreSQL a request that fails on a constraint (deleting a
     * contact an acceptance record names) aborts that transaction, and the error page it renders next cannot read
     * anything more; in the application the failed transaction has ended by then. Such a case is asked once more
     * without the surrounding transaction, as the application runs it: it failed and rolled back, so it changes
     * nothing. Counted in the figures.
     */
    private MockHttpServletResponse perform(Endpoint endpoint, String scope, Persona persona) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        MockHttpServletResponse response = transaction.execute(status -> {
            status.setRollbackOnly();
            return send(endpoint, scope, persona);
        });
        if (response.getStatus() == ABORTED_TRANSACTION) {
            casesAskedAgainOutsideTheTransaction.add(endpoint.key() + " [" + scope + "] as " + persona.column);
            return send(endpoint, scope, persona);
        }
        return response;
    }

    private MockHttpServletResponse send(Endpoint endpoint, String scope, Persona persona) {
        AbstractMockHttpServletRequestBuilder<?> request = requests.request(endpoint, scope, persona);
        request.with(csrf());
        if (persona != Persona.ANONYMOUS) {
            request.with(as(world.user(persona)));
        }
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            MockHttpServletResponse failed = new MockHttpServletResponse();
            failed.setStatus(abortedTransaction(e) ? ABORTED_TRANSACTION : 599);
            try {
                failed.getWriter().write(String.valueOf(e));
            } catch (IOException ignored) {
                // the status alone tells the failure
            }
            return failed;
        }
    }

    /** PostgreSQL's "current transaction is aborted, commands ignored until end of transaction block". */
    private static boolean abortedTransaction(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "25P02".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The outcome class of an answer; anything else than the four classes is an error. */
    static String outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status == 401) {
            return "login";
        }
        if (status >= 300 && status < 400) {
            String location = response.getRedirectedUrl();
            return location != null && location.contains("/login") ? "login" : "allow";
        }
        // 429: the sign-in throttle's own page, which answers "too many attempts" to whoever reaches it
        if (status < 300 || status == 400 || status == 409 || status == 422 || status == 429) {
            return "allow";
        }
        if (status == 403) {
            return "deny";
        }
        if (status == 404) {
            return "hidden";
        }
        return "error";
    }

    private static String abbreviate(MockHttpServletResponse response) {
        try {
            String body = response.getContentAsString();
            return body.length() > 300 ? body.substring(0, 300) : body;
        } catch (Exception e) {
            return "";
        }
    }
}
