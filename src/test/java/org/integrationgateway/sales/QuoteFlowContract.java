package org.integrationgateway.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;
import static org.integrationgateway.sales.QuoteFixtures.customisation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.time.LocalDate;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeQueries;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.changecontrol.ImpactInput;
import org.integrationgateway.changecontrol.Risk;
import org.integrationgateway.changecontrol.SpecItemRef;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.SourceKind;
import org.integrationgateway.changecontrol.VoteChoice;
import org.integrationgateway.sales.QuoteFixtures.Shop;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The live answer loop against a real database: a customisation raises a change request on the project at once,
 * the project's answer (by the envelope or the board) flows back to the quote line, the customer accepts and the
 * order is booked with its change requests scheduled, the customer's variant and the opportunity won. Also who may do
 * what, references, locking, expiry and the audit trail. Runs on H2 and on PostgreSQL.
 */
abstract class QuoteFlowContract {

    static final Duration ANSWER_WAIT = Duration.ofSeconds(20);

    @Autowired QuoteFixtures fixtures;
    @Autowired QuoteDesk desk;
    @Autowired ChangeControl changeControl;
    @Autowired ChangeQueries queries;
    @Autowired SalesPipeline pipeline;
    @Autowired JdbcTemplate jdbc;

    Shop s;

    @BeforeEach
    void setUp() {
        s = fixtures.shop();
    }

    Quote newQuote() {
        return as(s.carla(), () -> desk.create(s.opportunity(), new QuoteDraft(null, null)));
    }

    Quote withBaseLine() {
        Quote quote = newQuote();
        return as(s.carla(), () -> desk.addOption(quote.getId(), quote.getVersion(), "spec-1", 1));
    }

    Quote customise(Quote quote, String wording) {
        return as(s.carla(), () -> desk.addCustomisation(quote.getId(), null, customisation(wording, "48000")));
    }

    void assessAndComplete(long changeRequest, String cost, int days) {
        as(s.team().engineer(), () -> changeControl.startAssessment(changeRequest, null, null));
        as(s.team().engineer(), () -> changeControl.assess(changeRequest, null, new ImpactInput(new BigDecimal(cost),
                "EUR", days, Risk.LOW, null, List.of(new SpecItemRef("SPEC-3", "mechanical")), null, null)));
        as(s.team().engineer(), () -> changeControl.completeAssessment(changeRequest, null, null));
    }

    /** The board members vote alike until the board's rule has decided. */
    void boardVotes(long changeRequest, VoteChoice choice, String comment) {
        for (Member member : new Member[] {s.team().manager(), s.team().tom(), s.team().ines()}) {
            if (changeControl.changeRequest(changeRequest).getState().decidable()) {
                as(member, () -> changeControl.vote(changeRequest, choice, null, comment));
            }
        }
        assertThat(changeControl.changeRequest(changeRequest).getState().decidable()).isFalse();
    }

    Quote awaitAnswer(long quoteId, int line, CustomisationAnswer answer) {
        await().atMost(ANSWER_WAIT).until(() -> as(s.carla(), () -> desk.quote(quoteId)).line(line).getAnswer() == answer);
        return as(s.carla(), () -> desk.quote(quoteId));
    }

    @Test
    void aCustomisationRaisesASubmittedChangeRequestFromItsQuoteLineAtOnce() {
        Quote quote = customise(withBaseLine(), "Conveyor height 1,050 mm instead of 900 mm");
        QuoteLine line = quote.line(2);
        assertThat(quote.getState()).isEqualTo(QuoteState.AWAITING_ANSWERS);
        assertThat(line.getChangeRequest()).isNotNull();
        assertThat(line.getAnswerDue()).isAfter(line.getAskedAt());

        ChangeRequest request = changeControl.changeRequest(line.getChangeRequest());
        assertThat(request.getProject()).isEqualTo(s.project());
        assertThat(request.getState()).isEqualTo(ChangeState.SUBMITTED);
        assertThat(request.getOrigin()).isEqualTo(Origin.SALES);
        assertThat(request.getSource().kind()).isEqualTo(SourceKind.QUOTE_LINE);
        assertThat(request.getSource().reference()).isEqualTo(quote.getId() + ":2");
        assertThat(request.getSource().label()).isEqualTo("Quote " + quote.key() + " line 2");
        assertThat(request.getRevenueAtStake()).isEqualByComparingTo("48000");
        assertThat(request.getRevenueCurrency()).isEqualTo("EUR");
        assertThat(request.getRequester()).as("the rep, who is not on the project").isEqualTo(s.carla().person());
        assertThat(request.getTitle()).startsWith("Customisation for Bellamy Foods").contains("Conveyor height 1,050 mm");
        assertThat(request.getDescription()).contains("> Conveyor height 1,050 mm instead of 900 mm", "EUR 48,000");
        assertThat(queries.decisionQueue(s.team().engineer().person())).as("the assessor's queue, with the target")
                .filteredOn(e -> e.request().id() == request.getId()).singleElement()
                .satisfies(e -> assertThat(e.dueAt()).isEqualTo(line.getAnswerDue()));
        assertThat(queries.decisionQueue(s.team().tom().person())).as("the board's queue")
                .anyMatch(e -> e.request().id() == request.getId());
        assertThat(queries.decisionQueue(s.team().marketer().person())).isEmpty();
        assertThat(audit("quote", quote.getId(), "line-added")).isEqualTo(2);
        assertThat(audit("quote", quote.getId(), "created")).isEqualTo(1);
    }

    @Test
    void insideTheEnvelopeTheAnswerArrivesAsSoonAsTheAssessmentIsComplete() {
        Quote quote = customise(withBaseLine(), "Conveyor height 1,050 mm");
        long cr = quote.line(2).getChangeRequest();
        assessAndComplete(cr, "1200", 3);
        assertThat(changeControl.changeRequest(cr).getState()).isEqualTo(ChangeState.APPROVED);

        Quote answered = awaitAnswer(quote.getId(), 2, CustomisationAnswer.FEASIBLE);
        QuoteLine line = answered.line(2);
        assertThat(line.getPriceDelta()).isEqualByComparingTo("1900.00");
        assertThat(line.getCostDelta()).isEqualByComparingTo("1200");
        assertThat(line.getScheduleDeltaDays()).isEqualTo(3);
        assertThat(line.getAnsweredAt()).isNotNull();
        assertThat(line.getAnswerNote()).contains("delegated envelope");
        assertThat(answered.getState()).isEqualTo(QuoteState.READY);
        assertThat(answered.total()).isEqualByComparingTo("281900.00");
        assertThat(answered.deliveryDate(desk.today())).isEqualTo(desk.today().plusDays(43));
        assertThat(audit("quote", quote.getId(), "line-answered")).as("assessed (when seen before the decision), decided")
                .isBetween(1, 2);
    }

    @Test
    void outsideTheEnvelopeTheBoardDecidesAndARejectionCanBeReworded() {
        Quote quote = customise(withBaseLine(), "316L stainless contact parts");
        long cr = quote.line(2).getChangeRequest();
        assessAndComplete(cr, "18000", 15);
        assertThat(changeControl.changeRequest(cr).getChangeClass()).isEqualTo(ChangeClass.NORMAL);
        assertThat(as(s.carla(), () -> desk.quote(quote.getId())).getState()).isEqualTo(QuoteState.AWAITING_ANSWERS);

        boardVotes(cr, VoteChoice.REJECT, "Not before the validation gate.");
        Quote refused = awaitAnswer(quote.getId(), 2, CustomisationAnswer.NOT_FEASIBLE);
        assertThat(refused.line(2).getAnswerNote()).as("the tally and what the members wrote")
                .contains("Sofia Marin: Not before the validation gate.");
        assertThat(refused.getState()).isEqualTo(QuoteState.DRAFT);

        Quote reworded = as(s.carla(), () -> desk.reword(quote.getId(), refused.getVersion(), 2,
                customisation("316L stainless only on the product contact surfaces", "48000")));
        QuoteLine line = reworded.line(3);
        assertThat(line.getRewords()).isEqualTo(2);
        assertThat(line.getChangeRequest()).isNotEqualTo(cr);
        assertThat(changeControl.changeRequest(line.getChangeRequest()).getSource().reference()).isEqualTo(quote.getId() + ":3");
        assertThat(changeControl.changeRequest(cr).getState()).as("the rejected request stays as decided").isEqualTo(ChangeState.REJECTED);

        assessAndComplete(line.getChangeRequest(), "9000", 10);
        boardVotes(line.getChangeRequest(), VoteChoice.APPROVE, "Fine.");
        Quote approved = awaitAnswer(quote.getId(), 3, CustomisationAnswer.FEASIBLE);
        assertThat(approved.line(3).getPriceDelta()).isEqualByComparingTo("14400.00");
        assertThat(approved.getState()).isEqualTo(QuoteState.READY);
    }

    @Test
    void removingOrRewordingAPendingCustomisationWithdrawsItsChangeRequest() {
        Quote quote = customise(customise(newQuote(), "Blue paint"), "Green paint");
        long blue = quote.line(1).getChangeRequest();
        long green = quote.line(2).getChangeRequest();
        Quote removed = as(s.carla(), () -> desk.removeLine(quote.getId(), null, 1));
        assertThat(changeControl.changeRequest(blue).getState()).isEqualTo(ChangeState.WITHDRAWN);
        as(s.carla(), () -> desk.reword(quote.getId(), removed.getVersion(), 2, customisation("Dark green paint", "1000")));
        assertThat(changeControl.changeRequest(green).getState()).isEqualTo(ChangeState.WITHDRAWN);
        // the withdrawals' events reach the listener too, but the lines are no longer active: nothing changes
        Quote after = as(s.carla(), () -> desk.quote(quote.getId()));
        assertThat(after.line(1).getStatus()).isEqualTo(LineStatus.REMOVED);
        assertThat(after.line(2).getStatus()).isEqualTo(LineStatus.REWORDED);
        assertThat(after.getState()).isEqualTo(QuoteState.AWAITING_ANSWERS);
    }

    @Test
    void theCustomerAcceptsExactlyWhatTheySawAndTheOrderIsBooked() {
        Quote quote = customise(withBaseLine(), "Conveyor height 1,050 mm");
        long cr = quote.line(2).getChangeRequest();
        assessAndComplete(cr, "1200", 3);
        Quote ready = awaitAnswer(quote.getId(), 2, CustomisationAnswer.FEASIBLE);

        assertThatThrownBy(() -> as(s.carla(), () -> desk.accept(quote.getId(), ready.getVersion() - 1,
                new Acceptance("Hannah Bellamy", s.hannah())))).isInstanceOf(ConflictException.class);
        Quote accepted = as(s.carla(), () -> desk.accept(quote.getId(), ready.getVersion(),
                new Acceptance("Hannah Bellamy", s.hannah())));
        assertThat(accepted.getState()).isEqualTo(QuoteState.ACCEPTED);
        assertThat(accepted.getAcceptedTerms()).contains("Customer: Bellamy Foods", "Total: EUR 281900.00");
        assertThat(accepted.getAcceptedTermsHash()).isEqualTo(Quote.sha256(accepted.getAcceptedTerms()));

        SalesOrder order = as(s.carla(), () -> desk.book(quote.getId(), accepted.getVersion()));
        assertThat(order.number()).isEqualTo(String.format("ORD-%04d", order.getId()));
        assertThat(order.getCreditedTo()).isEqualTo(s.carla().person());
        assertThat(order.getTotal()).isEqualByComparingTo("281900.00");
        assertThat(order.getAcceptedTermsHash()).isEqualTo(accepted.getAcceptedTermsHash());
        assertThat(order.getLines()).extracting(OrderLine::kind).containsExactly(LineKind.OPTION, LineKind.CUSTOMISATION);
        assertThat(order.getLines().get(0).deliverableKeys()).containsExactly("SPEC-1");
        assertThat(order.getLines().get(1).deliverableKeys()).containsExactly("SPEC-3");
        assertThat(order.getLines().get(1).changeRequest()).isEqualTo(cr);

        assertThat(as(s.carla(), () -> desk.quote(quote.getId())).getState()).isEqualTo(QuoteState.ORDERED);
        assertThat(as(s.carla(), () -> pipeline.opportunity(s.opportunity())).getStage()).isEqualTo(OpportunityStage.WON);
        assertThat(changeControl.changeRequest(cr).getTransitions()).extracting(t -> t.action()).contains("SCHEDULE");
        assertThat(changeControl.changeRequest(cr).getScheduled().orderLabel()).isEqualTo("Order " + order.number());
        assertThat(order.getLines().get(1).scheduledGate()).isNotBlank()
                .isEqualTo(changeControl.changeRequest(cr).getScheduled().gateName());
        assertThat(order.getVariant()).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from variant_override o"
                + " where o.variant = ? and o.item_key = 'SPEC-3' and o.body like ?", Integer.class, order.getVariant(),
                "%Conveyor height 1,050 mm%")).isEqualTo(1);
        assertThat(audit("order", order.getId(), "booked")).isEqualTo(1);
        assertThat(audit("quote", quote.getId(), "ordered")).isEqualTo(1);
        assertThatThrownBy(() -> as(s.carla(), () -> desk.book(quote.getId(), null)))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("code", "quote-not-accepted");
        assertThat(jdbc.queryForObject("select count(*) from sales_order where quote = ?", Integer.class, quote.getId())).isEqualTo(1);
    }

    @Test
    void onlyOffersOfTheCurrentBaselineInTheQuotesCurrencyAreQuoted() {
        Quote quote = newQuote();
        assertRule(() -> as(s.carla(), () -> desk.addOption(quote.getId(), null, "SPEC-3", 1)), "not-in-offer");
        assertRule(() -> as(s.carla(), () -> desk.addOption(quote.getId(), null, "SPEC-99", 1)), "not-in-offer");
        assertRule(() -> as(s.carla(), () -> desk.addOption(quote.getId(), null, "SPEC-4", 1)), "currency-mismatch");
        Quote withFeeder = as(s.carla(), () -> desk.addOption(quote.getId(), null, "SPEC-2", 2));
        assertThat(withFeeder.line(1).getUnitPrice()).isEqualByComparingTo("12500");
        assertThat(withFeeder.line(1).getLeadTimeDays()).isEqualTo(20);
        assertThat(withFeeder.line(1).getItemKey()).isEqualTo("SPEC-2");
        assertThat(withFeeder.total()).isEqualByComparingTo("25000");
    }

    @Test
    void theSalesTeamWritesTheProjectManagerReadsAndEveryoneElseSeesNothing() {
        Quote quote = newQuote();
        assertThat(as(s.gus(), () -> desk.addOption(quote.getId(), null, "SPEC-1", 1)).getLines()).hasSize(1);
        assertThat(as(s.team().manager(), () -> desk.quote(quote.getId())).getId()).isEqualTo(quote.getId());
        assertThatThrownBy(() -> as(s.team().manager(), () -> desk.addOption(quote.getId(), null, "SPEC-2", 1)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(s.dana(), () -> desk.quote(quote.getId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(s.team().engineer(), () -> desk.quote(quote.getId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(s.dana(), () -> desk.create(s.opportunity(), null))).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from quote_line where quote = ?", Integer.class, quote.getId())).isEqualTo(1);
    }

    @Test
    void aQuoteIsForOneOfTheOpportunitysProjectsAndStaleWritesChangeNothing() {
        assertRule(() -> as(s.carla(), () -> desk.create(s.opportunity(), new QuoteDraft(s.project() + 100_000, null))),
                "project-not-of-opportunity");
        Quote quote = newQuote();
        as(s.carla(), () -> desk.addOption(quote.getId(), quote.getVersion(), "SPEC-1", 1));
        assertThatThrownBy(() -> as(s.carla(), () -> desk.addOption(quote.getId(), quote.getVersion(), "SPEC-2", 1)))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("code", "stale-version");
        assertThat(as(s.carla(), () -> desk.quote(quote.getId())).getLines()).hasSize(1);
    }

    @Test
    void aQuotePastItsDateExpiresAndItsPendingChangeRequestsAreWithdrawn() {
        Quote quote = customise(newQuote(), "Blue paint");
        long cr = quote.line(1).getChangeRequest();
        jdbc.update("update quote set valid_until = ? where id = ?", LocalDate.now().minusDays(1), quote.getId());
        assertThat(desk.quotesToExpire()).contains(quote.getId());
        assertThat(desk.expire(quote.getId())).isTrue();
        assertThat(as(s.carla(), () -> desk.quote(quote.getId())).getState()).isEqualTo(QuoteState.EXPIRED);
        assertThat(changeControl.changeRequest(cr).getState()).isEqualTo(ChangeState.WITHDRAWN);
        assertThat(desk.expire(quote.getId())).isFalse();
        assertThat(desk.quotesToExpire()).doesNotContain(quote.getId());
    }

    @Test
    void aDeclinedQuoteWithdrawsItsPendingCustomisations() {
        Quote quote = customise(withBaseLine(), "Blue paint");
        long cr = quote.line(2).getChangeRequest();
        Quote declined = as(s.carla(), () -> desk.decline(quote.getId(), null, "Budget moved to next year"));
        assertThat(declined.getState()).isEqualTo(QuoteState.DECLINED);
        assertThat(changeControl.changeRequest(cr).getState()).isEqualTo(ChangeState.WITHDRAWN);
        assertThat(audit("quote", quote.getId(), "declined")).isEqualTo(1);
    }

    private int audit(String type, long id, String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where entity_type = ? and entity_id = ? and action = ?",
                Integer.class, type, String.valueOf(id), action);
    }

    private static void assertRule(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", code);
    }
}
