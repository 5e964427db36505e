package org.integrationgateway.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integrationgateway.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Export and import through the API and the pages, with their rights: administrators and PMO export any project
 * and import; a project's manager exports their own project only; others are refused. Refusals: a code that
 * exists (409), another format (422), a file over the limit (422).
 */
@SpringBootTest(properties = {"gateway.demo.enabled=true", "gateway.transfer.max-file-size=2MB"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TransferWebTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;

    private CurrentUser pmo;
    private CurrentUser engineer;
    private long k7;
    private long sff;

    @BeforeEach
    void users() {
        TestUsers users = new TestUsers(jdbc, encoder);
        pmo = users.create(Role.PMO);
        engineer = users.create(Role.STAFF);
        k7 = jdbc.queryForObject("select id from project where code = 'K7'", Long.class);
        sff = jdbc.queryForObject("select id from project where code = 'SFF'", Long.class);
    }

    @Test
    void pmoExportsAProjectAndImportsItUnderAnotherCode() throws Exception {
        byte[] file = mvc.perform(get("/api/projects/{id}/export", k7).with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"project-K7.json\""))
                .andExpect(jsonPath("$.format").value("integration-gateway/project-export"))
                .andExpect(jsonPath("$.formatVersion").value(1))
                .andExpect(jsonPath("$.exportedBy").value(pmo.email()))
                .andExpect(jsonPath("$.project.code").value("K7"))
                .andReturn().getResponse().getContentAsByteArray();

        mvc.perform(post("/api/projects/import").with(as(pmo)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(file))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("transfer-project-exists"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("K7")));

        int requests = jdbc.queryForObject("select count(*) from change_request where project = ?", Integer.class, k7);
        mvc.perform(post("/api/projects/import").with(as(pmo)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(renamed(file, "K7API")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("K7API"))
                .andExpect(jsonPath("$.created.change_request").value(requests))
                .andExpect(jsonPath("$.matched.person").isNumber());
        long copy = jdbc.queryForObject("select id from project where code = 'K7API'", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from change_request where project = ?", Integer.class, copy))
                .isEqualTo(requests);
        mvc.perform(get("/api/projects/{id}", copy).with(as(pmo))).andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("K7API"));

        // Both the download and the import are in the audit log, by whom and what; the refused import is not.
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'Project' and entity_id = ? "
                + "and actor = ? and action = 'exported'", String.class, Long.toString(k7), pmo.email())).hasSize(1);
        List<Map<String, Object>> imported = jdbc.queryForList("select actor, after_state from audit_entry "
                + "where entity_type = 'Project' and action = 'imported' and actor = ?", pmo.email());
        assertThat(imported).singleElement().satisfies(entry -> assertThat(entry.get("after_state").toString())
                .contains("\"code\":\"K7API\"").contains("\"change_request\":" + requests));
        assertThat(jdbc.queryForObject("select entity_id from audit_entry where action = 'imported' and actor = ?",
                String.class, pmo.email())).isEqualTo(Long.toString(copy));
    }

    @Test
    void theManagerExportsTheirOwnProjectOnlyAndOthersNone() throws Exception {
        CurrentUser manager = demoUser("sofia.marin@kestrel.example");
        mvc.perform(get("/api/projects/{id}/export", k7).with(as(manager))).andExpect(status().isOk());
        mvc.perform(get("/api/projects/{id}/export", sff).with(as(manager))).andExpect(status().isForbidden());
        mvc.perform(get("/api/projects/{id}/export", k7).with(as(engineer))).andExpect(status().isForbidden());
        mvc.perform(get("/projects/{id}/export", k7).with(as(engineer))).andExpect(status().isForbidden());
        mvc.perform(get("/api/projects/{id}/export", 999_999).with(as(pmo))).andExpect(status().isNotFound());
        mvc.perform(post("/api/projects/import").with(as(manager)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
        mvc.perform(get("/projects/import").with(as(engineer))).andExpect(status().isForbidden());
    }

    @Test
    void refusesAnotherFormatAndAFileOverTheLimit() throws Exception {
        mvc.perform(post("/api/projects/import").with(as(pmo)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"format\": \"something-else\", \"formatVersion\": 1}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("transfer-format"));
        mvc.perform(post("/api/projects/import").with(as(pmo)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"format\": \"integration-gateway/project-export\", \"formatVersion\": 2}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("transfer-format-version"));
        mvc.perform(post("/api/projects/import").with(as(pmo)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("not json"))
                .andExpect(status().isUnprocessableContent());
        byte[] large = ("{\"format\": \"integration-gateway/project-export\", \"pad\": \"" + "x".repeat(2 * 1024 * 1024)
                + "\"}").getBytes(StandardCharsets.UTF_8);
        mvc.perform(post("/api/projects/import").with(as(pmo)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(large))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("transfer-file-too-large"));
    }

    @Test
    void pagesOfferExportOnTheProjectAndImportWithASummary() throws Exception {
        mvc.perform(get("/projects/{id}", k7).with(as(pmo)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"export-project\"")));
        mvc.perform(get("/projects/{id}", k7).with(as(engineer)))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("data-testid=\"export-project\""))));
        mvc.perform(get("/projects").with(as(pmo)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"import-project\"")));
        byte[] file = mvc.perform(get("/projects/{id}/export", k7).with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"project-K7.json\""))
                .andReturn().getResponse().getContentAsByteArray();
        mvc.perform(get("/projects/import").with(as(pmo))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("project-import-form")));

        mvc.perform(multipart("/projects/import").file(new MockMultipartFile("file", "project-K7.json",
                        "application/json", renamed(file, "K7WEB"))).with(as(pmo)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"import-result\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Project K7WEB imported")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-kind=\"change_request\"")));
        mvc.perform(multipart("/projects/import").file(new MockMultipartFile("file", "project-K7.json",
                        "application/json", file)).with(as(pmo)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("exists already on this instance")));
        mvc.perform(multipart("/projects/import").file(new MockMultipartFile("file", "notes.json",
                        "application/json", "[1, 2]".getBytes(StandardCharsets.UTF_8))).with(as(pmo)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("not an Integration Gateway project export")));
    }

    private CurrentUser demoUser(String email) {
        long id = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
        List<Role> roles = jdbc.queryForList("select role from user_role where user_account = ?", String.class, id)
                .stream().map(Role::valueOf).toList();
        return new CurrentUser(id, email, email, new LinkedHashSet<>(roles), null);
    }

    private static byte[] renamed(byte[] file, String code) {
        ObjectNode document = (ObjectNode) JSON.readTree(file);
        ((ObjectNode) document.path("tables").path("project").get(0)).put("code", code);
        document.path("tables").path("meeting").forEach(m -> ((ObjectNode) m).put("ical_uid",
                code + "-" + m.path("ical_uid").asString()));
        return JSON.writeValueAsBytes(document);
    }
}
