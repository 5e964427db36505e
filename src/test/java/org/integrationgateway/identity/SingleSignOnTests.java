package org.integrationgateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import oidcprovider.OidcTestProvider;
import oidcprovider.OidcTestProvider.Person;
import org.integrationgateway.identity.ProviderBrowser.Page;
import org.integrationgateway.portfolio.PortfolioFixtures;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Single sign-on end to end against a real OpenID Connect provider (Spring Authorization Server, started by the
 * test on its own port): our sign-in page, the provider's login form and consent page, and back, over real HTTP
 * with cookies. The provider is on {@code localhost} and the application on {@code 127.0.0.1}, so that each has
 * its own cookies as in a browser. The configuration is the live stream tests' (same properties and imports), so
 * that both share one application context on a random port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gateway.stream.keep-alive=1s", "gateway.stream.poll-interval=500ms"})
@ActiveProfiles("test")
@Import({TestUsers.class, PortfolioFixtures.class})
class SingleSignOnTests {

    private static final String SECRET = "provider-secret-" + UUID.randomUUID();
    private static OidcTestProvider provider;

    @LocalServerPort int port;
    @Autowired SsoProviderAdministration administration;
    @Autowired AccountManagement accounts;
    @Autowired JdbcTemplate jdbc;

    private long providerId;

    @BeforeAll
    static void startProvider() {
        provider = OidcTestProvider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @BeforeEach
    void configureProvider() {
        provider.registerClient("gateway", SECRET, app("/login/oauth2/code/acme").toString());
        SsoProviderView existing = administration.list().stream().filter(p -> p.registrationId().equals("acme"))
                .findFirst().orElse(null);
        SsoProviderDetails details = details(FirstSignIn.CREATE);
        providerId = existing == null ? administration.create(details).id()
                : administration.change(existing.id(), existing.version(), details).id();
    }

    private SsoProviderDetails details(FirstSignIn firstSignIn) {
        return new SsoProviderDetails("acme", "Acme SSO", provider.issuer(), "gateway", SECRET, null, true, null,
                Map.of("gateway-pmo", Set.of(Role.PMO), "gateway-admins", Set.of(Role.ADMINISTRATOR)), firstSignIn,
                Set.of(Role.STAFF), true);
    }

    private URI app(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private long account(String email, Role... roles) {
        return accounts.createAccount(new NewAccount(email, "Local " + email, "correct-horse-battery-staple",
                Set.of(roles), null));
    }

    private static String email(String who) {
        return who + "-" + UUID.randomUUID() + "@example.test";
    }

    private static Person person(String email, boolean verified, String... groups) {
        Person person = new Person("user-" + UUID.randomUUID(), "provider-password", "Provider " + email, email,
                verified, List.of(groups));
        provider.put(person);
        return person;
    }

    /** Our sign-in page, "Sign in with Acme SSO", the provider's login form, its consent page, and back. */
    private Page signInWithProvider(ProviderBrowser browser, Person person) {
        Page signIn = browser.open(app("/login"));
        Element button = signIn.document().selectFirst("[data-testid=sso-acme]");
        assertThat(button).as("the provider's button on our sign-in page").isNotNull();
        assertThat(button.text()).isEqualTo("Sign in with Acme SSO");

        Page login = browser.open(app(button.attr("href")));
        assertThat(login.uri().getHost()).as("the provider's login form").isEqualTo("localhost");
        assertThat(login.uri().getPath()).isEqualTo("/login");
        Page next = browser.submit(login, login.document().selectFirst("form"),
                Map.of("username", List.of(person.username()), "password", List.of(person.password())));

        Element consent = next.document().selectFirst("form[action$=/oauth2/authorize]");
        if (consent != null) {
            List<String> scopes = consent.select("input[type=checkbox][name=scope]").eachAttr("value");
            assertThat(scopes).as("scopes on the provider's consent page").contains("email", "profile");
            next = browser.submit(next, consent, Map.of("scope", scopes));
        }
        return next;
    }

    private Set<String> roles(long account) {
        return Set.copyOf(jdbc.queryForList("select role from user_role where user_account = ?", String.class, account));
    }

    private int links(long account) {
        return jdbc.queryForObject("select count(*) from sso_identity where user_account = ?", Integer.class, account);
    }

    /** Signed in: staff land on the project list, with their e-mail in the navigation. */
    private void assertSignedInAs(Page page, String email) {
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.uri()).isEqualTo(app("/projects"));
        assertThat(page.document().select(".nav-user").text()).isEqualTo(email);
    }

    private void assertSignedOut(ProviderBrowser browser) {
        var home = browser.request(app("/"));
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void signsInAsTheLinkedPersonAndMapsGroupsToRolesAtEverySignIn() {
        String email = email("linked");
        long id = account(email, Role.STAFF);
        Person person = person(email, true, "gateway-pmo", "other-group");
        ProviderBrowser browser = new ProviderBrowser();

        Page home = signInWithProvider(browser, person);

        assertSignedInAs(home, email);
        assertThat(links(id)).as("provider identity linked to the existing account").isEqualTo(1);
        assertThat(roles(id)).as("roles from the groups").containsExactly("PMO");

        provider.put(new Person(person.username(), person.password(), person.name(), person.email(), true, List.of()));
        ProviderBrowser again = new ProviderBrowser();
        assertSignedInAs(signInWithProvider(again, person), email);
        assertThat(roles(id)).as("no mapped group at the next sign-in: the default roles").containsExactly("STAFF");
        assertThat(links(id)).isEqualTo(1);
    }

    @Test
    void signOutEndsTheLocalSession() {
        String email = email("signout");
        account(email, Role.STAFF);
        ProviderBrowser browser = new ProviderBrowser();
        Page home = signInWithProvider(browser, person(email, true));
        assertSignedInAs(home, email);

        Element signOut = home.document().selectFirst("form[action$=/logout]");
        Page after = browser.submit(home, signOut, Map.of());

        assertThat(after.uri()).isEqualTo(app("/login?signedOut"));
        assertSignedOut(browser);
    }

    @Test
    void refusesAnUnverifiedEmailWithAClearMessage() {
        String email = email("unverified");
        long id = account(email, Role.STAFF);
        ProviderBrowser browser = new ProviderBrowser();

        Page page = signInWithProvider(browser, person(email, false));

        assertThat(page.uri()).isEqualTo(app("/login?sso=email-not-verified"));
        assertThat(page.document().select("[data-testid=sso-error]").text())
                .isEqualTo("Your e-mail address is not verified at the sign-in provider. Verify it there, then sign in again.");
        assertThat(links(id)).isZero();
        assertSignedOut(browser);
    }

    @Test
    void createsAPersonWithTheDefaultRolesWhenConfigured() {
        String email = email("new");
        ProviderBrowser browser = new ProviderBrowser();

        Page home = signInWithProvider(browser, person(email, true));

        assertSignedInAs(home, email);
        Map<String, Object> created = jdbc.queryForMap(
                "select id, display_name, enabled from user_account where email = ?", email);
        assertThat(created.get("display_name")).isEqualTo("Provider " + email);
        assertThat(created.get("enabled")).isEqualTo(true);
        long id = ((Number) created.get("id")).longValue();
        assertThat(roles(id)).containsExactly("STAFF");
        assertThat(links(id)).isEqualTo(1);
    }

    @Test
    void refusesAnUnknownPersonWhenOnlyLinkingByEmail() {
        SsoProviderView current = administration.get(providerId);
        administration.change(providerId, current.version(), details(FirstSignIn.LINK_BY_EMAIL));
        String email = email("unknown");
        ProviderBrowser browser = new ProviderBrowser();

        Page page = signInWithProvider(browser, person(email, true));

        assertThat(page.uri()).isEqualTo(app("/login?sso=no-account"));
        assertThat(page.document().select("[data-testid=sso-error]").text()).contains("no account here");
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Integer.class, email))
                .isZero();
        assertSignedOut(browser);
    }

    @Test
    void refusesADisabledPerson() {
        String email = email("disabled");
        long id = account(email, Role.STAFF);
        accounts.disable(id, null);
        ProviderBrowser browser = new ProviderBrowser();

        Page page = signInWithProvider(browser, person(email, true));

        assertThat(page.uri()).isEqualTo(app("/login?sso=account-disabled"));
        assertThat(page.document().select("[data-testid=sso-error]").text())
                .isEqualTo("Your account here is disabled. Ask an administrator.");
        assertThat(links(id)).isZero();
        assertSignedOut(browser);
    }

    @Test
    void localSignInStillWorksBesideTheProvider() {
        String email = email("local");
        account(email, Role.STAFF);
        ProviderBrowser browser = new ProviderBrowser();
        Page signIn = browser.open(app("/login"));
        Element form = signIn.document().selectFirst("form[action$=/login]");

        Page home = browser.submit(signIn, form, Map.of("username", List.of(email),
                "password", List.of("correct-horse-battery-staple")));

        assertSignedInAs(home, email);
    }
}
