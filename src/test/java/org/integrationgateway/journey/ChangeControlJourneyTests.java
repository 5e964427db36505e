package org.integrationgateway.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.integrationgateway.demo.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A change request on K7 from raising to approval: Priya Natarajan (marketing liaison) raises a normal change on her
 * phone from K7's project page; Lena Vogt (engineer) assesses it at €18,000 and +15 days and sends it for decision;
 * Sofia Marin finds it in her decisions and approves, Tom Achebe approves too, which reaches the majority of K7's board
 * (Sofia, Tom, Ines; quorum 2); Priya sees the outcome on her phone.
 *
 * <p>Relies on: the demo data (K7 with its stored board); on the project page {@code #changes} loaded by htmx with
 * {@code [data-testid=raise-change]}; the form's {@code #title}, {@code #origin}, {@code #changeClass},
 * {@code #targetStage}, {@code #affectedItems}, {@code [data-testid=submit-change]}; on the change page
 * {@code [data-testid=cr-state]}, the assessment form's fields and {@code [data-testid=save-assessment]},
 * {@code [data-testid=action-complete-assessment]}, {@code #vote-APPROVE}, {@code [data-testid=cast-vote]},
 * {@code [data-testid=decision]}; the nav link {@code [data-testid=nav-decisions]} and the queue's rows
 * {@code [data-change=CR-n]}.
 */
class ChangeControlJourneyTests extends BrowserJourney {

    private static final String PROJECT = "K7 Packaging Line";
    private static final String REQUESTER = "priya.natarajan@kestrel.example";
    private static final String ENGINEER = "lena.vogt@kestrel.example";
    private static final String MANAGER = "sofia.marin@kestrel.example";
    private static final String GATEKEEPER = "tom.achebe@kestrel.example";
    private static final String TITLE = "Stainless 316L contact parts for pharma lines";

    @Autowired JdbcTemplate jdbc;

    @Test
    void aMarketingLiaisonRaisesAChangeTheBoardApprovesIt() {
        int stage = jdbc.queryForObject("select l.current_stage from project_lifecycle l join project p on p.id = l.project "
                + "where p.code = 'K7'", Integer.class);
        int target = Math.max(stage, 4);

        open("change-control", Viewport.PHONE);
        signIn(REQUESTER, DemoSignIn.PASSWORD);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        openMenuIfCollapsed();
        page.locator("#mainNav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Projects")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PROJECT)).first().click();
        Locator changes = page.locator("#changes");
        assertThat(changes.locator("[data-testid=change-counts]")).isVisible();
        screenshot("project");
        changes.locator("[data-testid=raise-change]").click();
        assertThat(page.locator("[data-testid=change-form]")).isVisible();
        page.locator("#title").fill(TITLE);
        page.locator("#description").fill("Orchid Pharma needs 316L stainless steel for every part touching the product.");
        choose("#origin", "MARKETING");
        choose("#changeClass", "NORMAL");
        choose("#targetStage", String.valueOf(target));
        page.locator("#affectedItems").fill("SPEC-40 mechanical");
        screenshot("raise-form");
        page.locator("[data-testid=submit-change]").click();
        assertThat(page).hasURL(Pattern.compile(".*/changes/\\d+$"));
        String changeUrl = page.url();
        long id = Long.parseLong(changeUrl.substring(changeUrl.lastIndexOf('/') + 1));
        assertThat(page.locator("[data-testid=cr-state]")).hasText("Submitted");
        screenshot("raised");
        signOut();

        switchTo(Viewport.DESKTOP);
        signIn(ENGINEER, DemoSignIn.PASSWORD);
        page.navigate(changeUrl);
        Locator assessment = page.locator("[data-testid=assessment-form]");
        assertThat(assessment).isVisible();
        assessment.locator("#costDelta").fill("18000");
        assessment.locator("#currency").fill("EUR");
        assessment.locator("#scheduleDeltaDays").fill("15");
        choose("#risk", "MEDIUM");
        assessment.locator("#riskNote").fill("New supplier for 316L parts; passivation to be validated.");
        screenshot("assessment-form");
        page.locator("[data-testid=save-assessment]").click();
        assertThat(page.locator("[data-testid=impact-cost]")).hasText("EUR 18,000.00");
        page.locator("[data-testid=action-complete-assessment]").click();
        assertThat(page.locator("[data-testid=cr-state]")).hasText("Awaiting decision");
        screenshot("sent-for-decision");
        signOut();

        signIn(MANAGER, DemoSignIn.PASSWORD);
        page.locator("[data-testid=nav-decisions]").click();
        Locator row = page.locator("[data-change=CR-" + id + "]");
        assertThat(row).containsText("Not voted yet");
        assertThat(row).containsText("left");
        screenshot("my-decisions");
        row.getByRole(AriaRole.LINK).click();
        vote("Worth it for the pharma segment.");
        assertThat(page.locator("[data-testid=cr-state]")).hasText("Awaiting decision");
        assertThat(page.locator("[data-testid=vote-list]")).containsText("Sofia Marin");
        screenshot("first-vote");
        signOut();

        signIn(GATEKEEPER, DemoSignIn.PASSWORD);
        page.navigate(changeUrl);
        vote("Agreed.");
        assertThat(page.locator("[data-testid=cr-state]")).hasText("Approved");
        screenshot("approved");
        signOut();

        switchTo(Viewport.PHONE);
        signIn(REQUESTER, DemoSignIn.PASSWORD);
        page.navigate(changeUrl);
        assertThat(page.locator("[data-testid=cr-state]")).hasText("Approved");
        assertThat(page.locator("[data-testid=decision]")).containsText("Decided by the board's vote.");
        assertThat(page.locator("[data-testid=timeline]")).containsText("Tom Achebe");
        screenshot("outcome");
        signOut();

        assertThat(jdbc.queryForObject("select state from change_request where id = ?", String.class, id)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select count(*) from change_request_vote where change_request = ?", Integer.class, id))
                .isEqualTo(2);
    }

    private void vote(String comment) {
        Locator form = page.locator("[data-testid=vote-form]");
        assertThat(form).isVisible();
        form.locator("#vote-APPROVE").check();
        form.locator("#vote-comment").fill(comment);
        page.locator("[data-testid=cast-vote]").click();
        assertThat(page.locator("[data-testid=vote-list]")).containsText(comment);
    }

    /** Ends the current browser context and opens a fresh one at {@code viewport}. */
    private void switchTo(Viewport viewport) {
        context.close();
        open("change-control", viewport);
    }
}
