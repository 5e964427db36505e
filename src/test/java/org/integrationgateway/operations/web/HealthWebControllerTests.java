package org.integrationgateway.operations.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class HealthWebControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void showsEverySectionLinkedFromTheAdminNavigation() throws Exception {
        mvc.perform(get("/admin/health").with(users.newUser(Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/health"))
                .andExpect(content().string(containsString("data-testid=\"health-overall\"")))
                .andExpect(content().string(containsString("data-testid=\"health-database\"")))
                .andExpect(content().string(containsString("data-testid=\"health-events\"")))
                .andExpect(content().string(containsString("data-testid=\"health-stream\"")))
                .andExpect(content().string(containsString("data-testid=\"health-webhooks\"")))
                .andExpect(content().string(containsString("data-testid=\"health-mail\"")))
                .andExpect(content().string(containsString("data-testid=\"health-nodes\"")))
                .andExpect(content().string(containsString("Connections in use / idle / maximum")))
                .andExpect(content().string(containsString("href=\"/admin/health\" data-testid=\"nav-health\"")));
    }

    @Test
    void isForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/health").with(users.newUser(Role.STAFF))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/health")).andExpect(status().is3xxRedirection());
    }
}
