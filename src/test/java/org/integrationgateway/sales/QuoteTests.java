package org.integrationgateway.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.integrationgateway.sales.events.QuoteLineAnswered;
import org.integrationgateway.sales.events.QuoteLinesChanged;
import org.integrationgateway.sales.events.QuoteStateChanged;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The quote's own rules: states derived from the lines, answers, totals and delivery, acceptance, booking, expiry. */
class QuoteTests {

    static final LocalDate TODAY = OpportunityTests.TODAY;
    static final Instant NOW = OpportunityTests.NOW;
    static final SalesActor REP = OpportunityTests.OWNER;

    static Quote quote() {
        Opportunity opportunity = OpportunityTests.opened();
        ReflectionTestUtils.setField(opportunity, "id", 11L);
        Quote quote = Quote.start(opportunity, 7L, null, REP, TODAY, NOW);
        ReflectionTestUtils.setField(quote, "id", 42L);
        ReflectionTestUtils.setField(quote, "version", 3L);
        return quote;
    }

    static CustomisationInput wish(String wording) {
        return new CustomisationInput(wording, TODAY.plusMonths(2), new BigDecimal("48000"));
    }

    static void baseLine(Quote quote) {
        quote.addOption("SPEC-1", 2, "K7 base line", new BigDecimal("280000.00"), "EUR", 40, 1, REP, NOW);
    }

    static QuoteLine customise(Quote quote, String wording) {
        QuoteLine line = quote.addCustomisation(wish(wording), REP, TODAY, NOW);
        quote.asked(line.getNumber(), 100L + line.getNumber(), NOW.plus(Duration.ofHours(4)), "line-added", REP, NOW);
        return line;
    }

    static boolean feasible(Quote quote, int line, String price, int days, Instant at) {
        return quote.answer(line, CustomisationAnswer.FEASIBLE, new BigDecimal(price), new BigDecimal("1200"), "EUR",
                days, "Inside the delegated envelope (revision 1).", NOW.plus(Duration.ofHours(4)), at);
    }

    @Test
    void aNewQuoteIsAnEmptyDraftInTheOpportunitysCurrencyValidForThirtyDays() {
        Quote quote = quote();
        assertThat(quote.getState()).isEqualTo(QuoteState.DRAFT);
        assertThat(quote.getCurrency()).isEqualTo("EUR");
        assertThat(quote.getValidUntil()).isEqualTo(TODAY.plusDays(30));
        assertThat(quote.getOwnerDepartment()).isEqualTo(OpportunityTests.SALES);
        assertThat(quote.total()).isEqualByComparingTo("0");
        assertThat(quote.key()).isEqualTo("Q-0042");
    }

    @Test
    void aClosedOpportunityOrADateInThePastOrTooFarAheadIsRefused() {
        Opportunity lost = OpportunityTests.opened();
        ReflectionTestUtils.setField(lost, "id", 11L);
        lost.moveTo(new StageMove(OpportunityStage.LOST, null, "Went with a competitor", null), REP, TODAY, NOW);
        assertThatThrownBy(() -> Quote.start(lost, 7L, null, REP, TODAY, NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("reopen");
        Opportunity open = OpportunityTests.opened();
        ReflectionTestUtils.setField(open, "id", 11L);
        assertThatThrownBy(() -> Quote.start(open, 7L, TODAY.minusDays(1), REP, TODAY, NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Quote.start(open, 7L, TODAY.plusDays(400), REP, TODAY, NOW))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void optionsMakeTheQuoteReadyWithTheirPriceAndLeadTime() {
        Quote quote = quote();
        baseLine(quote);
        quote.addOption("SPEC-2", 1, "Servo film feeder", new BigDecimal("12500.00"), "EUR", 20, 2, REP, NOW);
        assertThat(quote.getState()).isEqualTo(QuoteState.READY);
        assertThat(quote.total()).isEqualByComparingTo("305000.00");
        assertThat(quote.deliveryDate(TODAY)).isEqualTo(TODAY.plusDays(40));
        assertThat(quote.pendingEvents()).filteredOn(QuoteLinesChanged.class::isInstance).hasSize(2);
    }

    @Test
    void anOptionInAnotherCurrencyOrWithABadQuantityIsRefused() {
        Quote quote = quote();
        assertThatThrownBy(() -> quote.addOption("SPEC-4", 1, "Label printer", new BigDecimal("900"), "USD", 10, 1, REP, NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("USD");
        assertThatThrownBy(() -> quote.addOption("SPEC-1", 1, "K7", new BigDecimal("1"), "EUR", 1, 0, REP, NOW))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(quote.getLines()).isEmpty();
    }

    @Test
    void aCustomisationKeepsTheQuoteAwaitingAnswersUntilItIsAnswered() {
        Quote quote = quote();
        baseLine(quote);
        QuoteLine line = customise(quote, "Conveyor height 1,050 mm instead of 900 mm");
        assertThat(quote.getState()).isEqualTo(QuoteState.AWAITING_ANSWERS);
        assertThat(line.getAnswer()).isEqualTo(CustomisationAnswer.OPEN);
        assertThat(line.getChangeRequest()).isEqualTo(102L);
        assertThat(line.getLineValue()).isEqualByComparingTo("48000");
        assertThat(quote.total()).isEqualByComparingTo("280000.00");

        assertThat(feasible(quote, 2, "1900.00", 3, NOW.plusSeconds(47))).isTrue();
        assertThat(quote.getState()).isEqualTo(QuoteState.READY);
        assertThat(quote.total()).isEqualByComparingTo("281900.00");
        assertThat(quote.deliveryDate(TODAY)).isEqualTo(TODAY.plusDays(43));
        assertThat(quote.line(2).waited(NOW.plusSeconds(500))).isEqualTo(Duration.ofSeconds(47));
        assertThat(quote.pendingEvents()).filteredOn(QuoteLineAnswered.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((QuoteLineAnswered) e).answer()).isEqualTo("FEASIBLE"));
    }

    @Test
    void theSameAnswerTwiceChangesNothingAndPublishesNothing() {
        Quote quote = quote();
        customise(quote, "Stainless contact parts");
        assertThat(feasible(quote, 1, "1900.00", 3, NOW.plusSeconds(5))).isTrue();
        assertThat(feasible(quote, 1, "1900.00", 3, NOW.plusSeconds(9))).isFalse();
        assertThat(quote.pendingEvents()).filteredOn(QuoteLineAnswered.class::isInstance).hasSize(1);
        assertThat(quote.line(1).getAnsweredAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void aRefusedCustomisationSendsTheQuoteBackToDraftUntilItIsRewordedOrRemoved() {
        Quote quote = quote();
        baseLine(quote);
        customise(quote, "Conveyor height 1,300 mm");
        quote.answer(2, CustomisationAnswer.NOT_FEASIBLE, null, null, null, null, "The frame cannot carry it.", null,
                NOW.plusSeconds(60));
        assertThat(quote.getState()).isEqualTo(QuoteState.DRAFT);
        assertThat(quote.line(2).getAnswerNote()).isEqualTo("The frame cannot carry it.");

        QuoteLine reworded = quote.reword(2, wish("Conveyor height 1,050 mm"), TODAY, NOW);
        assertThat(reworded.getNumber()).isEqualTo(3);
        assertThat(reworded.getRewords()).isEqualTo(2);
        assertThat(quote.line(2).getStatus()).isEqualTo(LineStatus.REWORDED);
        assertThat(quote.getState()).isEqualTo(QuoteState.AWAITING_ANSWERS);
        assertThat(quote.answer(2, CustomisationAnswer.FEASIBLE, BigDecimal.TEN, null, null, 1, null, null, NOW))
                .as("an answer to a replaced line no longer matters").isFalse();

        quote.removeLine(3, REP, NOW);
        assertThat(quote.getState()).isEqualTo(QuoteState.READY);
        assertThat(quote.activeLines()).extracting(QuoteLine::getNumber).containsExactly(1);
        assertThatThrownBy(() -> quote.removeLine(3, REP, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> quote.removeLine(9, REP, NOW)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> quote.reword(1, wish("x"), TODAY, NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aDeferredCustomisationKeepsTheQuoteWaiting() {
        Quote quote = quote();
        customise(quote, "Wash-down enclosure");
        quote.answer(1, CustomisationAnswer.DEFERRED, null, null, null, null, "Deferred to the gate Launch.", null, NOW);
        assertThat(quote.getState()).isEqualTo(QuoteState.AWAITING_ANSWERS);
        assertThat(quote.line(1).getAnsweredAt()).isNull();
    }

    @Test
    void customisationInputIsChecked() {
        Quote quote = quote();
        assertThatThrownBy(() -> quote.addCustomisation(new CustomisationInput(" ", null, BigDecimal.ONE), REP, TODAY, NOW))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("wording");
        assertThatThrownBy(() -> quote.addCustomisation(new CustomisationInput("x".repeat(2001), null, BigDecimal.ONE), REP, TODAY, NOW))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("wording");
        assertThatThrownBy(() -> quote.addCustomisation(new CustomisationInput("Blue", TODAY.minusDays(1), BigDecimal.ONE), REP, TODAY, NOW))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("wantedBy");
        assertThatThrownBy(() -> quote.addCustomisation(new CustomisationInput("Blue", null, null), REP, TODAY, NOW))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("value");
        assertThatThrownBy(() -> quote.addCustomisation(new CustomisationInput("Blue", null, new BigDecimal("-1")), REP, TODAY, NOW))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("value");
        assertThatThrownBy(() -> quote.addCustomisation(new CustomisationInput("Blue", null, new BigDecimal("1.001")), REP, TODAY, NOW))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("value");
        assertThat(quote.getLines()).isEmpty();
        assertThat(quote.getState()).isEqualTo(QuoteState.DRAFT);
    }

    @Test
    void onlyAReadyQuoteWithinItsDateIsAcceptedAndTheTermsAreHashed() {
        Quote quote = quote();
        baseLine(quote);
        customise(quote, "Conveyor height 1,050 mm");
        assertThatThrownBy(() -> quote.accept(new Acceptance("Hannah Bellamy", null), "terms", REP, TODAY, NOW))
                .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("quote-not-ready");
        feasible(quote, 2, "1900.00", 3, NOW);
        assertThatThrownBy(() -> quote.accept(new Acceptance("Hannah Bellamy", null), "t", REP, quote.getValidUntil().plusDays(1), NOW))
                .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("quote-expired");
        assertThatThrownBy(() -> quote.accept(new Acceptance(" ", null), "t", REP, TODAY, NOW))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("name");

        String terms = quote.terms("Bellamy Foods", "K7", TODAY);
        assertThat(terms).contains("Quote Q-0042 version 3", "option SPEC-1 r2 \"K7 base line\" x 1 at EUR 280000.00",
                "customisation \"Conveyor height 1,050 mm\"", "feasible (CR-102), EUR 1900.00, +3 days",
                "Total: EUR 281900.00", "Delivery: " + TODAY.plusDays(43));
        quote.accept(new Acceptance("Hannah Bellamy", 3L), terms, REP, TODAY, NOW);
        assertThat(quote.getState()).isEqualTo(QuoteState.ACCEPTED);
        assertThat(quote.getAcceptedByName()).isEqualTo("Hannah Bellamy");
        assertThat(quote.getAcceptedContact()).isEqualTo(3L);
        assertThat(quote.getAcceptedAt()).isEqualTo(NOW);
        assertThat(quote.getAcceptedTermsHash()).hasSize(64).isEqualTo(Quote.sha256(terms));
        assertThatThrownBy(() -> quote.addOption("SPEC-2", 1, "Feeder", BigDecimal.TEN, "EUR", 1, 1, REP, NOW))
                .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("quote-not-editable");
        assertThat(quote.answer(2, CustomisationAnswer.NOT_FEASIBLE, null, null, null, null, "late", null, NOW))
                .as("an accepted quote no longer changes with its change requests").isFalse();
    }

    @Test
    void onlyAnAcceptedQuoteIsOrderedAndOnlyOnce() {
        Quote quote = quote();
        baseLine(quote);
        assertThatThrownBy(() -> quote.ordered(5L, REP, NOW)).isInstanceOf(ConflictException.class)
                .extracting("code").isEqualTo("quote-not-accepted");
        quote.accept(new Acceptance("Hannah Bellamy", null), quote.terms("B", "K7", TODAY), REP, TODAY, NOW);
        quote.ordered(5L, REP, NOW);
        assertThat(quote.getState()).isEqualTo(QuoteState.ORDERED);
        assertThat(quote.getSalesOrder()).isEqualTo(5L);
        assertThatThrownBy(() -> quote.ordered(6L, REP, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already been booked");
        assertThatThrownBy(() -> quote.decline("Too late", REP, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void declineNeedsAReasonAndEndsTheQuote() {
        Quote quote = quote();
        customise(quote, "Blue paint");
        assertThatThrownBy(() -> quote.decline("", REP, NOW)).isInstanceOf(InvalidRequestException.class);
        quote.decline("Budget moved to next year", REP, NOW);
        assertThat(quote.getState()).isEqualTo(QuoteState.DECLINED);
        assertThat(quote.getClosedReason()).isEqualTo("Budget moved to next year");
        assertThat(quote.pendingEvents()).filteredOn(QuoteStateChanged.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((QuoteStateChanged) e).action()).isEqualTo("declined"));
    }

    @Test
    void aQuotePastItsDateExpiresOnlyWhileBeingBuilt() {
        Quote quote = quote();
        assertThat(quote.expire(quote.getValidUntil(), NOW)).isFalse();
        assertThat(quote.expire(quote.getValidUntil().plusDays(1), NOW)).isTrue();
        assertThat(quote.getState()).isEqualTo(QuoteState.EXPIRED);
        assertThat(quote.expire(quote.getValidUntil().plusDays(2), NOW)).isFalse();

        Quote accepted = quote();
        baseLine(accepted);
        accepted.accept(new Acceptance("Hannah", null), "t", REP, TODAY, NOW);
        assertThat(accepted.expire(accepted.getValidUntil().plusDays(1), NOW)).isFalse();
    }
}
