package org.integrationgateway.audit.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.integrationgateway.audit.DurableEventProbe;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestUsers.class, DurableEventProbe.class})
class AuditApiControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    String type;

    @BeforeEach
    void writeEntries() {
        type = "ApiTest" + UUID.randomUUID().toString().substring(0, 8);
        insert("2026-03-01T08:00:00Z", "ada@kestrel.example", "7", "created", null, "{\"name\":\"Pump\"}");
        insert("2026-03-02T08:00:00Z", "bo@kestrel.example", "7", "renamed", "{\"name\":\"Pump\"}", "{\"name\":\"Valve\"}");
        insert("2026-03-03T08:00:00Z", "bo@kestrel.example", "8", "created", null, "{\"name\":\"Gear\"}");
    }

    @Test
    void listsEntriesNewestFirstWithSnapshotsAsJson() throws Exception {
        mvc.perform(get("/api/admin/audit").param("entityType", type).with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.content[*].entityId").value(contains("8", "7", "7")))
                .andExpect(jsonPath("$.content[1].action").value("renamed"))
                .andExpect(jsonPath("$.content[1].actor").value("bo@kestrel.example"))
                .andExpect(jsonPath("$.content[1].occurredAt").value("2026-03-02T08:00:00Z"))
                .andExpect(jsonPath("$.content[1].before.name").value("Pump"))
                .andExpect(jsonPath("$.content[1].after.name").value("Valve"))
                .andExpect(jsonPath("$.content[2].before").doesNotExist());
    }

    @Test
    void filtersByEntityActorAndTime() throws Exception {
        mvc.perform(get("/api/admin/audit").param("entityType", type).param("entityId", "7")
                        .with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(jsonPath("$.content[*].action").value(contains("renamed", "created")));
        mvc.perform(get("/api/admin/audit").param("entityType", type).param("actor", "ada@kestrel.example")
                        .with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(jsonPath("$.content[*].entityId").value(contains("7")));
        mvc.perform(get("/api/admin/audit").param("entityType", type)
                        .param("from", "2026-03-02T00:00:00Z").param("to", "2026-03-03T00:00:00Z")
                        .with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(jsonPath("$.content[*].action").value(contains("renamed")));
    }

    @Test
    void pagesOnRequest() throws Exception {
        mvc.perform(get("/api/admin/audit").param("entityType", type).param("page", "1").param("size", "2")
                        .with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.content[*].action").value(contains("created")));
    }

    @Test
    void deniesEveryoneButAdministrators() throws Exception {
        mvc.perform(get("/api/admin/audit").with(users.newUser(Role.PMO))).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/audit").with(users.newUser(Role.STAFF))).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/audit").with(TestUsers.as(users.create(42L, Role.CUSTOMER_CONTACT))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/admin/audit")).andExpect(status().isUnauthorized());
    }

    @Test
    void answersBadFiltersWithProblemDetails() throws Exception {
        mvc.perform(get("/api/admin/audit").param("from", "yesterday").with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("from")));
        mvc.perform(get("/api/admin/audit").param("to", "2026-02-30T00:00:00Z").with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("to")));
        mvc.perform(get("/api/admin/audit").param("from", "2026-03-02T00:00:00Z").param("to", "2026-03-01T00:00:00Z")
                        .with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("to")));
        mvc.perform(get("/api/admin/audit").param("entityType", "x".repeat(61)).with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("entityType")));
        mvc.perform(get("/api/admin/audit").param("size", "101").with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("size")));
        mvc.perform(get("/api/admin/audit").param("page", "first").with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("page")));
        mvc.perform(get("/api/admin/audit").param("sort", "actor,asc").with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("sort")));
    }

    private void insert(String at, String actor, String entityId, String action, String before, String after) {
        jdbc.update("insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, before_state, after_state)"
                + " values (?, ?, ?, ?, ?, ?, ?)", Timestamp.from(Instant.parse(at)), actor, type, entityId, action,
                before, after);
    }
}
