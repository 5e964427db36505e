package org.integrationgateway.changecontrol.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A change request raised over the API with an {@code Idempotency-Key}: a repeat (the client never saw the first
 * answer) gets the first answer and raises nothing more; the key with another request is refused; a failed request
 * stores nothing; keys are per account; identical requests at once raise one change request.
 */
abstract class IdempotentRaiseContract extends ChangeControlApiSupport {

    Team team;
    String path;

    @BeforeEach
    void setUp() {
        team = fixtures.team(true);
        path = "/api/projects/" + team.id() + "/change-requests";
    }

    int changeRequests() {
        return jdbc.queryForObject("select count(*) from change_request where project = ?", Integer.class, team.id());
    }

    int raisedAuditEntries() {
        return jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'change-request' and action = "
                + "'raised' and entity_id in (select cast(id as varchar(20)) from change_request where project = ?)",
                Integer.class, team.id());
    }

    static MockHttpServletRequestBuilder withKey(MockHttpServletRequestBuilder request, String key) {
        return request.header("Idempotency-Key", key);
    }

    @Test
    void aRepeatGetsTheFirstAnswerAndRaisesNothingMore() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = raiseJson("Stainless hopper", "SALES", "NORMAL", true);
        MockHttpServletResponse first = send(withKey(post(path), key), body, team.marketer())
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotency-Replayed"))
                .andReturn().getResponse();
        send(withKey(post(path), key), body, team.marketer())
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotency-Replayed", "true"))
                .andExpect(header().string("Location", first.getHeader("Location")))
                .andExpect(jsonPath("$.title").value("Stainless hopper"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .isEqualTo(first.getContentAsString()));

        assertThat(changeRequests()).isEqualTo(1);
        assertThat(raisedAuditEntries()).isEqualTo(1);
    }

    @Test
    void theKeyWithAnotherRequestIsRefusedAndChangesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        send(withKey(post(path), key), raiseJson("Stainless hopper", "SALES", "NORMAL", true), team.marketer())
                .andExpect(status().isCreated());
        send(withKey(post(path), key), raiseJson("Painted hopper", "SALES", "NORMAL", true), team.marketer())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("idempotency-key-reused"));
        assertThat(changeRequests()).isEqualTo(1);
    }

    @Test
    void aFailedRequestStoresNothingSoTheKeyServesTheCorrectedOne() throws Exception {
        String key = UUID.randomUUID().toString();
        send(withKey(post(path), key), "{\"origin\":\"SALES\",\"changeClass\":\"NORMAL\"}", team.marketer())
                .andExpect(status().isBadRequest());
        send(withKey(post(path), key), raiseJson("Hopper with a lid", "SALES", "NORMAL", true), team.marketer())
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotency-Replayed"));
        assertThat(changeRequests()).isEqualTo(1);
    }

    @Test
    void keysArePerAccountAndMalformedKeysAreRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = raiseJson("Quieter fan", "MARKETING", "NORMAL", true);
        send(withKey(post(path), key), body, team.marketer()).andExpect(status().isCreated());
        send(withKey(post(path), key), body, team.engineer()).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotency-Replayed"));
        assertThat(changeRequests()).isEqualTo(2);

        for (String malformed : List.of("has space", "x".repeat(101), "<script>")) {
            send(withKey(post(path), malformed), body, team.marketer()).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("idempotency-key-invalid"));
        }
        assertThat(changeRequests()).isEqualTo(2);
    }

    @Test
    void identicalRequestsAtOnceRaiseOneChangeRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = raiseJson("Faster infeed", "SALES", "NORMAL", true);
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<MockHttpServletResponse>> sends = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                sends.add(() -> send(withKey(post(path), key), body, team.marketer()).andReturn().getResponse());
            }
            List<MockHttpServletResponse> answers = new ArrayList<>();
            for (Future<MockHttpServletResponse> answer : pool.invokeAll(sends)) {
                answers.add(answer.get());
            }
            assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(201);
            assertThat(answers).extracting(MockHttpServletResponse::getContentAsString).containsOnly(
                    answers.get(0).getContentAsString());
            assertThat(answers).filteredOn(answer -> answer.getHeader("Idempotency-Replayed") == null).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(changeRequests()).isEqualTo(1);
        assertThat(raisedAuditEntries()).isEqualTo(1);
    }
}
