package org.integrationgateway.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.sales.events.OpportunityChanged;
import org.integrationgateway.sales.events.OpportunityCreated;
import org.integrationgateway.sales.events.OpportunityStageChanged;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The opportunity's own rules: input checks, stage moves, probabilities, reopening and its events. */
class OpportunityTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    static final long MARCO = 4;
    static final long SALES = 2;
    static final SalesActor OWNER = new SalesActor(MARCO, "Marco Ricci", false);
    static final SalesActor TEAMMATE = new SalesActor(5L, "Grace Mensah", false);
    static final SalesActor PMO = new SalesActor(9L, "Ada Lindqvist", true);

    static OpportunityDraft draft(String value, Integer probability, LocalDate close) {
        return new OpportunityDraft(1L, 3L, "K7 line for Bellamy", null, value == null ? null : new BigDecimal(value),
                "eur", probability, close, null, List.of(7L, 7L, 8L));
    }

    static Opportunity opened() {
        return Opportunity.open(draft("310000", null, TODAY.plusMonths(2)), MARCO, SALES, OWNER, TODAY, NOW);
    }

    @Test
    void opensAsAProspectWithTheDefaultProbabilityAndAHistory() {
        Opportunity o = opened();
        assertThat(o.getStage()).isEqualTo(OpportunityStage.PROSPECT);
        assertThat(o.getProbability()).isEqualTo(10);
        assertThat(o.getValue()).isEqualByComparingTo("310000.00");
        assertThat(o.getValue().scale()).isEqualTo(2);
        assertThat(o.getCurrency()).isEqualTo("EUR");
        assertThat(o.weightedValue()).isEqualByComparingTo("31000.00");
        assertThat(o.getProjectIds()).containsExactly(7L, 8L);
        assertThat(o.getStageChanges()).singleElement().satisfies(change -> {
            assertThat(change.fromStage()).isNull();
            assertThat(change.toStage()).isEqualTo(OpportunityStage.PROSPECT);
            assertThat(change.changedBy()).isEqualTo("Marco Ricci");
        });
        o.created();
        assertThat(o.pendingEvents()).singleElement().isInstanceOf(OpportunityCreated.class);
    }

    @ParameterizedTest
    @CsvSource({"PROSPECT,10", "QUALIFIED,25", "PROPOSAL,50", "NEGOTIATION,75", "WON,100", "LOST,0"})
    void everyStageHasItsDefaultProbability(OpportunityStage stage, int probability) {
        assertThat(stage.defaultProbability()).isEqualTo(probability);
        assertThat(Opportunity.probabilityFor(stage, null)).isEqualTo(probability);
    }

    @Test
    void refusesBadInputNamingTheField() {
        assertField(() -> Opportunity.open(draft(null, null, TODAY), MARCO, SALES, OWNER, TODAY, NOW), "value");
        assertField(() -> Opportunity.open(draft("0", null, TODAY), MARCO, SALES, OWNER, TODAY, NOW), "value");
        assertField(() -> Opportunity.open(draft("-5", null, TODAY), MARCO, SALES, OWNER, TODAY, NOW), "value");
        assertField(() -> Opportunity.open(draft("10.005", null, TODAY), MARCO, SALES, OWNER, TODAY, NOW), "value");
        assertField(() -> Opportunity.open(draft("10", 101, TODAY), MARCO, SALES, OWNER, TODAY, NOW), "probability");
        assertField(() -> Opportunity.open(draft("10", -1, TODAY), MARCO, SALES, OWNER, TODAY, NOW), "probability");
        assertField(() -> Opportunity.open(draft("10", null, null), MARCO, SALES, OWNER, TODAY, NOW), "expectedClose");
        assertField(() -> Opportunity.open(new OpportunityDraft(1L, null, " ", null, BigDecimal.TEN, "EUR", null, TODAY,
                null, List.of()), MARCO, SALES, OWNER, TODAY, NOW), "title");
        assertField(() -> Opportunity.open(new OpportunityDraft(1L, null, "X", null, BigDecimal.TEN, "EURO", null, TODAY,
                null, List.of()), MARCO, SALES, OWNER, TODAY, NOW), "currency");
        assertField(() -> Opportunity.open(new OpportunityDraft(null, null, "X", null, BigDecimal.TEN, "EUR", null, TODAY,
                null, List.of()), MARCO, SALES, OWNER, TODAY, NOW), "customerId");
        assertThat(Opportunity.open(draft("10.50", 0, TODAY), MARCO, SALES, OWNER, TODAY, NOW).getProbability()).isZero();
    }

    @Test
    void theExpectedCloseDateIsNotInThePastWhenOpenedOrMovedButMayHavePassedSince() {
        assertThatThrownBy(() -> Opportunity.open(draft("10", null, TODAY.minusDays(1)), MARCO, SALES, OWNER, TODAY, NOW))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("field", "expectedClose");
        Opportunity o = opened();
        LocalDate later = TODAY.plusMonths(3);
        // Months later the date has passed: editing other fields keeps it, moving it to the past is refused.
        o.change(draft("300000", null, TODAY.plusMonths(2)), MARCO, SALES, OWNER, later);
        assertThat(o.isOverdue(later)).isTrue();
        assertThatThrownBy(() -> o.change(draft("300000", null, TODAY.plusMonths(2).plusDays(1)), MARCO, SALES, OWNER, later))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void openStagesMoveFreelyForwardAndBackTakingTheirDefaultProbabilityUnlessGiven() {
        Opportunity o = opened();
        o.moveTo(StageMove.to(OpportunityStage.NEGOTIATION), TEAMMATE, TODAY, NOW);
        assertThat(o.getProbability()).isEqualTo(75);
        o.moveTo(new StageMove(OpportunityStage.QUALIFIED, 30, null, null), OWNER, TODAY, NOW);
        assertThat(o.getStage()).isEqualTo(OpportunityStage.QUALIFIED);
        assertThat(o.getProbability()).isEqualTo(30);
        assertThat(o.getStageChanges()).extracting(StageChange::toStage).containsExactly(OpportunityStage.PROSPECT,
                OpportunityStage.NEGOTIATION, OpportunityStage.QUALIFIED);
        OpportunityStageChanged moved = (OpportunityStageChanged) o.pendingEvents().get(1);
        assertThat(moved.fromStage()).isEqualTo("NEGOTIATION");
        assertThat(moved.toStage()).isEqualTo("QUALIFIED");
        assertThat(moved.weightedValue()).isEqualByComparingTo("93000.00");
        assertThat(moved.action()).isEqualTo("stage-changed");
        assertThat(moved.before()).isNotNull();
        assertThatThrownBy(() -> o.moveTo(StageMove.to(OpportunityStage.QUALIFIED), OWNER, TODAY, NOW))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("code", "illegal-transition");
    }

    @Test
    void wonIsAHundredAndLostIsZeroWithAReason() {
        Opportunity won = opened();
        won.moveTo(StageMove.to(OpportunityStage.WON), TEAMMATE, TODAY, NOW);
        assertThat(won.getProbability()).isEqualTo(100);
        assertThat(won.getClosedAt()).isEqualTo(NOW);
        assertThat(won.weightedValue()).isEqualByComparingTo("310000.00");

        Opportunity lost = opened();
        assertField(() -> lost.moveTo(StageMove.to(OpportunityStage.LOST), OWNER, TODAY, NOW), "lostReason");
        assertField(() -> lost.moveTo(new StageMove(OpportunityStage.LOST, 20, "Price", null), OWNER, TODAY, NOW),
                "probability");
        assertThat(lost.getStage()).isEqualTo(OpportunityStage.PROSPECT);
        lost.moveTo(new StageMove(OpportunityStage.LOST, null, "  Went with a competitor  ", null), OWNER, TODAY, NOW);
        assertThat(lost.getProbability()).isZero();
        assertThat(lost.getLostReason()).isEqualTo("Went with a competitor");
    }

    @Test
    void aClosedOpportunityIsReopenedOnlyByItsOwnerOrAdministratorsAndPmoAndIsNotEditedMeanwhile() {
        Opportunity o = opened();
        o.moveTo(new StageMove(OpportunityStage.LOST, null, "Budget frozen", null), OWNER, TODAY, NOW);
        assertThatThrownBy(() -> o.moveTo(StageMove.to(OpportunityStage.WON), OWNER, TODAY, NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> o.change(draft("1", null, TODAY), MARCO, SALES, OWNER, TODAY))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("code", "opportunity-closed");
        assertThatThrownBy(() -> o.moveTo(StageMove.to(OpportunityStage.PROPOSAL), TEAMMATE, TODAY, NOW))
                .isInstanceOf(NotPermittedException.class);
        // After its close date has passed, reopening needs a new date.
        LocalDate later = TODAY.plusMonths(4);
        assertThatThrownBy(() -> o.moveTo(StageMove.to(OpportunityStage.PROPOSAL), OWNER, later, NOW))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("field", "expectedClose");
        o.moveTo(new StageMove(OpportunityStage.PROPOSAL, null, null, later.plusDays(10)), PMO, later, NOW);
        assertThat(o.getStage()).isEqualTo(OpportunityStage.PROPOSAL);
        assertThat(o.getProbability()).isEqualTo(50);
        assertThat(o.getLostReason()).isNull();
        assertThat(o.getClosedAt()).isNull();
        assertThat(o.getExpectedClose()).isEqualTo(later.plusDays(10));
    }

    @Test
    void onlyTheOwnerOrAdministratorsAndPmoReassign() {
        Opportunity o = opened();
        assertThatThrownBy(() -> o.change(draft("1", null, TODAY.plusMonths(2)), 5L, SALES, TEAMMATE, TODAY))
                .isInstanceOf(NotPermittedException.class);
        o.change(draft("1", null, TODAY.plusMonths(2)), 5L, SALES, OWNER, TODAY);
        assertThat(o.getOwner()).isEqualTo(5L);
        OpportunityChanged changed = (OpportunityChanged) o.pendingEvents().get(0);
        assertThat(changed.reassigned()).isTrue();
        assertThat(changed.action()).isEqualTo("reassigned");
        assertThat(changed.previous().ownerId()).isEqualTo(MARCO);
        o.change(draft("1", null, TODAY.plusMonths(2)), MARCO, 3, PMO, TODAY);
        assertThat(o.getOwnerDepartment()).isEqualTo(3);
    }

    @Test
    void aNewOpportunityStartsInAnOpenStage() {
        OpportunityDraft won = new OpportunityDraft(1L, null, "X", OpportunityStage.WON, BigDecimal.TEN, "EUR", null, TODAY,
                null, List.of());
        assertThatThrownBy(() -> Opportunity.open(won, MARCO, SALES, OWNER, TODAY, NOW))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("field", "stage");
        assertThat(OpportunityStage.OPEN).containsExactly(OpportunityStage.PROSPECT, OpportunityStage.QUALIFIED,
                OpportunityStage.PROPOSAL, OpportunityStage.NEGOTIATION);
        assertThat(OpportunityStage.NEGOTIATION.next()).isEqualTo(OpportunityStage.WON);
    }

    private static void assertField(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOf(InvalidRequestException.class)
                .hasFieldOrPropertyWithValue("field", field);
    }
}
