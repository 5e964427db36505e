package org.integrationgateway.integration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.realtime.EventStream;
import org.integrationgateway.realtime.StreamAppend;
import org.integrationgateway.realtime.Topics;
import org.integrationgateway.support.JsonApiRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The webhook API with the delivery worker off and the default address policy (private targets refused). */
@SpringBootTest(properties = "gateway.webhooks.worker-enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class WebhookApiControllerTests extends JsonApiRequests {

    static final String PUBLIC_URL = "https://203.0.113.10/hook";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired EventStream stream;
    @Autowired TransactionTemplate transactions;

    CurrentUser admin;

    @BeforeEach
    void setUp() {
        admin = users.create(Role.ADMINISTRATOR);
    }

    private JsonNode create(String types) throws Exception {
        String body = send(post("/api/admin/webhooks"), "{\"url\":\"" + PUBLIC_URL + "\",\"description\":\"CRM\","
                + "\"eventTypes\":" + types + "}", admin)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    private List<MockHttpServletRequestBuilder> everyEndpoint(long id) {
        String json = "{\"url\":\"" + PUBLIC_URL + "\",\"version\":0}";
        return List.of(get("/api/admin/webhooks"), get("/api/admin/webhooks/{id}", id),
                post("/api/admin/webhooks").contentType(MediaType.APPLICATION_JSON).content(json),
                put("/api/admin/webhooks/{id}", id).contentType(MediaType.APPLICATION_JSON).content(json),
                post("/api/admin/webhooks/{id}/enable", id), post("/api/admin/webhooks/{id}/disable", id),
                post("/api/admin/webhooks/{id}/rotate-secret", id), delete("/api/admin/webhooks/{id}", id),
                get("/api/admin/webhooks/{id}/deliveries", id),
                post("/api/admin/webhooks/{id}/redeliveries", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"eventId\":\"" + UUID.randomUUID() + "\"}"));
    }

    @Test
    void onlyAdministratorsMayUseTheApi() throws Exception {
        long id = create("[\"*\"]").get("endpoint").get("id").asLong();
        for (Role role : List.of(Role.STAFF, Role.PMO)) {
            CurrentUser user = users.create(role);
            for (MockHttpServletRequestBuilder request : everyEndpoint(id)) {
                mvc.perform(request.with(as(user))).andExpect(status().isForbidden());
            }
        }
        for (MockHttpServletRequestBuilder request : everyEndpoint(id)) {
            mvc.perform(request.with(csrf())).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/admin/webhooks/{id}", id).with(as(admin))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from webhook_endpoint where id = ?", Integer.class, id)).isOne();
    }

    @Test
    void registersAnEndpointShowingItsSecretOnlyOnceAndAuditsWithoutIt() throws Exception {
        JsonNode created = create("[\"change-request.decided\", \"gate-review.*\"]");
        String secret = created.get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        JsonNode endpoint = created.get("endpoint");
        long id = endpoint.get("id").asLong();
        assertThat(endpoint.get("secretHint").asString()).isEqualTo("…" + secret.substring(secret.length() - 4));
        assertThat(endpoint.get("enabled").asBoolean()).isTrue();

        String shown = mvc.perform(get("/api/admin/webhooks/{id}", id).with(as(admin))).andExpect(status().isOk())
                .andExpect(jsonPath("$.eventTypes[1]").value("gate-review.*"))
                .andExpect(jsonPath("$.url").value(PUBLIC_URL))
                .andReturn().getResponse().getContentAsString();
        assertThat(shown).doesNotContain(secret.substring(6)).doesNotContain("whsec_");
        mvc.perform(get("/api/admin/webhooks").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(secret.substring(6)))));
        Map<String, Object> audit = jdbc.queryForMap("select action, after_state from audit_entry"
                + " where entity_type = 'WebhookEndpoint' and entity_id = ?", Long.toString(id));
        assertThat(audit.get("action")).isEqualTo("created");
        assertThat((String) audit.get("after_state")).contains(PUBLIC_URL).doesNotContain("whsec_");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "https://10.0.0.7/", "http://[::1]/",
            "http://169.254.169.254/latest/meta-data", "http://localhost/", "http://[::ffff:192.168.1.1]/"})
    void refusesInternalTargetsWith422(String url) throws Exception {
        send(post("/api/admin/webhooks"), "{\"url\":\"" + url + "\"}", admin)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("webhook-target-refused"))
                .andExpect(jsonPath("$.errors[0].field").value("url"));
    }

    @Test
    void refusesMalformedInputWith400() throws Exception {
        send(post("/api/admin/webhooks"), "{\"description\":\"no url\"}", admin).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("url"));
        send(post("/api/admin/webhooks"), "{\"url\":\"ftp://example.com/x\"}", admin).andExpect(status().isBadRequest());
        send(post("/api/admin/webhooks"), "{\"url\":\"" + PUBLIC_URL + "\",\"eventTypes\":[\"Not A Type\"]}", admin)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("eventTypes"));
        send(post("/api/admin/webhooks"), "{\"url\":\"" + PUBLIC_URL + "\",\"enabled\":\"maybe\"}", admin)
                .andExpect(status().isBadRequest());
        long id = create("[]").get("endpoint").get("id").asLong();
        send(put("/api/admin/webhooks/{id}", id), "{\"url\":\"" + PUBLIC_URL + "\"}", admin)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(get("/api/admin/webhooks/{id}/deliveries?size=101", id).with(as(admin))).andExpect(status().isBadRequest());
        send(post("/api/admin/webhooks/{id}/redeliveries", id), "{\"eventId\":\"not-a-uuid\"}", admin)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("eventId"));
    }

    @Test
    void unknownEndpointsAnswer404AndStaleVersions409() throws Exception {
        mvc.perform(get("/api/admin/webhooks/{id}", 987654).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/api/admin/webhooks/{id}/rotate-secret", 987654).with(as(admin))).andExpect(status().isNotFound());
        JsonNode endpoint = create("[\"*\"]").get("endpoint");
        long id = endpoint.get("id").asLong();
        long version = endpoint.get("version").asLong();
        send(put("/api/admin/webhooks/{id}", id), "{\"url\":\"" + PUBLIC_URL + "\",\"description\":\"new\",\"version\":"
                + version + "}", admin).andExpect(status().isOk()).andExpect(jsonPath("$.description").value("new"));
        send(put("/api/admin/webhooks/{id}", id), "{\"url\":\"" + PUBLIC_URL + "\",\"description\":\"stale\",\"version\":"
                + version + "}", admin).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select description from webhook_endpoint where id = ?", String.class, id))
                .isEqualTo("new");
        mvc.perform(post("/api/admin/webhooks/{id}/disable?version={v}", id, version).with(as(admin)))
                .andExpect(status().isConflict());
    }

    @Test
    void rotatingGivesANewSecretAndKeepsThePreviousOneForTheGracePeriod() throws Exception {
        JsonNode created = create("[\"*\"]");
        long id = created.get("endpoint").get("id").asLong();
        JsonNode rotated = JSON.readTree(mvc.perform(post("/api/admin/webhooks/{id}/rotate-secret", id).with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(rotated.get("secret").asString()).startsWith("whsec_").isNotEqualTo(created.get("secret").asString());
        Instant until = Instant.parse(rotated.get("endpoint").get("previousSecretValidUntil").asString());
        assertThat(until).isBetween(Instant.now().plusSeconds(23 * 3600), Instant.now().plusSeconds(25 * 3600));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'WebhookEndpoint'"
                + " and entity_id = ? and action = 'secret-rotated'", Integer.class, Long.toString(id))).isOne();
    }

    @Test
    void pagesTheDeliveryLogNewestFirst() throws Exception {
        long id = create("[\"*\"]").get("endpoint").get("id").asLong();
        for (int i = 1; i <= 25; i++) {
            jdbc.update("""
                    insert into webhook_attempt (endpoint_id, event_id, event_type, position, attempt, manual, status_code,
                                                 duration_ms, attempted_at) values (?, ?, 'x.y', ?, 1, false, ?, 12, ?)""",
                    id, UUID.randomUUID(), i, i % 2 == 0 ? 200 : 503, Timestamp.from(Instant.now()));
        }
        mvc.perform(get("/api/admin/webhooks/{id}/deliveries?size=10", id).with(as(admin))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(25)).andExpect(jsonPath("$.totalPages").value(3))
                .andExpect(jsonPath("$.content.length()").value(10))
                .andExpect(jsonPath("$.content[0].position").value(25))
                .andExpect(jsonPath("$.content[0].statusCode").value(503))
                .andExpect(jsonPath("$.content[0].durationMs").value(12));
        mvc.perform(get("/api/admin/webhooks/{id}/deliveries?size=10&page=2", id).with(as(admin)))
                .andExpect(jsonPath("$.content.length()").value(5)).andExpect(jsonPath("$.content[4].position").value(1));
        mvc.perform(get("/api/admin/webhooks/{id}/deliveries", 987654).with(as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void queuesRedeliveriesOfKnownEventsTheEndpointReceives() throws Exception {
        long id = create("[\"redeliverable.*\"]").get("endpoint").get("id").asLong();
        UUID matching = append("redeliverable.happened");
        UUID other = append("other.happened");
        UUID personal = transactions.execute(s -> stream.append(StreamAppend.personal("redeliverable.happened", 1, null,
                Map.of("n", 1))));
        await().until(() -> stream.find(matching).isPresent() && stream.find(other).isPresent()
                && stream.find(personal).isPresent());

        send(post("/api/admin/webhooks/{id}/redeliveries", id), "{\"eventId\":\"" + UUID.randomUUID() + "\"}", admin)
                .andExpect(status().isNotFound());
        send(post("/api/admin/webhooks/{id}/redeliveries", id), "{\"eventId\":\"" + personal + "\"}", admin)
                .andExpect(status().isNotFound());
        send(post("/api/admin/webhooks/{id}/redeliveries", id), "{\"eventId\":\"" + other + "\"}", admin)
                .andExpect(status().isUnprocessableContent());
        send(post("/api/admin/webhooks/{id}/redeliveries", id), "{\"eventId\":\"" + matching + "\"}", admin)
                .andExpect(status().isAccepted());
        assertThat(jdbc.queryForList("select event_id from webhook_redelivery where endpoint_id = ?", UUID.class, id))
                .containsExactly(matching);
        mvc.perform(post("/api/admin/webhooks/{id}/disable", id).with(as(admin))).andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        send(post("/api/admin/webhooks/{id}/redeliveries", id), "{\"eventId\":\"" + matching + "\"}", admin)
                .andExpect(status().isConflict());
    }

    private UUID append(String type) {
        return transactions.execute(s -> stream.append(StreamAppend.internal(type, null, Set.of(Topics.DECISIONS),
                Map.of("n", 1))));
    }
}
