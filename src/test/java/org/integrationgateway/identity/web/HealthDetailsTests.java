package org.integrationgateway.identity.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The health endpoint is public for load balancers, but its component details (database product, disk paths)
 * are for administrators: a customer contact or a staff member sees only the status.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class HealthDetailsTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void onlyAdministratorsSeeComponentDetails() throws Exception {
        mvc.perform(get("/actuator/health").with(TestUsers.as(users.create(Role.ADMINISTRATOR))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.components.db.details").exists());
        mvc.perform(get("/actuator/health").with(TestUsers.as(users.create(1L, Role.CUSTOMER_CONTACT))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(TestUsers.as(users.create(Role.STAFF))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.components").doesNotExist());
    }
}
