package org.integrationgateway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** GATEWAY_SECURE_COOKIE=true (as in production behind TLS) marks the session cookie Secure. */
@SpringBootTest(properties = "GATEWAY_SECURE_COOKIE=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class SecureSessionCookieTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void theSessionCookieIsSecureHttpOnlyAndSameSiteLax() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        String setCookie = mvc.perform(formLogin("/login").user(staff.email()).password(TestUsers.PASSWORD))
                .andReturn().getResponse().getHeaders("Set-Cookie").stream()
                .filter(value -> value.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
    }
}
