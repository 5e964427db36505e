package org.integrationgateway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.integrationgateway.IntegrationGatewayApplication;
import org.integrationgateway.support.PostgresTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11 item 3 across two application nodes on one PostgreSQL database (sessions in Spring Session JDBC): node A
 * is this test's context (MockMvc), node B a second application started on the same database and reached over real
 * HTTP. A session opened on either node is served by the other; its id changes at sign-in; signing out, disabling
 * the account or revoking a token on one node stops the session or token on both at once, with no wait.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@PostgresTest
@Import(TestUsers.class)
class SessionsAcrossNodesTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    private static ConfigurableApplicationContext nodeB;
    private static String nodeBUrl;

    @Autowired MockMvc nodeA;
    @Autowired TestUsers users;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcTemplate jdbc;
    @Autowired Environment environment;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void startNodeB() {
        if (nodeB == null) {
            nodeB = new SpringApplicationBuilder(IntegrationGatewayApplication.class).profiles("test").run(
                    "--server.port=0", "--server.address=127.0.0.1",
                    "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                    "--gateway.demo.enabled=false", "--gateway.stream.node-id=sessions-node-b",
                    "--spring.lifecycle.timeout-per-shutdown-phase=5s");
            nodeBUrl = "http://127.0.0.1:" + nodeB.getEnvironment().getProperty("local.server.port");
        }
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }

    @Test
    void aSessionOpenedOnOneNodeIsServedByTheOtherAndItsIdChangesAtSignIn() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        HttpResponse<String> page = onB("GET", "/login", null, null);
        String anonymous = sessionOf(page);
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the sign-in page carries a CSRF token").isTrue();

        HttpResponse<String> signedIn = onB("POST", "/login", anonymous, "username=" + encode(staff.email())
                + "&password=" + encode(TestUsers.PASSWORD) + "&_csrf=" + encode(token.group(1)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        String session = sessionOf(signedIn);
        assertThat(session).isNotEqualTo(anonymous);

        nodeA.perform(get("/account/tokens").cookie(new Cookie("SESSION", session))).andExpect(status().isOk());
        nodeA.perform(get("/account/tokens").cookie(new Cookie("SESSION", anonymous))).andExpect(redirectedUrl("/login"));
        assertThat(onB("GET", "/account/tokens", session, null).statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutOnOneNodeEndsTheSessionOnTheOther() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        Cookie session = signInOnA(staff);
        assertThat(onB("GET", "/account/tokens", session.getValue(), null).statusCode()).isEqualTo(200);

        nodeA.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));

        assertSignedOutOnB(session.getValue());
        assertThat(onB("GET", "/api/account/tokens", session.getValue(), null).statusCode()).isEqualTo(401);
    }

    @Test
    void disablingAnAccountOnOneNodeEndsEverySessionAndTokenOnBothAtOnce() throws Exception {
        CurrentUser admin = users.create(Role.ADMINISTRATOR);
        String adminToken = tokens.create(admin.accountId(), "admin", null).secret();
        CurrentUser staff = users.create(Role.STAFF);
        Cookie first = signInOnA(staff);
        Cookie second = signInOnA(staff);
        String staffToken = tokens.create(staff.accountId(), "ci", null).secret();
        assertThat(onB("GET", "/account/tokens", first.getValue(), null).statusCode()).isEqualTo(200);
        assertThat(withToken("/api/account/tokens", staffToken).statusCode()).isEqualTo(200);

        HttpResponse<String> disabled = http.send(HttpRequest.newBuilder(URI.create(nodeBUrl + "/api/admin/users/"
                        + staff.accountId() + "/disable")).header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);

        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                staff.email())).isZero();
        for (Cookie session : new Cookie[] {first, second}) {
            assertSignedOutOnB(session.getValue());
            nodeA.perform(get("/account/tokens").cookie(session)).andExpect(status().is3xxRedirection());
        }
        assertThat(withToken("/api/account/tokens", staffToken).statusCode()).isEqualTo(401);
        nodeA.perform(get("/api/account/tokens").header("Authorization", "Bearer " + staffToken))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void revokingATokenOnOneNodeStopsItOnTheOtherAtOnce() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        var issued = tokens.create(staff.accountId(), "ci", null);
        assertThat(withToken("/api/account/tokens", issued.secret()).statusCode()).isEqualTo(200);

        nodeA.perform(delete("/api/account/tokens/{id}", issued.token().id()).with(TestUsers.as(staff)).with(csrf()))
                .andExpect(status().isNoContent());

        assertThat(withToken("/api/account/tokens", issued.secret()).statusCode()).isEqualTo(401);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------------

    private Cookie signInOnA(CurrentUser user) throws Exception {
        Cookie cookie = nodeA.perform(formLogin("/login").user(user.email()).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        return cookie;
    }

    private void assertSignedOutOnB(String session) throws IOException, InterruptedException {
        HttpResponse<String> response = onB("GET", "/account/tokens", session, null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    private HttpResponse<String> onB(String method, String path, String session, String form)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(nodeBUrl + path));
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        request.method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> withToken(String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(nodeBUrl + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionOf(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
