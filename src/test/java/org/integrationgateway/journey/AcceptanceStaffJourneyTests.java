package org.integrationgateway.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.integrationgateway.acceptance.AcceptanceRecord;
import org.integrationgateway.acceptance.AcceptanceTask;
import org.integrationgateway.acceptance.Acceptances;
import org.integrationgateway.acceptance.StepResult;
import org.integrationgateway.demo.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Sofia Marin, K7's project manager, on her phone (390 px): from the project page she opens K7's acceptance, sees the
 * demo task for Hannah open, assigns a second one with the form (one step row filled, the others left blank), and
 * watches the page while Hannah (through the service, as the portal would) runs its step and accepts: the row's state
 * turns Accepted and the record appears without a reload. The record page shows the full hash and verifies. The pages
 * pass axe (no serious or critical violations) and do not scroll sideways. The demo task itself stays open for the
 * portal journey.
 */
class AcceptanceStaffJourneyTests extends BrowserJourney {

    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    static final String TITLE = "Journey: K7 pilot line safety guards";

    @Autowired JdbcTemplate jdbc;
    @Autowired Acceptances acceptances;
    @Autowired UserDetailsService accounts;

    @Test
    void sofiaAssignsATaskAndSeesHannahsAcceptanceLive() {
        long k7 = jdbc.queryForObject("select id from project where code = 'K7'", Long.class);
        open("acceptance-staff", Viewport.PHONE);
        signIn("sofia.marin@kestrel.example", DemoSignIn.PASSWORD);
        page.navigate(url("/projects/" + k7));
        page.locator("[data-testid=acceptance-link]").click();
        assertThat(page).hasURL(Pattern.compile(".*/projects/" + k7 + "/acceptance$"));
        Long demoTask = jdbc.queryForObject("select id from acceptance_task where title = 'K7 pilot line: conveyor and throughput'",
                Long.class);
        Locator demoRow = page.locator("[data-testid=acceptance-task-" + demoTask + "]");
        assertThat(demoRow.locator("[data-testid=task-progress]")).containsText("of 2 steps");
        assertNoSeriousViolations("acceptance of K7");
        assertNoHorizontalScrolling();
        screenshot("acceptance-page");

        Long order = jdbc.queryForObject("select sales_order from acceptance_task where id = ?", Long.class, demoTask);
        Long hannah = jdbc.queryForObject("select id from customer_contact where email = 'hannah.bellamy@bellamyfoods.example'",
                Long.class);
        page.locator("#orderId").selectOption(String.valueOf(order));
        page.locator("#deliverableKey").selectOption("SPEC-34");
        page.locator("#title").fill(TITLE);
        page.locator("#assigneeContact").selectOption(String.valueOf(hannah));
        page.locator("[id='steps0.instruction']").fill("Open each guard door while the line runs");
        page.locator("[id='steps0.expectedResult']").fill("The line stops within one second");
        page.locator("[data-testid=assign]").click();
        assertThat(page).hasURL(Pattern.compile(".*/projects/" + k7 + "/acceptance#acceptance-task-\\d+$"));
        long taskId = jdbc.queryForObject("select id from acceptance_task where title = ?", Long.class, TITLE);
        Locator row = page.locator("[data-testid=acceptance-task-" + taskId + "]");
        assertThat(row.locator("[data-testid=task-state]")).hasText("Open");
        assertThat(row.locator("[data-testid=task-progress]")).hasText("0 of 1 steps");
        assertThat(page.locator("[data-testid=live-indicator]")).hasText("Live");
        page.evaluate("() => { window.__acceptanceMarker = 'unchanged'; }");

        AcceptanceRecord record = asHannah(() -> {
            AcceptanceTask run = acceptances.recordStep(taskId, null, 1, StepResult.PASS, "Stops in 0.4 s");
            return acceptances.accept(taskId, run.getVersion(), "Guards work");
        });
        assertThat(row.locator("[data-testid=task-state]")).hasText("Accepted");
        assertThat(page.locator("[data-testid=acceptance-records] [data-testid=acceptance-record-" + record.getId() + "]"))
                .isVisible();
        assertThat(page.evaluate("() => window.__acceptanceMarker")).as("no reload").isEqualTo("unchanged");
        assertThat(page.locator("[data-testid=acceptance-task-" + demoTask + "] [data-testid=task-state]")).hasText("Open");
        screenshot("accepted-live");

        page.locator("[data-testid=acceptance-record-" + record.getId() + "] a").first().click();
        assertThat(page.locator("[data-testid=record-hash]")).hasText(record.getContentHash());
        page.locator("[data-testid=verify]").click();
        assertThat(page.locator("[data-testid=verification]")).containsText("Hash matches");
        assertThat(page.locator("[data-testid=verification]")).containsText("Deliverable unchanged since");
        assertNoSeriousViolations("acceptance record");
        assertNoHorizontalScrolling();
        screenshot("record-verified");

        page.navigate(url("/acceptance/tasks/" + demoTask));
        assertThat(page.locator("[data-testid=task-steps]")).containsText("Measure the conveyor height at the infeed");
        assertNoSeriousViolations("acceptance task");
        assertNoHorizontalScrolling();
    }

    private <T> T asHannah(java.util.function.Supplier<T> action) {
        UserDetails hannah = accounts.loadUserByUsername("hannah.bellamy@bellamyfoods.example");
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(hannah, null, hannah.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    @SuppressWarnings("unchecked")
    private void assertNoSeriousViolations(String pageName) {
        page.waitForLoadState();
        assertPageIntact();
        if (Boolean.FALSE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(axeSource());
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'best-practice']});
                  return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(', '));
                }""");
        assertThat(violations).as("serious or critical axe violations on " + pageName).isEmpty();
    }

    private static String axeSource() {
        try (InputStream in = AcceptanceStaffJourneyTests.class.getClassLoader().getResourceAsStream(AXE)) {
            assertThat(in).as("axe-core webjar").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
