package org.integrationgateway.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** API requests that match no operation still answer RFC 9457 problem details; pages keep their error pages. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class ApiRoutingProblemsTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    CurrentUser admin;

    @BeforeEach
    void signIn() {
        admin = users.create(Role.ADMINISTRATOR);
    }

    private RequestPostProcessor asAdmin() {
        RequestPostProcessor signedIn = TestUsers.as(admin);
        return request -> SecurityMockMvcRequestPostProcessors.csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }

    @Test
    void anUnknownApiAddressIsAProblemDetail() throws Exception {
        mvc.perform(get("/api/no-such-thing").with(asAdmin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void aMethodTheAddressDoesNotOfferIsAProblemDetailWithAllow() throws Exception {
        mvc.perform(patch("/api/people/1").contentType(MediaType.APPLICATION_JSON).content("{}").with(asAdmin()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Allow", containsString("PUT")))
                .andExpect(jsonPath("$.status").value(405));
        mvc.perform(post("/api/admin/audit").contentType(MediaType.APPLICATION_JSON).content("{}").with(asAdmin()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void pagesStillAnswerWithTheirErrorPage() throws Exception {
        mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML).with(asAdmin()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(""));
        mvc.perform(patch("/people/1").accept(MediaType.TEXT_HTML).with(asAdmin()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().string(""));
    }
}
