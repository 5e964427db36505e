package org.integrationgateway.integration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.support.JsonApiRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The administrators' webhook pages (same context as the API tests: worker off, private targets refused). */
@SpringBootTest(properties = "gateway.webhooks.worker-enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class WebhookWebControllerTests extends JsonApiRequests {

    CurrentUser admin;

    @BeforeEach
    void setUp() {
        admin = users.create(Role.ADMINISTRATOR);
    }

    @Test
    void onlyAdministratorsSeeThePages() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        mvc.perform(get("/admin/webhooks").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/webhooks/new").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/webhooks/new").param("url", WebhookApiControllerTests.PUBLIC_URL).with(as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/webhooks").with(as(admin))).andExpect(status().isOk())
                .andExpect(view().name("integration/webhooks"));
    }

    @Test
    void refusedTargetsAndBadTypesShowInlineAndSaveNothing() throws Exception {
        long before = jdbc.queryForObject("select count(*) from webhook_endpoint", Long.class);
        mvc.perform(post("/admin/webhooks/new").param("url", "http://127.0.0.1:9000/hook").param("eventTypes", "*")
                        .with(as(admin)))
                .andExpect(status().isOk()).andExpect(view().name("integration/webhook-form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "url", "webhook-target-refused"))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/admin/webhooks/new").param("url", "").with(as(admin)))
                .andExpect(model().attributeHasFieldErrors("form", "url"));
        mvc.perform(post("/admin/webhooks/new").param("url", WebhookApiControllerTests.PUBLIC_URL)
                        .param("eventTypes", "Bad Type").with(as(admin)))
                .andExpect(model().attributeHasFieldErrors("form", "eventTypes"));
        assertThat(jdbc.queryForObject("select count(*) from webhook_endpoint", Long.class)).isEqualTo(before);
    }

    @Test
    void showsTheSecretOnceOnCreationAndRotationAndTheDeliveryLog() throws Exception {
        String page = mvc.perform(post("/admin/webhooks/new").param("url", WebhookApiControllerTests.PUBLIC_URL)
                        .param("description", "CRM").param("eventTypes", "change-request.*\ngate-review.decided")
                        .param("enabled", "true").with(as(admin)))
                .andExpect(status().isOk()).andExpect(view().name("integration/webhook"))
                .andReturn().getResponse().getContentAsString();
        String secret = page.replaceAll("(?s).*data-testid=\"new-secret\">(whsec_[^<]+)<.*", "$1");
        assertThat(secret).startsWith("whsec_");
        long id = jdbc.queryForObject("select max(id) from webhook_endpoint", Long.class);
        jdbc.update("""
                insert into webhook_attempt (endpoint_id, event_id, event_type, position, attempt, manual, status_code,
                                             duration_ms, attempted_at)
                values (?, '6f1c0f6e-6d5e-4b1e-9c39-3f6d2d7f1a11', 'change-request.decided', 4, 2, false, 503, 31, current_timestamp)""", id);
        mvc.perform(get("/admin/webhooks/{id}", id).with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(secret.substring(6)))))
                .andExpect(content().string(containsString("HTTP 503")))
                .andExpect(content().string(containsString("6f1c0f6e-6d5e-4b1e-9c39-3f6d2d7f1a11")));
        mvc.perform(get("/admin/webhooks").with(as(admin))).andExpect(content().string(containsString("HTTP 503")));
        String rotated = mvc.perform(post("/admin/webhooks/{id}/rotate", id).with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rotated).contains("data-testid=\"new-secret\">whsec_").doesNotContain(secret.substring(6));
        mvc.perform(post("/admin/webhooks/{id}/disable", id).with(as(admin)))
                .andExpect(redirectedUrl("/admin/webhooks/" + id));
        assertThat(jdbc.queryForObject("select enabled from webhook_endpoint where id = ?", Boolean.class, id)).isFalse();
        mvc.perform(get("/admin/webhooks/{id}/edit", id).with(as(admin))).andExpect(status().isOk())
                .andExpect(view().name("integration/webhook-form"));
        mvc.perform(get("/admin/webhooks/{id}", 987654).with(as(admin))).andExpect(status().isNotFound());
    }
}
