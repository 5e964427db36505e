package org.integrationgateway.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.integrationgateway.demo.DemoSignIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A gate review of K7 from scheduling to GO: Sofia Marin (K7's project manager) schedules the review of K7's current
 * gate with its gatekeepers Tom Achebe (chair) and Ines Duarte, each gatekeeper signs in and scores, Tom decides GO,
 * and K7's project page shows the next stage. Walked at desktop and at phone width; each walk moves K7 one stage on,
 * so the expected stages are read from the database first and the walks are independent of their order.
 *
 * <p>Relies on: the project link "K7 Packaging Line" on {@code /projects}; in the lifecycle section
 * {@code [data-testid=current-stage]} and {@code [data-testid=schedule-review]}; the schedule form's
 * {@code [data-testid=save-schedule]} (gatekeepers and chair preselected); on the review page
 * {@code #met-<i>-yes} radios for must-meet criteria, {@code #score-<i>} inputs for should-meet criteria,
 * {@code #recommendation}, {@code [data-testid=save-scorecard]}, {@code [data-testid=scorecard]} cards, the decision
 * radios {@code #decision-GO}, {@code #rationale}, {@code [data-testid=save-decision]} and {@code [data-testid=decision]}.
 */
class GateReviewJourneyTests extends BrowserJourney {

    private static final String PROJECT = "K7 Packaging Line";
    private static final String MANAGER = "sofia.marin@kestrel.example";
    private static final String CHAIR = "tom.achebe@kestrel.example";
    private static final String SECOND = "ines.duarte@kestrel.example";

    @Autowired JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void gatekeepersScoreAndTheChairSaysGo(Viewport viewport) {
        int stage = jdbc.queryForObject("select l.current_stage from project_lifecycle l join project p on p.id = l.project "
                + "where p.code = 'K7'", Integer.class);
        List<String> stages = jdbc.queryForList("select s.name from template_stage s join project_lifecycle l on "
                + "l.process_template = s.process_template join project p on p.id = l.project where p.code = 'K7' "
                + "order by s.stage_index", String.class);
        assertThat(stage + 1).as("K7 has a next stage to enter").isLessThan(stages.size());

        open("gate-review", viewport);
        signIn(MANAGER, DemoSignIn.PASSWORD);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        page.navigate(url("/projects"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PROJECT)).first().click();
        Locator lifecycle = page.locator("#lifecycle");
        assertThat(lifecycle.locator("[data-testid=current-stage]")).hasText(stages.get(stage));
        screenshot("project-before");

        lifecycle.locator("[data-testid=schedule-review]").click();
        assertThat(page.locator("[data-testid=schedule-form]")).containsText("Tom Achebe");
        screenshot("schedule-form");
        page.locator("[data-testid=save-schedule]").click();
        assertThat(page).hasURL(Pattern.compile(".*/gate-reviews/\\d+$"));
        String reviewUrl = page.url();
        assertThat(page.locator("[data-testid=agenda]")).containsText("Open deliverable");
        screenshot("review-scheduled");
        signOut();

        scoreAs(CHAIR, reviewUrl, "8", "chair-scored");
        scoreAs(SECOND, reviewUrl, "7", "second-scored");

        signIn(CHAIR, DemoSignIn.PASSWORD);
        page.navigate(reviewUrl);
        assertThat(page.locator("[data-testid=scorecard]")).hasCount(2);
        assertThat(page.locator("[data-testid=result-verdict]")).containsText("Passed");
        page.locator("#decision-GO").check();
        page.locator("#rationale").fill("Prototype and lab tests convince; field trials may start.");
        screenshot("decision-form");
        page.locator("[data-testid=save-decision]").click();
        assertThat(page.locator("[data-testid=decision]")).containsText("Go");
        screenshot("decided");

        page.navigate(url("/projects"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PROJECT)).first().click();
        assertThat(page.locator("#lifecycle [data-testid=current-stage]")).hasText(stages.get(stage + 1));
        assertThat(page.locator("#lifecycle [data-testid=decisions]")).containsText("Prototype and lab tests convince");
        screenshot("project-after");
        signOut();

        assertThat(jdbc.queryForObject("select count(*) from gate_decision d join project p on p.id = d.project "
                + "where p.code = 'K7' and d.stage_index = ? and d.decision = 'GO'", Integer.class, stage)).isEqualTo(1);
    }

    private void scoreAs(String email, String reviewUrl, String score, String step) {
        signIn(email, DemoSignIn.PASSWORD);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        page.navigate(reviewUrl);
        Locator form = page.locator("[data-testid=score-form]");
        assertThat(form).isVisible();
        Locator mustMeets = form.locator("input[id$='-yes']");
        for (int i = 0; i < mustMeets.count(); i++) {
            mustMeets.nth(i).check();
        }
        Locator shouldMeets = form.locator("input[id^='score-']");
        for (int i = 0; i < shouldMeets.count(); i++) {
            shouldMeets.nth(i).fill(score);
        }
        choose("#recommendation", "GO");
        form.locator("#comment").fill("Scored by " + email);
        page.locator("[data-testid=save-scorecard]").click();
        assertThat(page.locator("[data-testid=scorecard]").filter(new Locator.FilterOptions().setHasText("Scored by " + email)))
                .hasCount(1);
        screenshot(step);
        signOut();
    }
}
