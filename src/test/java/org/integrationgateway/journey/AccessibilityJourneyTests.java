package org.integrationgateway.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.integrationgateway.demo.DemoSignIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main pages pass axe-core (WCAG 2 A and AA plus best practices) without serious or critical violations, at
 * desktop and at phone width, each page seen by a demo user who uses it. Every finding, whatever its impact, is written
 * to {@code target/accessibility/axe-report.txt}.
 *
 * <p>axe-core comes from its webjar on the test classpath. The application's CSP ({@code script-src 'self'}) refuses
 * inline script tags, so the source is evaluated through Playwright (DevTools protocol), which CSP does not govern;
 * the production policy stays as it is.
 *
 * <p>Relies on: {@code #lifecycle [data-testid=current-stage]} on the project page, {@code #assignments} on the person
 * page, and the demo data: project K7, person Lena Vogt, customer Bellamy Foods, K7's decided gate reviews, K7's change
 * request awaiting the board (Sofia Marin votes on it), K7's spec item SPEC-14 and its baselines B1 and B2
 * ({@code [data-testid=spec-items]}, {@code [data-testid=history]}, {@code [data-testid=comparison-summary]}).
 */
class AccessibilityJourneyTests extends BrowserJourney {

    static final Path REPORT = Paths.get("target", "accessibility", "axe-report.txt");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String ADMIN = "admin@kestrel.example";
    private static final String MANAGER = "sofia.marin@kestrel.example";
    private static final String PMO = "ada.lindqvist@kestrel.example";
    private static final String CUSTOMER = "hannah.bellamy@bellamyfoods.example";

    /** Report sections of the walks so far, so that the report holds both viewports whichever ran first. */
    private static final Map<Viewport, String> SECTIONS = new EnumMap<>(Viewport.class);

    @Autowired JdbcTemplate jdbc;

    private final List<Finding> findings = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void mainPagesHaveNoSeriousViolations(Viewport viewport) throws IOException {
        long k7 = jdbc.queryForObject("select id from project where code = 'K7'", Long.class);
        long lena = jdbc.queryForObject("select id from person where email = 'lena.vogt@kestrel.example'", Long.class);
        long bellamy = jdbc.queryForObject("select id from customer where name = 'Bellamy Foods'", Long.class);
        Long review = jdbc.queryForObject("select min(id) from gate_review where project = ?", Long.class, k7);

        open("accessibility", viewport);
        page.navigate(url("/login"));
        audit("sign-in");

        signIn(MANAGER, DemoSignIn.PASSWORD);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        visit("/projects");
        audit("/projects");
        visit("/projects/" + k7);
        assertThat(page.locator("#lifecycle [data-testid=current-stage]")).isVisible();
        audit("project K7 with lifecycle");
        visit("/projects/" + k7 + "/gate-reviews/new");
        assertThat(page.locator("[data-testid=schedule-form]")).isVisible();
        audit("gate review schedule form");
        if (review != null) {
            visit("/gate-reviews/" + review);
            assertThat(page.locator("[data-testid=decision]")).isVisible();
            audit("gate review " + review);
        }
        Long change = jdbc.queryForObject("select min(id) from change_request where project = ? and state = 'AWAITING_DECISION'",
                Long.class, k7);
        if (change != null) {
            visit("/changes/" + change);
            assertThat(page.locator("[data-testid=vote-form]")).isVisible();
            audit("change request " + change + " with vote form");
        }
        visit("/projects/" + k7 + "/changes");
        audit("change log of K7");
        visit("/projects/" + k7 + "/changes/new");
        assertThat(page.locator("[data-testid=change-form]")).isVisible();
        audit("change request form");
        visit("/projects/" + k7 + "/changes/settings");
        assertThat(page.locator("[data-testid=board-form]")).isVisible();
        audit("change control settings of K7");
        visit("/projects/" + k7 + "/spec");
        assertThat(page.locator("[data-testid=spec-items]").first()).isVisible();
        audit("spec of K7");
        long spec14 = jdbc.queryForObject("select id from spec_item where project = ? and item_key = 'SPEC-14'", Long.class, k7);
        visit("/spec-items/" + spec14);
        assertThat(page.locator("[data-testid=history]")).isVisible();
        audit("spec item SPEC-14 with history");
        List<Long> baselines = jdbc.queryForList("select id from baseline where project = ? and number in (1, 2) order by number",
                Long.class, k7);
        visit("/projects/" + k7 + "/baselines/compare?from=" + baselines.get(0) + "&to=" + baselines.get(1));
        assertThat(page.locator("[data-testid=comparison-summary]")).isVisible();
        audit("comparison of K7's baselines B1 and B2");
        visit("/changes/decisions");
        audit("my decisions");
        visit("/account/tokens");
        audit("account tokens");
        visit("/projects/" + k7 + "/meetings");
        audit("K7's meetings with the schedule form");
        Locator schedule = page.locator("[data-testid=meeting-schedule-form]");
        schedule.locator("[name=title]").fill("K7 design review (accessibility)");
        schedule.locator("[name=kind]").selectOption("DESIGN_REVIEW");
        schedule.locator("[name=start]").fill(java.time.LocalDate.now().plusDays(2) + "T14:00");
        schedule.locator("[name=virtualLink]").fill("https://meet.example.com/k7-design");
        schedule.locator("[data-testid=schedule-meeting]").click();
        assertThat(page).hasURL(Pattern.compile(".*/meetings/[0-9]+$"));
        audit("a meeting's page, for its organiser");
        visit("/meetings");
        audit("my meetings");
        signOut();

        signIn(PMO, DemoSignIn.PASSWORD);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        for (String path : List.of("/people", "/departments", "/customers", "/customers/" + bellamy, "/programs",
                "/portfolio/board", "/sales/pipeline", "/sales/accounts", "/sales/accounts/" + bellamy, "/sales/quotes", "/sales/orders",
                "/research", "/research/findings/new", "/scoreboard")) {
            visit(path);
            audit(path);
        }
        Long finding = jdbc.queryForObject("select min(id) from research_finding", Long.class);
        if (finding != null) {
            visit("/research/findings/" + finding);
            assertThat(page.locator("[data-testid=facts]")).isVisible();
            audit("finding " + finding);
        }
        Long quote = jdbc.queryForObject("select min(id) from quote", Long.class);
        if (quote != null) {
            visit("/sales/quotes/" + quote);
            assertThat(page.locator("[data-testid=quote-state]")).isVisible();
            audit("quote " + quote);
        }
        Long order = jdbc.queryForObject("select min(id) from sales_order", Long.class);
        if (order != null) {
            visit("/sales/orders/" + order);
            assertThat(page.locator("[data-testid=order-lines]")).isVisible();
            audit("order " + order);
        }
        visit("/people/" + lena);
        assertThat(page.locator("#assignments #person-assignments")).isVisible();
        audit("person Lena Vogt with assignments");
        signOut();

        signIn(ADMIN, DemoSignIn.PASSWORD);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        for (String path : List.of("/admin/users", "/admin/audit")) {
            visit(path);
            audit(path);
        }
        signOut();

        signIn(CUSTOMER, DemoSignIn.PASSWORD);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        for (String path : List.of("/portal", "/portal/orders", "/portal/quotes", "/portal/organisation")) {
            visit(path);
            audit(path);
        }
        visit("/portal/orders");
        if (page.locator("[data-testid^=portal-order-] a").count() > 0) {
            page.locator("[data-testid^=portal-order-] a").first().click();
            page.waitForLoadState();
            audit("portal order");
        }
        visit("/portal/acceptance");
        audit("/portal/acceptance");
        Long acceptanceTask = jdbc.queryForObject("select min(id) from acceptance_task where customer = ?", Long.class,
                bellamy);
        if (acceptanceTask != null) {
            visit("/portal/acceptance/tasks/" + acceptanceTask);
            assertThat(page.locator("[data-testid=task-progress]")).isVisible();
            audit("portal acceptance task " + acceptanceTask);
        }
        Long acceptanceRecord = jdbc.queryForObject("select min(id) from acceptance_record where customer = ?",
                Long.class, bellamy);
        if (acceptanceRecord != null) {
            visit("/portal/acceptance/records/" + acceptanceRecord + "?verify=true");
            assertThat(page.locator("[data-testid=verification]")).isVisible();
            audit("portal acceptance record " + acceptanceRecord);
        }

        writeReport(viewport);
        List<Finding> blocking = findings.stream().filter(f -> BLOCKING.contains(f.impact())).toList();
        assertThat(blocking)
                .as("serious or critical axe violations at %s width:%n%s", viewport.label(), summary(blocking))
                .isEmpty();
    }

    private void visit(String path) {
        page.navigate(url(path));
        page.waitForLoadState();
    }

    /** Runs axe on the current page once htmx has settled, and keeps its violations. */
    @SuppressWarnings("unchecked")
    private void audit(String pageName) {
        page.waitForLoadState();
        page.waitForFunction("() => !document.querySelector('[aria-busy=true], .htmx-request')");
        assertPageIntact();
        if (Boolean.FALSE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(axeSource());
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'best-practice']});
                  return result.violations.map(v => ({
                    id: v.id, impact: v.impact || 'unknown', help: v.help,
                    targets: v.nodes.map(n => n.target.join(' ')), summaries: v.nodes.map(n => n.failureSummary || '')
                  }));
                }""");
        audited.add(String.format("%s (%s): %d rule(s) violated", pageName, page.url(), violations.size()));
        for (Map<String, Object> v : violations) {
            findings.add(new Finding(pageName, page.url(), (String) v.get("id"), (String) v.get("impact"),
                    (String) v.get("help"), (List<String>) v.get("targets"), (List<String>) v.get("summaries")));
        }
    }

    private static String axeSource() {
        try (InputStream in = AccessibilityJourneyTests.class.getClassLoader().getResourceAsStream(AXE)) {
            assertThat(in).as("axe-core webjar on the test classpath (%s)", AXE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeReport(Viewport viewport) throws IOException {
        Map<String, Long> byImpact = findings.stream()
                .collect(Collectors.groupingBy(Finding::impact, java.util.TreeMap::new, Collectors.counting()));
        StringBuilder section = new StringBuilder()
                .append("== ").append(viewport.label()).append(" (").append(viewport.width).append('x')
                .append(viewport.height).append(") ==\n")
                .append("violations by impact: ").append(byImpact.isEmpty() ? "none" : byImpact).append("\n\n");
        audited.forEach(line -> section.append("  ").append(line).append('\n'));
        section.append('\n');
        for (Finding f : findings) {
            section.append(f.describe(true)).append('\n');
        }
        synchronized (SECTIONS) {
            SECTIONS.put(viewport, section.toString());
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, "axe-core 4.6.3, rules wcag2a, wcag2aa, best-practice\n\n"
                    + String.join("\n", SECTIONS.values()));
        }
    }

    private static String summary(List<Finding> blocking) {
        return blocking.stream().map(f -> f.describe(false)).collect(Collectors.joining("\n"));
    }

    /** One axe rule violated on one page, with the selectors of the offending elements. */
    record Finding(String pageName, String url, String rule, String impact, String help, List<String> targets,
                   List<String> summaries) {

        String describe(boolean withFixes) {
            StringBuilder text = new StringBuilder()
                    .append(String.format("[%s] %s on %s (%s): %s%n", impact, rule, pageName, url, help));
            for (int i = 0; i < targets.size(); i++) {
                text.append("    ").append(targets.get(i)).append('\n');
                if (withFixes && !summaries.get(i).isBlank()) {
                    text.append("        ").append(summaries.get(i).replace("\n", "\n        ")).append('\n');
                }
            }
            return text.toString();
        }
    }
}
