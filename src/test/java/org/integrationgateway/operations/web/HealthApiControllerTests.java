package org.integrationgateway.operations.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class HealthApiControllerTests {

    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void showsEverySectionToAnAdministrator() throws Exception {
        mvc.perform(get("/api/admin/health").with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.database.status").value("OK"))
                .andExpect(jsonPath("$.database.reachable").value(true))
                .andExpect(jsonPath("$.database.latencyMillis").isNumber())
                .andExpect(jsonPath("$.database.poolMax").isNumber())
                .andExpect(jsonPath("$.eventPublications.incomplete").isNumber())
                .andExpect(jsonPath("$.stream.unsequenced").isNumber())
                .andExpect(jsonPath("$.webhooks.endpointsEnabled").isNumber())
                .andExpect(jsonPath("$.mail.urgentPending").isNumber())
                .andExpect(jsonPath("$.nodes.online").isArray())
                .andExpect(jsonPath("$.status").isString())
                .andExpect(jsonPath("$.warnings").isArray());
    }

    @Test
    void aFailingWebhookEndpointIsAWarningThatNamesIt() throws Exception {
        String url = "https://hooks.example.test/" + UUID.randomUUID();
        jdbc.update("""
                insert into webhook_endpoint (url, event_types, enabled, secret, created_at, version)
                values (?, '*', true, 'whsec_dGVzdA==', current_timestamp, 0)""", url);
        long endpoint = jdbc.queryForObject("select id from webhook_endpoint where url = ?", Long.class, url);
        try {
            jdbc.update("""
                    insert into webhook_cursor (endpoint_id, position, consecutive_failures, next_attempt_at)
                    select ?, last_position, 3, ? from stream_sequencer""",
                    endpoint, Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS)));

            mvc.perform(get("/api/admin/health").with(users.newUser(Role.ADMINISTRATOR)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.webhooks.status").value("WARNING"))
                    .andExpect(jsonPath("$.webhooks.failing[?(@.endpointId == " + endpoint + ")].consecutiveFailures")
                            .value(hasItem(3)))
                    .andExpect(jsonPath("$.warnings[*].code").value(hasItem("health.warning.webhooks.failing")))
                    .andExpect(jsonPath("$.status").value(matchesPattern("WARNING|DOWN")));
        } finally {
            jdbc.update("delete from webhook_endpoint where id = ?", endpoint);
        }
    }

    @Test
    void anOldIncompleteEventPublicationIsAWarning() throws Exception {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
                values (?, 'health.test.listener', 'health.test.Event', '{}', ?)""",
                id, Timestamp.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        try {
            mvc.perform(get("/api/admin/health").with(users.newUser(Role.ADMINISTRATOR)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.eventPublications.status").value("WARNING"))
                    .andExpect(jsonPath("$.eventPublications.oldestAgeSeconds").value(org.hamcrest.Matchers.greaterThanOrEqualTo(7000)))
                    .andExpect(jsonPath("$.warnings[?(@.section == 'events')].message")
                            .value(hasItem(matchesPattern("\\d+ event publications are incomplete; the oldest has waited .*"))));
        } finally {
            jdbc.update("delete from event_publication where id = ?", id);
        }
    }

    @Test
    void isForAdministratorsOnly() throws Exception {
        mvc.perform(get("/api/admin/health").with(users.newUser(Role.STAFF))).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/health").with(users.newUser(Role.PMO))).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/health")).andExpect(status().isUnauthorized());
    }

    @Test
    void answersWithTheCallersRequestIdOrANewOne() throws Exception {
        mvc.perform(get("/api/admin/health").header("X-Request-Id", "lb-7f3a:42").with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(header().string("X-Request-Id", "lb-7f3a:42"));
        mvc.perform(get("/api/admin/health").header("X-Request-Id", "not well formed <script>")
                        .with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(header().string("X-Request-Id", matchesPattern(UUID_PATTERN)));
        mvc.perform(get("/api/admin/health").with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(header().string("X-Request-Id", matchesPattern(UUID_PATTERN)));
    }

    @Test
    void problemDetailsCarryTheRequestId() throws Exception {
        mvc.perform(get("/api/change-requests/999999999").header("X-Request-Id", "trace-me-1")
                        .with(users.newUser(Role.STAFF)))
                .andExpect(status().isNotFound())
                .andExpect(header().string("X-Request-Id", "trace-me-1"))
                .andExpect(jsonPath("$.requestId").value("trace-me-1"));
        mvc.perform(get("/api/admin/health").header("X-Request-Id", "refused-1").with(users.newUser(Role.STAFF)))
                .andExpect(status().isForbidden())
                .andExpect(header().string("X-Request-Id", "refused-1"));
    }
}
