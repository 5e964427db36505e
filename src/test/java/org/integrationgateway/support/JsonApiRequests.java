package org.integrationgateway.support;

import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** MockMvc helpers for JSON API tests: requests signed in as a test user (with a CSRF token), or anonymous. */
public abstract class JsonApiRequests {

    @Autowired protected MockMvc mvc;
    @Autowired protected JdbcTemplate jdbc;
    @Autowired protected TestUsers users;

    protected static RequestPostProcessor as(CurrentUser user) {
        RequestPostProcessor signedIn = TestUsers.as(user);
        return request -> SecurityMockMvcRequestPostProcessors.csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }

    protected static RequestPostProcessor as(Member member) {
        return as(member.user());
    }

    protected ResultActions send(MockHttpServletRequestBuilder request, String json, CurrentUser user) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json).with(as(user)));
    }

    protected ResultActions send(MockHttpServletRequestBuilder request, String json, Member member) throws Exception {
        return send(request, json, member.user());
    }

    /** The same request without anyone signed in (but with a CSRF token, so only authentication is missing). */
    protected ResultActions anonymous(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json)
                .with(SecurityMockMvcRequestPostProcessors.csrf()));
    }
}
