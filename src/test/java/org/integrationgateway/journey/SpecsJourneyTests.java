package org.integrationgateway.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.integrationgateway.demo.DemoSignIn;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Specifications in the story of K7: a GO at a gate freezes a baseline (on K7 Vision Inspection, so that K7's own
 * stages stay for the gate review journey); the board approves Priya's IP69K change (Sofia and Tom vote), Lena Vogt
 * implements it in the spec from the change request's page, and SPEC-14's history shows the new revision; then the
 * diff shows the change and the trace from the change's origin, Priya's research finding, reaches the new revision.
 *
 * <p>The second test needs the word diff, the spec comparisons and the traceability graph of the specs domain; it
 * implements the change itself if the first has not run.
 *
 * <p>Relies on: the demo data (K7 with SPEC-14 "Enclosure rated IP65" baselined, the IP69K change awaiting the board,
 * its source finding {@code finding-food-washdown} linked to it; K7VIS with draft items and Tom Achebe as its
 * gatekeeper); on the project page {@code [data-testid=baselines-link]} and {@code #lifecycle
 * [data-testid=schedule-review]}; on the change page {@code [data-testid=implement-in-spec]}; on the implementation
 * page {@code fieldset[data-item=SPEC-14]} with {@code #c0-title}, {@code #c0-body}, {@code #c0-acceptanceCriterion},
 * {@code #comment}, {@code [data-testid=implement]} and {@code [data-testid=written]}; on the item page
 * {@code [data-testid=history]} with rows {@code [data-revision=n]}; {@code [data-testid=diff]} on the compare page; the
 * trace form's {@code #trace-type}, {@code #trace-id}, {@code #trace-direction}, {@code #trace-depth},
 * {@code [data-testid=walk]}, and {@code [data-testid=trace-links]}, {@code [data-testid=trace-svg]}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpecsJourneyTests extends BrowserJourney {

    private static final String MANAGER = "sofia.marin@kestrel.example";
    private static final String ENGINEER = "lena.vogt@kestrel.example";
    private static final String GATEKEEPER = "tom.achebe@kestrel.example";
    private static final String CHANGE = "Washdown-rated enclosure (IP69K)";

    @Autowired JdbcTemplate jdbc;

    @Test
    @Order(1)
    void aGoFreezesABaselineAndAnApprovedChangeIsImplementedInTheSpec() {
        long vision = jdbc.queryForObject("select id from project where code = 'K7VIS'", Long.class);
        int baselinesBefore = jdbc.queryForObject("select count(*) from baseline where project = ?", Integer.class, vision);

        open("specs", Viewport.DESKTOP);
        signIn(MANAGER, DemoSignIn.PASSWORD);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        page.navigate(url("/projects/" + vision));
        page.locator("#lifecycle [data-testid=schedule-review]").click();
        assertThat(page.locator("[data-testid=schedule-form]")).containsText("Tom Achebe");
        page.locator("[data-testid=save-schedule]").click();
        assertThat(page).hasURL(Pattern.compile(".*/gate-reviews/\\d+$"));
        String reviewUrl = page.url();
        signOut();

        signIn(GATEKEEPER, DemoSignIn.PASSWORD);
        page.navigate(reviewUrl);
        Locator form = page.locator("[data-testid=score-form]");
        assertThat(form).isVisible();
        Locator mustMeets = form.locator("input[id$='-yes']");
        for (int i = 0; i < mustMeets.count(); i++) {
            mustMeets.nth(i).check();
        }
        Locator shouldMeets = form.locator("input[id^='score-']");
        for (int i = 0; i < shouldMeets.count(); i++) {
            shouldMeets.nth(i).fill("8");
        }
        choose("#recommendation", "GO");
        form.locator("#comment").fill("Seal inspection is feasible at line speed.");
        page.locator("[data-testid=save-scorecard]").click();
        assertThat(page.locator("[data-testid=scorecard]")).hasCount(1);
        page.locator("#decision-GO").check();
        page.locator("#rationale").fill("Scoping done; the inspection module goes on to its business case.");
        page.locator("[data-testid=save-decision]").click();
        assertThat(page.locator("[data-testid=decision]")).containsText("Go");
        screenshot("go-decided");
        signOut();

        signIn(MANAGER, DemoSignIn.PASSWORD);
        page.navigate(url("/projects/" + vision));
        page.locator("#spec [data-testid=baselines-link]").click();
        Locator baselines = page.locator("[data-testid=baseline-list]");
        assertThat(baselines).containsText("GO at Gate 2");
        assertThat(baselines.locator("tbody tr")).hasCount(baselinesBefore + 1);
        screenshot("baseline-frozen-at-go");

        approveTheChangeIfStillAwaitingTheBoard();
        implementTheChangeAsLena();

        switchTo(Viewport.PHONE);
        signIn(ENGINEER, DemoSignIn.PASSWORD);
        page.navigate(url("/spec-items/" + spec14()));
        assertThat(page.locator("[data-testid=item-title]")).hasText("Enclosure rated IP69K");
        Locator history = page.locator("[data-testid=history]");
        assertThat(history.locator("[data-revision='2']")).containsText("Lena Vogt");
        assertThat(history.locator("[data-revision='2']")).containsText("CR-" + changeId());
        assertThat(page.locator("[data-testid=item-body]")).containsText("IP69K");
        screenshot("item-history");
        signOut();
    }

    @Test
    @Order(2)
    void theDiffShowsTheChangeAndTheTraceFromItsOriginReachesTheNewRevision() {
        open("specs-trace", Viewport.DESKTOP);
        approveTheChangeIfStillAwaitingTheBoard();
        implementTheChangeAsLena();

        signIn(ENGINEER, DemoSignIn.PASSWORD);
        page.navigate(url("/spec-items/" + spec14()));
        page.locator("[data-testid=history] [data-revision='2'] a").first().click();
        Locator diff = page.locator("[data-testid=diff]");
        assertThat(diff.locator("ins").first()).isVisible();
        assertThat(diff.locator("[data-field=body] ins")).containsText(new String[] {"IP69K"});
        assertThat(diff.locator("[data-field=body] del").first()).containsText("IP65");
        screenshot("diff");

        page.navigate(url("/trace"));
        choose("#trace-type", "RESEARCH_FINDING");
        page.locator("#trace-id").fill("finding-food-washdown");
        choose("#trace-direction", "FORWARD");
        choose("#trace-depth", "3");
        page.locator("[data-testid=walk]").click();
        assertThat(page.locator("[data-testid=trace-links]").first()).containsText("CR-" + changeId());
        assertThat(page.locator("main")).containsText("SPEC-14 r2");
        assertThat(page.locator("[data-testid=trace-svg]")).isVisible();
        screenshot("trace-from-finding");
        signOut();
    }

    /** Sofia and Tom approve the IP69K change on its page (majority of K7's board), unless that has happened. */
    private void approveTheChangeIfStillAwaitingTheBoard() {
        if (!"AWAITING_DECISION".equals(changeState())) {
            return;
        }
        for (String member : new String[] {MANAGER, GATEKEEPER}) {
            signIn(member, DemoSignIn.PASSWORD);
            page.navigate(url("/changes/" + changeId()));
            Locator form = page.locator("[data-testid=vote-form]");
            assertThat(form).isVisible();
            form.locator("#vote-APPROVE").check();
            form.locator("#vote-comment").fill("Washdown is what the food plants need.");
            page.locator("[data-testid=cast-vote]").click();
            assertThat(page.locator("[data-testid=vote-list]")).containsText(member.startsWith("sofia") ? "Sofia Marin" : "Tom Achebe");
            signOut();
        }
        assertThat(changeState()).isEqualTo("APPROVED");
    }

    /** Lena implements the approved change from its page: SPEC-14 becomes IP69K. */
    private void implementTheChangeAsLena() {
        if (!"APPROVED".equals(changeState())) {
            return;
        }
        signIn(ENGINEER, DemoSignIn.PASSWORD);
        page.navigate(url("/changes/" + changeId()));
        assertThat(page.locator("[data-testid=cr-state]")).hasText("Approved");
        page.locator("[data-testid=implement-in-spec]").click();
        Locator group = page.locator("fieldset[data-item=SPEC-14]");
        assertThat(group.locator("#c0-title")).hasValue("Enclosure rated IP65");
        group.locator("#c0-title").fill("Enclosure rated IP69K");
        group.locator("#c0-body").fill("The machine enclosure is rated **IP69K** (dust-tight, protected against "
                + "high-pressure, high-temperature washdown) to ISO 20653.\n\n"
                + "Doors close on continuous gaskets; cable entries use rated glands.");
        group.locator("#c0-acceptanceCriterion").fill("Ingress test to ISO 20653 IP69K passed.");
        page.locator("#comment").fill("Implements the board's approval: washdown-rated enclosure for food plants.");
        screenshot("implementation-form");
        page.locator("[data-testid=implement]").click();
        assertThat(page.locator("[data-testid=written]")).containsText("SPEC-14 r2");
        assertThat(page.locator("[data-testid=cr-state]")).hasText("Implemented");
        screenshot("implemented");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("SPEC-14 r2"))).click();
        assertThat(page.locator("[data-testid=item-revision]")).hasText("r2");
        signOut();
        assertThat(changeState()).isEqualTo("IMPLEMENTED");
    }

    private long changeId() {
        return jdbc.queryForObject("select c.id from change_request c join project p on p.id = c.project "
                + "where p.code = 'K7' and c.title = ?", Long.class, CHANGE);
    }

    private String changeState() {
        return jdbc.queryForObject("select state from change_request where id = ?", String.class, changeId());
    }

    private long spec14() {
        return jdbc.queryForObject("select i.id from spec_item i join project p on p.id = i.project "
                + "where p.code = 'K7' and i.item_key = 'SPEC-14'", Long.class);
    }

    private void switchTo(Viewport viewport) {
        context.close();
        open("specs", viewport);
    }
}
