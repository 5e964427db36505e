package org.integrationgateway.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.integrationgateway.demo.DemoSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Acceptance as a transaction, with two people side by side. Sofia Marin, K7's manager, at her desk, has K7's
 * acceptance page open. Hannah Bellamy, at the Leeds plant with her phone (390 × 844), signs in to the portal, follows
 * its navigation to Acceptance, opens "K7 pilot line: conveyor and throughput", records step 1 PASS "1,050 mm
 * measured" and step 2 PASS "120 packs/min" (each card saves in place) and accepts with a comment. Her record page
 * shows the full SHA-256 and Verify says it matches. Sofia's page shows the task as Accepted and the new record
 * without a reload (a marker in her window survives).
 *
 * <p>Relies on: the demo data (Hannah's open task on Bellamy's K7 pilot line order, two steps, created by Sofia); the
 * staff page {@code /projects/{id}/acceptance} with rows {@code acceptance-task-<id>} holding {@code task-state} and
 * the list {@code acceptance-records} of {@code acceptance-record-<id>}, live; the portal navigation link
 * {@code portal-nav-acceptance}; the portal task page's {@code step-<n>}, {@code step-<n>-save},
 * {@code step-<n>-result}, {@code accept-form}, {@code accept}; the record page's {@code record-hash}, {@code verify},
 * {@code verification}.
 */
class AcceptanceJourneyTests extends BrowserJourney {

    private static final String MANAGER = "sofia.marin@kestrel.example";
    private static final String CUSTOMER = "hannah.bellamy@bellamyfoods.example";
    private static final String TASK = "K7 pilot line: conveyor and throughput";

    @Autowired JdbcTemplate jdbc;

    private BrowserContext managerContext;

    @AfterEach
    void closeManager() {
        if (managerContext != null) {
            managerContext.close();
        }
    }

    @Test
    void hannahAcceptsOnHerPhoneAndSofiaSeesItLive() {
        long k7 = jdbc.queryForObject("select id from project where code = 'K7'", Long.class);
        long task = jdbc.queryForObject("select id from acceptance_task where title = ? and state = 'OPEN'",
                Long.class, TASK);

        Page manager = open("acceptance-manager", Viewport.DESKTOP);
        managerContext = context;
        signIn(MANAGER, DemoSignIn.PASSWORD);
        assertThat(manager).not().hasURL(Pattern.compile(".*/login.*"));
        manager.navigate(url("/projects/" + k7 + "/acceptance"));
        Locator row = manager.locator("[data-testid=acceptance-task-" + task + "]");
        assertThat(row.locator("[data-testid=task-state]")).hasText("Open");
        assertThat(manager.locator("[data-testid=live-indicator]")).hasText("Live");
        shoot(manager, Viewport.DESKTOP, "manager-before");
        manager.evaluate("() => { window.__acceptanceMarker = 'unchanged'; }");

        Page customer = open("acceptance-customer", Viewport.PHONE);
        signIn(CUSTOMER, DemoSignIn.PASSWORD);
        assertThat(customer).not().hasURL(Pattern.compile(".*/login.*"));
        Locator nav = customer.locator("[data-testid=portal-nav-acceptance]");
        if (!nav.isVisible()) {
            openMenuIfCollapsed();
        }
        nav.click();
        assertThat(customer).hasURL(Pattern.compile(".*/portal/acceptance$"));
        assertThat(customer.locator("[data-testid=portal-task-" + task + "]")).containsText("0 of 2 steps recorded");
        screenshot("tasks");
        customer.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName(TASK)).click();
        assertThat(customer).hasURL(Pattern.compile(".*/portal/acceptance/tasks/" + task + "$"));
        assertThat(customer.locator("[data-testid=deliverable]")).containsText("SPEC-34");
        screenshot("task");

        customer.evaluate("() => { window.__taskMarker = 'unchanged'; }");
        runStep(customer, 1, "1,050 mm measured");
        assertThat(customer.locator("[data-testid=task-progress]")).hasText("1 of 2 steps recorded");
        runStep(customer, 2, "120 packs/min");
        assertThat(customer.locator("[data-testid=task-progress]")).hasText("2 of 2 steps recorded");
        assertThat(customer.evaluate("() => window.__taskMarker")).as("the steps saved in place").isEqualTo("unchanged");
        screenshot("steps-recorded");

        customer.locator("[data-testid=accept-form] textarea[name=comment]")
                .fill("Conveyor height and throughput as agreed. Thank you!");
        customer.locator("[data-testid=accept]").click();
        assertThat(customer).hasURL(Pattern.compile(".*/portal/acceptance/records/\\d+$"));
        long record = Long.parseLong(customer.url().replaceAll(".*/records/(\\d+)$", "$1"));
        String hash = jdbc.queryForObject("select content_hash from acceptance_record where id = ?", String.class, record);
        assertThat(customer.locator("[data-testid=record-hash]")).hasText(hash);
        assertThat(hash).matches("[0-9a-f]{64}");
        customer.locator("[data-testid=verify]").click();
        assertThat(customer.locator("[data-testid=verification]")).containsText("The hash matches");
        screenshot("record-verified");

        assertThat(row.locator("[data-testid=task-state]")).hasText("Accepted");
        assertThat(manager.locator("[data-testid=acceptance-records] [data-testid=acceptance-record-" + record + "]"))
                .isVisible();
        assertThat(manager.evaluate("() => window.__acceptanceMarker")).as("no reload of the manager's page")
                .isEqualTo("unchanged");
        shoot(manager, Viewport.DESKTOP, "manager-after");
    }

    private void runStep(Page customer, int n, String note) {
        Locator form = customer.locator("[data-testid=step-" + n + "]");
        form.locator("input[name=result][value=PASS]").check();
        form.locator("textarea[name=note]").fill(note);
        customer.locator("[data-testid=step-" + n + "-save]").click();
        Locator result = customer.locator("[data-testid=step-" + n + "-result]");
        assertThat(result).containsText("Pass");
        assertThat(result).containsText(note);
    }

    /** A screenshot of another window than the last opened, checked at its own width. */
    private void shoot(Page shown, Viewport at, String step) {
        Page previousPage = page;
        Viewport previousViewport = viewport;
        page = shown;
        viewport = at;
        try {
            screenshot(step);
        } finally {
            page = previousPage;
            viewport = previousViewport;
        }
    }
}
