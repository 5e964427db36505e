package org.integrationgateway.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.integrationgateway.demo.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Marco Ricci on his phone (390 px) opens the pipeline from the menu, finds his Orchid Pharma proposal for a 316L K7
 * line in the Proposal column and moves it to the next stage with the card's own stage form: the board is swapped in
 * place (htmx, no page load), the card now sits in Negotiation at 75 % and the column counts follow. He then opens
 * the opportunity and sees the move in its stage history.
 *
 * <p>Relies on: the demo data (the Orchid opportunity in PROPOSAL owned by Marco); the nav link
 * {@code [data-testid=nav-sales]}; the board's columns {@code section[data-stage=…]} with
 * {@code [data-testid=column-count]}, cards {@code [data-opportunity=OPP-n]} with a {@code select[name=stage]} (the
 * next stage preselected) and {@code [data-testid=move]}; the page's {@code [data-testid=stage-history]}.
 */
class SalesPipelineJourneyTests extends BrowserJourney {

    private static final String SELLER = "marco.ricci@kestrel.example";
    private static final String TITLE = "K7 line in 316L stainless for sterile packs";

    @Autowired JdbcTemplate jdbc;

    @Test
    void aSalesRepMovesACardToTheNextStageOnHisPhone() {
        long id = jdbc.queryForObject("select id from opportunity where title = ?", Long.class, TITLE);
        String key = "OPP-" + id;

        open("sales-pipeline", Viewport.PHONE);
        signIn(SELLER, DemoSignIn.PASSWORD);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        openMenuIfCollapsed();
        page.locator("[data-testid=nav-sales]").click();
        assertThat(page).hasURL(Pattern.compile(".*/sales/pipeline$"));
        Locator proposal = page.locator("section[data-stage=PROPOSAL]");
        Locator negotiation = page.locator("section[data-stage=NEGOTIATION]");
        Locator card = proposal.locator("[data-opportunity=" + key + "]");
        assertThat(card).containsText(TITLE);
        assertThat(card).containsText("50 %");
        // other journeys share the demo data (one books an order and wins an opportunity): count from what is there
        int inProposal = openCount(proposal);
        int inNegotiation = openCount(negotiation);
        assertThat(inProposal).isPositive();
        screenshot("board");

        page.evaluate("() => window.__sameDocument = true");
        assertThat(card.locator("select[name=stage]")).hasValue("NEGOTIATION");
        card.locator("[data-testid=move]").click();

        Locator moved = negotiation.locator("[data-opportunity=" + key + "]");
        assertThat(moved).containsText("75 %");
        assertThat(proposal.locator("[data-opportunity=" + key + "]")).hasCount(0);
        assertThat(proposal.locator("[data-testid=column-count]")).hasText((inProposal - 1) + " open");
        assertThat(negotiation.locator("[data-testid=column-count]")).hasText((inNegotiation + 1) + " open");
        assertThat(page.locator("#pipeline-board [role=status]").first()).containsText("is now in Negotiation");
        assertThat(page.evaluate("() => window.__sameDocument === true")).isEqualTo(true);
        screenshot("moved");
        assertThat(jdbc.queryForObject("select stage || ' ' || probability from opportunity where id = ?", String.class, id))
                .isEqualTo("NEGOTIATION 75");

        moved.getByText(TITLE).click();
        assertThat(page).hasURL(Pattern.compile(".*/sales/opportunities/" + id + "$"));
        assertThat(page.locator("[data-testid=opportunity-stage]")).hasText("Negotiation");
        assertThat(page.locator("[data-testid=stage-history]")).containsText("Proposal → Negotiation");
        screenshot("opportunity");
        signOut();
    }

    private static int openCount(Locator column) {
        String text = column.locator("[data-testid=column-count]").textContent().strip();
        return Integer.parseInt(text.substring(0, text.indexOf(' ')));
    }
}
