package org.integrationgateway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.support.TableChecksums;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 11 item 3 on one node: every state-changing endpoint of the application (all POST, PUT, PATCH and DELETE
 * handler methods, read from Spring's handler mappings) refuses a signed-in browser session that sends no CSRF token
 * or a wrong one, with 403 before any controller runs and with no row of any table changed; the documented
 * exceptions are requests with a Bearer token and the calendar feed chain (which has no state-changing endpoint).
 * Also: the session id changes at sign-in, sign-out ends the session, and the idle and absolute timeouts apply
 * (the absolute one checked by moving the application clock, not by waiting).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestUsers.class, ChangeControlFixtures.class})
class CsrfAndSessionTests {

    private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    /** Paths outside the CSRF rule by design: calendar apps fetch feeds by a secret address, without a session. */
    private static final List<String> EXEMPT_PREFIXES = List.of("/calendar/feed/");
    /** Sessions change on every request; the cluster lease and stream presence are renewed by background tasks. */
    private static final Set<String> UNRELATED_TABLES = Set.of("spring_session", "spring_session_attributes",
            "cluster_lock", "stream_presence");

    private static final ShiftedClock CLOCK = new ShiftedClock();

    @TestBean(name = "clock", methodName = "shiftedClock")
    Clock clock;

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ChangeControlFixtures fixtures;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    static Clock shiftedClock() {
        return CLOCK;
    }

    @AfterEach
    void resetClock() {
        CLOCK.shift = Duration.ZERO;
    }

    // ---- CSRF -----------------------------------------------------------------------------------------------------------

    @Test
    void everyStateChangingEndpointRefusesASessionWithoutAValidCsrfTokenAndChangesNothing() throws Exception {
        fixtures.team(true);
        CurrentUser admin = users.create(Role.ADMINISTRATOR);
        CurrentUser customer = users.create(1L, Role.CUSTOMER_CONTACT);
        Cookie adminSession = signIn(admin);
        Cookie customerSession = signIn(customer);
        Map<String, String> before = TableChecksums.of(jdbc, UNRELATED_TABLES);

        List<Endpoint> endpoints = stateChangingEndpoints();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Endpoint endpoint : endpoints) {
            if (EXEMPT_PREFIXES.stream().anyMatch(endpoint.path()::startsWith)) {
                continue;
            }
            boolean portal = endpoint.path().startsWith("/portal/") || endpoint.path().startsWith("/api/portal/");
            Cookie session = portal ? customerSession : adminSession;
            for (boolean wrongToken : new boolean[] {false, true}) {
                MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.url()).cookie(session);
                request = endpoint.path().startsWith("/api/")
                        ? request.contentType(MediaType.APPLICATION_JSON).content("{}")
                        : request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content("title=x");
                if (wrongToken) {
                    request = request.with(csrf().useInvalidToken());
                }
                MvcResult result = mvc.perform(request).andReturn();
                cases++;
                String detail = result.getResponse().getErrorMessage() != null ? result.getResponse().getErrorMessage()
                        : result.getResponse().getContentAsString();
                if (result.getResponse().getStatus() != 403 || result.getHandler() != null || !detail.contains("CSRF")) {
                    failures.add(endpoint + (wrongToken ? " with a wrong token" : " without a token") + " answered "
                            + result.getResponse().getStatus() + (result.getHandler() != null ? " from its controller" : ""));
                }
            }
        }

        assertThat(failures).as("state-changing requests accepted without a valid CSRF token").isEmpty();
        assertThat(endpoints).hasSizeGreaterThan(150);
        assertThat(changedTables(before)).as("tables changed by refused requests").isEmpty();
        mvc.perform(get("/account/tokens").cookie(adminSession)).andExpect(status().isOk());
        System.out.printf("CSRF sweep: %d state-changing endpoints, %d requests, %d accepted%n", endpoints.size(), cases,
                failures.size());
    }

    @Test
    void signingInAndOutNeedTheCsrfTokenToo() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        mvc.perform(post("/login").param("username", staff.email()).param("password", TestUsers.PASSWORD))
                .andExpect(status().isForbidden());
        Cookie session = signIn(staff);
        mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").cookie(session).with(csrf().useInvalidToken())).andExpect(status().isForbidden());
        mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aBearerTokenRequestNeedsNoCsrfTokenButABadTokenIsRefusedEvenWithASession() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        Cookie session = signIn(staff);
        String first = JsonPath.read(createToken(session, "first"), "$.token");
        Integer second = JsonPath.read(createToken(session, "second"), "$.id");
        Integer third = JsonPath.read(createToken(session, "third"), "$.id");

        Map<String, String> before = TableChecksums.of(jdbc, UNRELATED_TABLES);
        mvc.perform(delete("/api/account/tokens/{id}", third).cookie(session).header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
        assertThat(changedTables(before)).isEmpty();

        mvc.perform(delete("/api/account/tokens/{id}", second).header("Authorization", "Bearer " + first))
                .andExpect(status().isNoContent());
        assertThat(jdbc.queryForList("select name from api_token where user_account = ? and revoked_at is null",
                String.class, staff.accountId())).containsExactlyInAnyOrder("first", "third");
    }

    private String createToken(Cookie session, String name) throws Exception {
        return mvc.perform(post("/api/account/tokens").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\",\"expiresInDays\":7}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    // ---- session life ---------------------------------------------------------------------------------------------------

    @Test
    void theSessionIdChangesAtSignInAndTheOldIdIsWorthNothing() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        MvcResult page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
        Cookie anonymous = page.getResponse().getCookie("SESSION");
        assertThat(anonymous).as("the sign-in page opens a session for its CSRF token").isNotNull();

        MvcResult signedIn = mvc.perform(post("/login").cookie(anonymous).with(csrf())
                        .param("username", staff.email()).param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie session = signedIn.getResponse().getCookie("SESSION");

        assertThat(session).isNotNull();
        assertThat(session.getValue()).isNotEqualTo(anonymous.getValue());
        mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/account/tokens").cookie(anonymous)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void signingOutEndsTheSessionInTheDatabase() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        Cookie session = signIn(staff);
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
        assertThat(sessionsOf(staff)).isZero();
        mvc.perform(get("/account/tokens").cookie(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/account/tokens").cookie(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void anIdleSessionEndsAfterEightHours() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        Cookie session = signIn(staff);
        assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where principal_name = ?",
                Integer.class, staff.email())).isEqualTo(8 * 3600);

        idleFor(staff, Duration.ofHours(8).minusMinutes(1));
        mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().isOk());
        idleFor(staff, Duration.ofHours(8).plusMinutes(1));
        mvc.perform(get("/account/tokens").cookie(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/account/tokens").cookie(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void anActiveSessionEndsAtTheAbsoluteTimeout() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        Cookie page = signIn(staff);
        Cookie api = signIn(staff);

        CLOCK.shift = Duration.ofHours(12).minusMinutes(1);
        mvc.perform(get("/account/tokens").cookie(page)).andExpect(status().isOk());
        mvc.perform(get("/api/account/tokens").cookie(api)).andExpect(status().isOk());
        assertThat(sessionsOf(staff)).isEqualTo(2);

        CLOCK.shift = Duration.ofHours(12).plusMinutes(1);
        mvc.perform(get("/account/tokens").cookie(page)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/api/account/tokens").cookie(api)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Your session has reached its maximum length. Sign in again."));
        assertThat(sessionsOf(staff)).isZero();
        mvc.perform(get("/account/tokens").cookie(page)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theAbsoluteTimeoutCountsFromTheSignInNotFromASignInPageLeftOpen() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        Cookie anonymous = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        jdbc.update("update spring_session set creation_time = ? where session_id = (select session_id from"
                + " spring_session order by creation_time desc limit 1)", Instant.now().minus(Duration.ofHours(13))
                .toEpochMilli());
        Cookie session = mvc.perform(post("/login").cookie(anonymous).with(csrf())
                        .param("username", staff.email()).param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().isOk());
        CLOCK.shift = Duration.ofHours(12).plusMinutes(1);
        mvc.perform(get("/account/tokens").cookie(session)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void tokenRequestsHaveNoAbsoluteTimeout() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        String secret = mvc.perform(post("/api/account/tokens").with(TestUsers.as(staff)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"ci\",\"expiresInDays\":7}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        CLOCK.shift = Duration.ofHours(13);
        mvc.perform(get("/api/account/tokens").header("Authorization", "Bearer " + JsonPath.read(secret, "$.token")))
                .andExpect(status().isOk());
    }

    // ---- helpers --------------------------------------------------------------------------------------------------------

    private Cookie signIn(CurrentUser user) throws Exception {
        Cookie cookie = mvc.perform(formLogin("/login").user(user.email()).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        return cookie;
    }

    private List<String> changedTables(Map<String, String> before) {
        Map<String, String> after = TableChecksums.of(jdbc, UNRELATED_TABLES);
        return after.keySet().stream().filter(table -> !after.get(table).equals(before.get(table))).toList();
    }

    private int sessionsOf(CurrentUser user) {
        return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                user.email());
    }

    private void idleFor(CurrentUser user, Duration idle) {
        long lastAccess = Instant.now().minus(idle).toEpochMilli();
        jdbc.update("update spring_session set last_access_time = ?, expiry_time = ? where principal_name = ?",
                lastAccess, lastAccess + Duration.ofHours(8).toMillis(), user.email());
    }

    /** Every POST, PUT, PATCH and DELETE handler method of the application, by pattern (a method-less mapping counts as POST). */
    private List<Endpoint> stateChangingEndpoints() {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("org.integrationgateway")) {
                continue;
            }
            Set<HttpMethod> methods = new java.util.HashSet<>();
            entry.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(HttpMethod.valueOf(m.name())));
            if (methods.isEmpty()) {
                methods.add(HttpMethod.POST);
            }
            methods.retainAll(STATE_CHANGING);
            for (String pattern : entry.getKey().getPatternValues()) {
                methods.forEach(method -> endpoints.add(new Endpoint(method, pattern)));
            }
        }
        return List.copyOf(endpoints);
    }

    record Endpoint(HttpMethod method, String path) implements Comparable<Endpoint> {

        /** The path with every variable replaced by 1 (the CSRF check runs before any id is looked at). */
        String url() {
            StringBuilder url = new StringBuilder();
            int depth = 0;
            for (char c : path.toCharArray()) {
                if (c == '{') {
                    if (depth++ == 0) {
                        url.append('1');
                    }
                } else if (c == '}') {
                    depth--;
                } else if (depth == 0) {
                    url.append(c);
                }
            }
            return url.toString();
        }

        @Override
        public int compareTo(Endpoint other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : method.name().compareTo(other.method.name());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The system clock moved forward by {@link #shift}, so a test can age a session without waiting. */
    static final class ShiftedClock extends Clock {

        volatile Duration shift = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }
    }
}
