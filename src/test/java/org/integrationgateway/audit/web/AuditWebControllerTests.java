package org.integrationgateway.audit.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestUsers.class, DurableEventProbe.class})
class AuditWebControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    String type;

    @BeforeEach
    void writeEntries() {
        type = "WebTest" + UUID.randomUUID().toString().substring(0, 8);
        insert("2026-04-01T08:00:00Z", "ada@kestrel.example", "5", "created", null, "{\"name\":\"Pump\",\"status\":\"OPEN\"}");
        insert("2026-04-02T08:30:15Z", "bo@kestrel.example", "5", "renamed",
                "{\"name\":\"Pump\",\"status\":\"OPEN\"}", "{\"name\":\"Valve\",\"status\":\"OPEN\"}");
    }

    @Test
    void showsEntriesNewestFirstWithTheirStatesInDetails() throws Exception {
        String page = mvc.perform(get("/admin/audit").param("entityType", type).with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("audit/list"))
                .andExpect(content().string(allOf(
                        containsString("2026-04-02 08:30:15 UTC"),
                        containsString("datetime=\"2026-04-02T08:30:15Z\""),
                        containsString("Changed: name"),
                        containsString("<details>"),
                        containsString("data-label=\"Changed by\""),
                        containsString("&quot;Valve&quot;"))))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page.indexOf("renamed")).isLessThan(page.indexOf(">created<"));
    }

    @Test
    void filtersByActorAndKeepsTheFilterInTheForm() throws Exception {
        mvc.perform(get("/admin/audit").param("entityType", type).param("actor", "ada@kestrel.example")
                        .with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">created<"), not(containsString(">renamed<")),
                        containsString("value=\"ada@kestrel.example\""))));
    }

    @Test
    void filtersByTimeTypedInUtc() throws Exception {
        mvc.perform(get("/admin/audit").param("entityType", type).param("from", "2026-04-02T00:00")
                        .with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">renamed<"), not(containsString(">created<")))));
    }

    @Test
    void saysSoWhenNothingMatches() throws Exception {
        mvc.perform(get("/admin/audit").param("entityType", type).param("entityId", "nothing-here")
                        .with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No changes match these filters.")));
    }

    @Test
    void showsAnUnreadableTimeNextToItsFieldWith400() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "last tuesday").with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("audit/list"))
                .andExpect(content().string(allOf(containsString("id=\"from-error\""),
                        containsString("aria-describedby=\"from-error\""),
                        containsString("value=\"last tuesday\""),
                        not(containsString("data-testid=\"audit-entries\"")))));
    }

    @Test
    void deniesEveryoneButAdministrators() throws Exception {
        mvc.perform(get("/admin/audit").with(users.newUser(Role.PMO))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(users.newUser(Role.STAFF))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(TestUsers.as(users.create(42L, Role.CUSTOMER_CONTACT))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection());
    }

    private void insert(String at, String actor, String entityId, String action, String before, String after) {
        jdbc.update("insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, before_state, after_state)"
                + " values (?, ?, ?, ?, ?, ?, ?)", Timestamp.from(Instant.parse(at)), actor, type, entityId, action,
                before, after);
    }
}
