package org.integrationgateway.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import oidcprovider.OidcTestProvider;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Administrators configure single sign-on providers over the API and the admin pages; the issuer's discovery
 * document is fetched from a real provider (started by the test) at save, and the client secret never comes back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class SsoProviderApiControllerTests {

    private static OidcTestProvider provider;

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    private CurrentUser admin;
    private String registrationId;

    @BeforeAll
    static void startProvider() {
        provider = OidcTestProvider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @BeforeEach
    void setUp() {
        admin = users.create(Role.ADMINISTRATOR);
        registrationId = "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void removeProviders() {
        jdbc.update("delete from sso_provider where registration_id like 't%'");
    }

    private String body(String id, String issuer, String secret, String extra) {
        return "{\"registrationId\":\"" + id + "\",\"displayName\":\"Test " + id + "\",\"issuerUri\":\"" + issuer
                + "\",\"clientId\":\"gateway\"" + (secret == null ? "" : ",\"clientSecret\":\"" + secret + "\"")
                + extra + "}";
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    private long create(String secret) throws Exception {
        MvcResult result = mvc.perform(json(post("/api/admin/sso-providers"),
                        body(registrationId, provider.issuer(), secret,
                                ",\"groupRoles\":{\"gw-pmo\":[\"PMO\"]},\"firstSignIn\":\"CREATE\"")).with(TestUsers.as(admin)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.clientSecretSet").value(true))
                .andExpect(jsonPath("$.groupRoles.gw-pmo[0]").value("PMO"))
                .andExpect(jsonPath("$.requireVerifiedEmail").value(true))
                .andExpect(jsonPath("$.emailClaim").value("email"))
                .andExpect(jsonPath("$.groupsClaim").value("groups"))
                .andReturn();
        return jdbc.queryForObject("select id from sso_provider where registration_id = ?", Long.class, registrationId);
    }

    @Test
    void addsAProviderAfterReadingItsDiscoveryAndNeverReturnsTheSecret() throws Exception {
        String secret = "very-secret-" + UUID.randomUUID();
        long id = create(secret);

        mvc.perform(get("/api/admin/sso-providers/{id}", id).with(TestUsers.as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issuerUri").value(provider.issuer()))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/api/admin/sso-providers").with(TestUsers.as(admin)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/admin/sso-providers/{id}", id).with(TestUsers.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"secret-set\"")))
                .andExpect(content().string(not(containsString(secret))));
        assertThat(jdbc.queryForObject("select client_secret from sso_provider where id = ?", String.class, id))
                .isEqualTo(secret);
    }

    @Test
    void aChangeWithoutSecretKeepsTheStoredOneAndAStaleVersionIsRefused() throws Exception {
        long id = create("first-secret");

        mvc.perform(json(put("/api/admin/sso-providers/{id}", id),
                        body(registrationId, provider.issuer(), null, ",\"enabled\":false,\"version\":0"))
                        .with(TestUsers.as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        assertThat(jdbc.queryForObject("select client_secret from sso_provider where id = ?", String.class, id))
                .isEqualTo("first-secret");

        mvc.perform(json(put("/api/admin/sso-providers/{id}", id),
                        body(registrationId, provider.issuer(), null, ",\"version\":0")).with(TestUsers.as(admin)))
                .andExpect(status().isConflict());
    }

    @Test
    void everyChangeOfAProviderIsAuditedWithoutItsSecret() throws Exception {
        long id = create("audited-secret-1");
        mvc.perform(json(put("/api/admin/sso-providers/{id}", id),
                        body(registrationId, provider.issuer(), null, ",\"enabled\":false,\"version\":0"))
                        .with(TestUsers.as(admin)))
                .andExpect(status().isOk());
        mvc.perform(json(put("/api/admin/sso-providers/{id}", id),
                        body(registrationId, provider.issuer(), "audited-secret-2", ",\"version\":1"))
                        .with(TestUsers.as(admin)))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/admin/sso-providers/{id}", id).with(csrf()).with(TestUsers.as(admin)))
                .andExpect(status().isNoContent());

        List<java.util.Map<String, Object>> entries = jdbc.queryForList("select actor, action, before_state, "
                + "after_state from audit_entry where entity_type = 'SsoProvider' and entity_id = ? order by id",
                Long.toString(id));
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("added", "changed", "changed", "removed");
        assertThat(entries).allSatisfy(e -> assertThat(e.get("actor")).isEqualTo(admin.email()));
        assertThat(entries.get(0).get("after_state").toString()).contains("\"registrationId\":\"" + registrationId + "\"")
                .contains("\"clientSecretReplaced\":true").contains("\"gw-pmo\":[\"PMO\"]");
        assertThat(entries.get(1).get("before_state").toString()).contains("\"enabled\":true");
        assertThat(entries.get(1).get("after_state").toString()).contains("\"enabled\":false")
                .contains("\"clientSecretReplaced\":false");
        assertThat(entries.get(2).get("after_state").toString()).contains("\"clientSecretReplaced\":true");
        assertThat(entries.get(3).get("after_state")).isNull();
        assertThat(entries).allSatisfy(e -> assertThat(String.valueOf(e.get("before_state")) + e.get("after_state"))
                .doesNotContain("audited-secret"));
    }

    @Test
    void refusesAnIssuerThatIsNotHttpsOrLocal() throws Exception {
        for (String issuer : List.of("http://login.example.com", "ftp://localhost/x", "not a url",
                "https://user@login.example.com", "https://login.example.com?x=1")) {
            mvc.perform(json(post("/api/admin/sso-providers"), body(registrationId, issuer, "s", ""))
                            .with(TestUsers.as(admin)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("https://")));
        }
        assertThat(jdbc.queryForObject("select count(*) from sso_provider where registration_id = ?", Integer.class,
                registrationId)).isZero();
    }

    @Test
    void refusesAProviderWhoseDiscoveryFailsWithAClearMessage() throws Exception {
        mvc.perform(json(post("/api/admin/sso-providers"), body(registrationId, "http://127.0.0.1:1", "s", ""))
                        .with(TestUsers.as(admin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString(
                        "http://127.0.0.1:1/.well-known/openid-configuration could not be read")));
        mvc.perform(json(post("/api/admin/sso-providers"), body(registrationId, provider.issuer() + "/other", "s", ""))
                        .with(TestUsers.as(admin)))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.queryForObject("select count(*) from sso_provider where registration_id = ?", Integer.class,
                registrationId)).isZero();
    }

    @Test
    void refusesMissingFieldsATakenIdAndUnknownProviders() throws Exception {
        mvc.perform(json(post("/api/admin/sso-providers"), body(registrationId, provider.issuer(), null, ""))
                        .with(TestUsers.as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("Enter the client secret."));
        mvc.perform(json(post("/api/admin/sso-providers"), body("Not Valid!", provider.issuer(), "s", ""))
                        .with(TestUsers.as(admin)))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/admin/sso-providers"), body(registrationId, provider.issuer(), "s",
                        ",\"groupRoles\":{\"x\":[\"CUSTOMER_CONTACT\"]}")).with(TestUsers.as(admin)))
                .andExpect(status().isBadRequest());
        create("s");
        mvc.perform(json(post("/api/admin/sso-providers"), body(registrationId, provider.issuer(), "s", ""))
                        .with(TestUsers.as(admin)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/admin/sso-providers/{id}", 987654321L).with(TestUsers.as(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSignInPageOffersOnlyEnabledProviders() throws Exception {
        long id = create("s");
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in with Test " + registrationId)))
                .andExpect(content().string(containsString("/oauth2/authorization/" + registrationId)));

        mvc.perform(json(put("/api/admin/sso-providers/{id}", id),
                        body(registrationId, provider.issuer(), null, ",\"enabled\":false,\"version\":0"))
                        .with(TestUsers.as(admin)))
                .andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Sign in with Test " + registrationId))));
        mvc.perform(get("/oauth2/authorization/{id}", registrationId))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?sso=unavailable"));
        mvc.perform(get("/login").param("sso", "unavailable")).andExpect(status().isOk())
                .andExpect(content().string(containsString("This sign-in provider is not available")));
    }

    @Test
    void theAdminPagesAddAProviderAndShowWhyDiscoveryFailed() throws Exception {
        mvc.perform(get("/admin/sso-providers/new").with(TestUsers.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("type=\"password\"")));
        mvc.perform(post("/admin/sso-providers/new").with(TestUsers.as(admin)).with(csrf())
                        .param("registrationId", registrationId).param("displayName", "Paged")
                        .param("issuerUri", "http://127.0.0.1:1").param("clientId", "gateway")
                        .param("clientSecret", "s").param("firstSignIn", "CREATE").param("defaultRoles", "STAFF")
                        .param("groupRoles", "gw-admins = ADMINISTRATOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("could not be read")));
        mvc.perform(post("/admin/sso-providers/new").with(TestUsers.as(admin)).with(csrf())
                        .param("registrationId", registrationId).param("displayName", "Paged")
                        .param("issuerUri", provider.issuer()).param("clientId", "gateway")
                        .param("clientSecret", "s").param("firstSignIn", "CREATE").param("defaultRoles", "STAFF")
                        .param("groupRoles", "gw-admins = ADMINISTRATOR\ngw-pmo = PMO, STAFF"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/sso-providers"));
        assertThat(jdbc.queryForList("select g.group_name || '=' || g.role from sso_group_role g join sso_provider p"
                + " on p.id = g.sso_provider where p.registration_id = ?", String.class, registrationId))
                .containsExactlyInAnyOrder("gw-admins=ADMINISTRATOR", "gw-pmo=PMO", "gw-pmo=STAFF");
        mvc.perform(get("/admin/sso-providers").with(TestUsers.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Paged")));
    }

    @Test
    void onlyAdministratorsReachTheProviders() throws Exception {
        long id = create("s");
        CurrentUser pmo = users.create(Role.PMO);
        List<MockHttpServletRequestBuilder> api = List.of(get("/api/admin/sso-providers"),
                get("/api/admin/sso-providers/{id}", id),
                json(post("/api/admin/sso-providers"), body("tx", provider.issuer(), "s", "")),
                json(put("/api/admin/sso-providers/{id}", id), body(registrationId, provider.issuer(), null,
                        ",\"version\":0")),
                delete("/api/admin/sso-providers/{id}", id).with(csrf()));
        for (MockHttpServletRequestBuilder request : api) {
            mvc.perform(request.with(TestUsers.as(pmo))).andExpect(status().isForbidden());
        }
        for (MockHttpServletRequestBuilder request : List.of(get("/api/admin/sso-providers"),
                delete("/api/admin/sso-providers/{id}", id).with(csrf()))) {
            mvc.perform(request).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/admin/sso-providers").with(TestUsers.as(pmo))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/sso-providers/{id}/delete", id).with(TestUsers.as(pmo)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from sso_provider where id = ?", Integer.class, id)).isOne();

        mvc.perform(delete("/api/admin/sso-providers/{id}", id).with(csrf()).with(TestUsers.as(admin)))
                .andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("select count(*) from sso_provider where id = ?", Integer.class, id)).isZero();
    }
}
