package org.integrationgateway.changecontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.draft;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.impact;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeControl.GateChoice;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.stagegate.Decision;
import org.integrationgateway.stagegate.DecisionInput;
import org.integrationgateway.stagegate.GateReview;
import org.integrationgateway.stagegate.Gatekeeping;
import org.integrationgateway.stagegate.Interruption;
import org.integrationgateway.stagegate.LifecycleState;
import org.integrationgateway.stagegate.Lifecycles;
import org.integrationgateway.stagegate.spi.AgendaItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Change control against a real database: persistence of the aggregates, permissions from the project matrix and
 * the board, the gateway (agenda, deferral, decisions with the gate), emergency interruptions, the change log, the
 * decision queue, audit, optimistic locking and races. Runs on H2 and on PostgreSQL.
 */
abstract class ChangeControlFlowContract {

    private static final ResponseTarget DAY = new ResponseTarget(1, ResponseTarget.Unit.WORKING_DAYS);
    private static final ResponseTarget WEEK = new ResponseTarget(5, ResponseTarget.Unit.WORKING_DAYS);
    private static final ResponseTarget HOURS = new ResponseTarget(4, ResponseTarget.Unit.HOURS);

    @Autowired ChangeControlFixtures fixtures;
    @Autowired ChangeControl changeControl;
    @Autowired ChangeQueries queries;
    @Autowired Lifecycles lifecycles;
    @Autowired Gatekeeping gatekeeping;
    @Autowired JdbcTemplate jdbc;

    // ---- raising ------------------------------------------------------------------------------------------------------

    @Test
    void membersAndLiaisonsMayRaiseButOutsidersMayNot() {
        Team team = fixtures.team(true);
        for (Member member : List.of(team.marketer(), team.seller(), team.engineer(), team.quality(), team.tom(),
                team.manager())) {
            ChangeRequest raised = as(member, () -> changeControl.raise(team.id(),
                    draft("Raised by " + member.person(), Origin.MARKETING, ChangeClass.NORMAL, null), false));
            assertThat(raised.getState()).isEqualTo(ChangeState.DRAFT);
            assertThat(raised.getRequester()).isEqualTo(member.person());
        }
        assertThatThrownBy(() -> as(team.outsider(), () -> changeControl.raise(team.id(),
                draft("Not mine to ask", Origin.INTERNAL, ChangeClass.NORMAL, null), true)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(queries.counts(team.id()).total()).isEqualTo(6);
        assertThat(as(team.outsider(), () -> changeControl.board(team.id()).isMember(team.outsider().person()))).isFalse();
    }

    @Test
    void aDraftIsEditedOnlyByItsRequesterAndSubmittedWithTheRightVersion() {
        Team team = fixtures.team(true);
        ChangeRequest raised = as(team.marketer(), () -> changeControl.raise(team.id(),
                draft("Washdown enclosure IP69K", Origin.MARKET_RESEARCH, ChangeClass.NORMAL, 2), false));
        assertThatThrownBy(() -> as(team.seller(), () -> changeControl.edit(raised.getId(), raised.getVersion(),
                draft("Hijacked", Origin.SALES, ChangeClass.NORMAL, 2)))).isInstanceOf(NotPermittedException.class);
        ChangeRequest edited = as(team.marketer(), () -> changeControl.edit(raised.getId(), raised.getVersion(),
                draft("Washdown-rated enclosure IP69K", Origin.MARKET_RESEARCH, ChangeClass.NORMAL, 3)));
        assertThat(edited.getTargetStage()).isEqualTo(3);

        assertThatThrownBy(() -> as(team.marketer(), () -> changeControl.submit(raised.getId(), raised.getVersion(), null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("stale-version"));
        ChangeRequest unchanged = changeControl.changeRequest(raised.getId());
        assertThat(unchanged.getState()).isEqualTo(ChangeState.DRAFT);
        assertThat(unchanged.getVersion()).isEqualTo(edited.getVersion());

        ChangeRequest submitted = as(team.marketer(), () -> changeControl.submit(raised.getId(), edited.getVersion(), "Go"));
        assertThat(submitted.getState()).isEqualTo(ChangeState.SUBMITTED);
        assertThat(submitted.getSubmittedAt()).isNotNull();
        assertThat(auditActions(raised.getId())).containsExactly("raised", "edited", "submit");
    }

    // ---- decisions by policy and by the board -------------------------------------------------------------------------

    @Test
    void aStandardChangeInsideTheEnvelopeIsApprovedByPolicy() {
        Team team = fixtures.team(true);
        DelegatedEnvelope envelope = fixtures.envelope(team);
        ChangeRequest raised = as(team.seller(), () -> changeControl.raise(team.id(),
                draft("Conveyor height 1,050 mm", Origin.SALES, ChangeClass.STANDARD, null), true));
        assertThat(raised.getState()).isEqualTo(ChangeState.SUBMITTED);
        as(team.engineer(), () -> changeControl.assess(raised.getId(), null, impact("1200", 3, "mechanical")));
        ChangeRequest decided = as(team.engineer(), () -> changeControl.completeAssessment(raised.getId(), null, "Fits"));

        ChangeRequest reloaded = changeControl.changeRequest(decided.getId());
        assertThat(reloaded.getState()).isEqualTo(ChangeState.APPROVED);
        assertThat(reloaded.getDecisionForum()).isEqualTo(DecisionForum.ENVELOPE);
        assertThat(reloaded.getEnvelopeRevision()).isEqualTo(envelope.getRevision());
        assertThat(reloaded.getImpact().costDelta()).isEqualByComparingTo("1200");
        assertThat(reloaded.getAffectedItems()).containsExactly(new SpecItemRef("SPEC-22", "mechanical"));
        assertThat(reloaded.getTransitions()).extracting(TransitionRecord::action)
                .containsExactly("RAISE", "SUBMIT", "START_ASSESSMENT", "ASSESS", "COMPLETE_ASSESSMENT", "DECIDE_APPROVE");
        assertThat(auditActions(raised.getId()))
                .containsExactly("raised", "submit", "start-assessment", "assessed", "complete-assessment", "decided");
        assertThat(queries.counts(team.id()).byState()).containsEntry(ChangeState.APPROVED, 1L);
    }

    @Test
    void sofiaAndTomApproveInesDefersApprovedAtQuorum() {
        Team team = fixtures.team(true);
        fixtures.envelope(team);
        ChangeRequest raised = as(team.seller(), () -> changeControl.raise(team.id(), new ChangeRequestDraft(
                "316L stainless contact parts", "Orchid Pharma", Origin.SALES,
                new SourceReference(SourceKind.QUOTE_LINE, "Q-0051/1", "Quote Q-0051 line 1"), Priority.HIGH,
                ChangeClass.STANDARD, 1, List.of(new SpecItemRef("SPEC-30", "material")), List.of(),
                new BigDecimal("120000"), "EUR"), true));
        as(team.engineer(), () -> changeControl.assess(raised.getId(), null, new ImpactInput(new BigDecimal("18000"), "EUR",
                15, Risk.MEDIUM, "New supplier for 316L", List.of(new SpecItemRef("SPEC-30", "material")), null, null)));
        ChangeRequest waiting = as(team.engineer(), () -> changeControl.completeAssessment(raised.getId(), null, null));
        assertThat(waiting.getState()).isEqualTo(ChangeState.AWAITING_DECISION);
        assertThat(waiting.getChangeClass()).isEqualTo(ChangeClass.NORMAL);

        assertThatThrownBy(() -> as(team.seller(), () -> changeControl.vote(raised.getId(), VoteChoice.APPROVE, null, null)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(as(team.ines(), () -> changeControl.vote(raised.getId(), VoteChoice.DEFER, 2, "Validate first"))
                .getState()).isEqualTo(ChangeState.AWAITING_DECISION);
        assertThat(as(team.manager(), () -> changeControl.vote(raised.getId(), VoteChoice.APPROVE, null, "Worth it"))
                .getState()).isEqualTo(ChangeState.AWAITING_DECISION);
        ChangeRequest approved = as(team.tom(), () -> changeControl.vote(raised.getId(), VoteChoice.APPROVE, null, null));

        assertThat(approved.getState()).isEqualTo(ChangeState.APPROVED);
        assertThat(approved.getDecisionForum()).isEqualTo(DecisionForum.BOARD);
        assertThat(approved.getTargetStage()).isEqualTo(1);
        assertThat(approved.getRevenueAtStake()).isEqualByComparingTo("120000");
        ChangeRequest reloaded = changeControl.changeRequest(raised.getId());
        assertThat(reloaded.allVotes()).extracting(Vote::person)
                .containsExactlyInAnyOrder(team.ines().person(), team.manager().person(), team.tom().person());
        assertThat(reloaded.getSource().reference()).isEqualTo("Q-0051/1");
        assertThat(auditActions(raised.getId())).filteredOn("voted"::equals).hasSize(3);
        assertThat(auditActions(raised.getId())).filteredOn("decided"::equals).hasSize(1);

        as(team.engineer(), () -> changeControl.implement(raised.getId(), null, "Spec revision 4"));
        assertThatThrownBy(() -> as(team.seller(), () -> changeControl.verify(raised.getId(), null, null)))
                .isInstanceOf(NotPermittedException.class);
        as(team.quality(), () -> changeControl.verify(raised.getId(), null, "Checked"));
        ChangeRequest closed = as(team.manager(), () -> changeControl.close(raised.getId(), null, null));
        assertThat(closed.getState()).isEqualTo(ChangeState.CLOSED);
        assertThat(changeControl.changeRequest(raised.getId()).getTransitions()).extracting(TransitionRecord::action)
                .containsExactly("RAISE", "SUBMIT", "START_ASSESSMENT", "ASSESS", "COMPLETE_ASSESSMENT", "RECLASSIFY",
                        "DECIDE_APPROVE", "IMPLEMENT", "VERIFY", "CLOSE");
    }

    @Test
    void underASingleApproverOnlyTheApproverDecides() {
        Team team = fixtures.team(true);
        ChangeBoard board = as(team.manager(), () -> changeControl.setUpBoard(team.id(), null, new BoardSetup(
                List.of(team.manager().person(), team.tom().person(), team.ines().person()), BoardRule.SINGLE_APPROVER,
                null, team.tom().person(), DAY, WEEK, HOURS)));
        assertThat(board.isDefault()).isFalse();
        ChangeRequest first = awaitingDecision(team, "Faster film feeder", 0);
        ChangeRequest second = awaitingDecision(team, "Quieter drive", 0);

        assertThat(as(team.ines(), () -> changeControl.vote(first.getId(), VoteChoice.APPROVE, null, null)).getState())
                .isEqualTo(ChangeState.AWAITING_DECISION);
        assertThat(as(team.manager(), () -> changeControl.vote(first.getId(), VoteChoice.APPROVE, null, null)).getState())
                .isEqualTo(ChangeState.AWAITING_DECISION);
        ChangeRequest voted = as(team.tom(), () -> changeControl.vote(first.getId(), VoteChoice.REJECT, null, "No budget"));
        assertThat(voted.getState()).isEqualTo(ChangeState.REJECTED);
        assertThat(voted.getDecisionForum()).isEqualTo(DecisionForum.APPROVER);

        assertThatThrownBy(() -> as(team.manager(), () -> changeControl.decide(second.getId(), null, VoteChoice.APPROVE,
                null, null))).isInstanceOf(NotPermittedException.class);
        ChangeRequest decided = as(team.tom(), () -> changeControl.decide(second.getId(), second.getVersion(),
                VoteChoice.APPROVE, null, "Fine"));
        assertThat(decided.getState()).isEqualTo(ChangeState.APPROVED);
        assertThat(decided.getDecisionForum()).isEqualTo(DecisionForum.APPROVER);
        assertThat(decided.getDecidedBy()).isEqualTo("Tom Achebe");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'change-board'"
                + " and entity_id = ?", Integer.class, String.valueOf(team.id()))).isEqualTo(1);

        assertThatThrownBy(() -> as(team.manager(), () -> changeControl.setUpBoard(team.id(), board.getVersion() + 1,
                new BoardSetup(List.of(team.manager().person()), BoardRule.MAJORITY, 1, null, DAY, WEEK, HOURS))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("stale-version"));
        assertThat(changeControl.board(team.id()).getRule()).isEqualTo(BoardRule.SINGLE_APPROVER);
    }

    // ---- emergencies ------------------------------------------------------------------------------------------------

    @Test
    void anEmergencyInterruptsTheProjectUntilTheBoardDecides() {
        Team team = fixtures.team(true);
        Instant before = Instant.now();
        ChangeRequest raised = as(team.ines(), () -> changeControl.raise(team.id(),
                draft("Guard interlock can be bypassed", Origin.INTERNAL, ChangeClass.EMERGENCY, null), true));
        assertThat(lifecycles.lifecycle(team.id()).getState()).isEqualTo(LifecycleState.INTERRUPTED);
        assertThat(queries.counts(team.id()).openEmergencies()).isEqualTo(1);
        assertThat(changeControl.changeRequest(raised.getId()).holdsInterruption()).isTrue();

        as(team.ines(), () -> changeControl.vote(raised.getId(), VoteChoice.APPROVE, null, "Fix now"));
        assertThat(lifecycles.lifecycle(team.id()).getState()).isEqualTo(LifecycleState.INTERRUPTED);
        ChangeRequest decided = as(team.tom(), () -> changeControl.vote(raised.getId(), VoteChoice.APPROVE, null, null));

        assertThat(decided.getState()).isEqualTo(ChangeState.APPROVED);
        assertThat(decided.getDecisionForum()).isEqualTo(DecisionForum.BOARD);
        assertThat(lifecycles.lifecycle(team.id()).getState()).isEqualTo(LifecycleState.ACTIVE);
        ChangeRequest reloaded = changeControl.changeRequest(raised.getId());
        assertThat(reloaded.getInterruptedAt()).isBetween(before.minusSeconds(1), reloaded.getInterruptionEndedAt());
        assertThat(reloaded.getInterruptionEndedAt()).isBeforeOrEqualTo(Instant.now());
        assertThat(reloaded.holdsInterruption()).isFalse();
        assertThat(reloaded.allVotes()).hasSize(2);
        assertThat(queries.counts(team.id()).openEmergencies()).isZero();

        Interruption interruption = lifecycles.lifecycle(team.id()).getInterruptions().stream()
                .filter(i -> i.reference().equals(raised.key())).findFirst().orElseThrow();
        assertThat(interruption.source()).isEqualTo("change-control");
        assertThat(interruption.reason()).contains(raised.key()).contains("Guard interlock");
        assertThat(interruption.open()).isFalse();
        Duration onTheRequest = reloaded.interruptionDuration(Instant.now());
        Duration onTheLifecycle = interruption.duration(Instant.now());
        assertThat(onTheRequest.isNegative()).isFalse();
        assertThat(onTheLifecycle.isNegative()).isFalse();
        assertThat(onTheRequest.minus(onTheLifecycle).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aWithdrawnEmergencyEndsTheInterruptionAndADraftInterruptsNothing() {
        Team team = fixtures.team(true);
        ChangeRequest draft = as(team.ines(), () -> changeControl.raise(team.id(),
                draft("Sensor cable chafing", Origin.INTERNAL, ChangeClass.EMERGENCY, null), false));
        assertThat(lifecycles.lifecycle(team.id()).getState()).isEqualTo(LifecycleState.ACTIVE);
        as(team.ines(), () -> changeControl.submit(draft.getId(), null, null));
        assertThat(lifecycles.lifecycle(team.id()).getState()).isEqualTo(LifecycleState.INTERRUPTED);

        assertThatThrownBy(() -> as(team.tom(), () -> changeControl.withdraw(draft.getId(), null, null)))
                .isInstanceOf(NotPermittedException.class);
        ChangeRequest withdrawn = as(team.ines(), () -> changeControl.withdraw(draft.getId(), null, "False alarm"));
        assertThat(withdrawn.getState()).isEqualTo(ChangeState.WITHDRAWN);
        assertThat(withdrawn.getInterruptionEndedAt()).isNotNull();
        assertThat(lifecycles.lifecycle(team.id()).getState()).isEqualTo(LifecycleState.ACTIVE);
        assertThat(lifecycles.lifecycle(team.id()).getInterruptions()).singleElement()
                .satisfies(i -> assertThat(i.open()).isFalse());
    }

    // ---- at the gateway -----------------------------------------------------------------------------------------------

    @Test
    void aDeferredChangeMovesToTheLaterGateAndIsVotedOnAgainThere() {
        Team team = fixtures.team(true);
        ChangeRequest request = awaitingDecision(team, "Washdown enclosure IP69K", 0);
        GateReview gate1 = schedule(team, 1);
        assertThat(agendaTitles(gate1.getId())).anyMatch(title -> title.startsWith(request.key() + " "));

        as(team.tom(), () -> changeControl.vote(request.getId(), VoteChoice.DEFER, 1, "After the design review"));
        ChangeRequest deferred = as(team.ines(), () -> changeControl.vote(request.getId(), VoteChoice.DEFER, 1, null));
        assertThat(deferred.getState()).isEqualTo(ChangeState.DEFERRED);
        assertThat(deferred.getTargetStage()).isEqualTo(1);
        assertThat(deferred.getTargetGateName()).isEqualTo(changeControl.gates(team.id()).gateName(1));
        assertThat(deferred.getDecisionRound()).isEqualTo(1);
        assertThat(deferred.currentVotes()).isEmpty();
        assertThat(jdbc.queryForObject("select target_stage from change_request where id = ?", Integer.class,
                request.getId())).isEqualTo(1);
        assertThat(agendaTitles(gate1.getId())).noneMatch(title -> title.startsWith(request.key() + " "));
        assertThat(changeControl.atGate(gate1.getId())).isEmpty();

        gatekeeping.decide(gate1.getId(), new DecisionInput(Decision.GO, "Idea is sound", "Scored outside the tool",
                List.of(), List.of(), gatekeeping.review(gate1.getId()).getVersion()), "sofia@example.test");
        GateReview gate2 = schedule(team, 7);
        assertThat(agendaTitles(gate2.getId())).anyMatch(title -> title.startsWith(request.key() + " "));
        assertThat(gatekeeping.view(gate2.getId()).agenda()).anyMatch(item -> item.link() != null
                && item.link().equals("/gate-reviews/" + gate2.getId() + "/changes"));
        assertThat(changeControl.atGate(gate2.getId())).extracting(ChangeRequest::getId).containsExactly(request.getId());

        as(team.tom(), () -> changeControl.vote(request.getId(), VoteChoice.APPROVE, null, null));
        ChangeRequest approved = as(team.manager(), () -> changeControl.vote(request.getId(), VoteChoice.APPROVE, null, null));
        assertThat(approved.getState()).isEqualTo(ChangeState.APPROVED);
        assertThat(approved.currentVotes()).extracting(Vote::round).containsOnly(1);
        assertThat(approved.allVotes()).hasSize(4);
    }

    @Test
    void changesAreDecidedTogetherWithTheGateAllOrNothing() {
        Team team = fixtures.team(true);
        ChangeRequest ip69k = awaitingDecision(team, "Washdown enclosure IP69K", 0);
        ChangeRequest orchid = awaitingDecision(team, "316L contact parts", 0);
        ChangeRequest feeder = awaitingDecision(team, "Servo film feeder", 0);
        ChangeRequest later = awaitingDecision(team, "Second-stage change", 2);
        GateReview review = schedule(team, 1);
        assertThat(changeControl.atGate(review.getId())).extracting(ChangeRequest::getId)
                .containsExactly(ip69k.getId(), orchid.getId(), feeder.getId());
        assertThat(as(team.manager(), () -> changeControl.mayDecideAtGate(review.getId()))).isTrue();
        assertThat(as(team.tom(), () -> changeControl.mayDecideAtGate(review.getId()))).isFalse();

        assertThatThrownBy(() -> as(team.tom(), () -> changeControl.decideAtGate(review.getId(),
                List.of(new GateChoice(ip69k.getId(), null, VoteChoice.APPROVE, null, null)))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(team.manager(), () -> changeControl.decideAtGate(review.getId(), List.of(
                new GateChoice(ip69k.getId(), null, VoteChoice.APPROVE, null, null),
                new GateChoice(orchid.getId(), null, VoteChoice.DEFER, 0, "Not later at all")))))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> as(team.manager(), () -> changeControl.decideAtGate(review.getId(), List.of(
                new GateChoice(ip69k.getId(), null, VoteChoice.APPROVE, null, null),
                new GateChoice(later.getId(), null, VoteChoice.APPROVE, null, null)))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("not-at-this-gate"));
        assertThatThrownBy(() -> as(team.manager(), () -> changeControl.decideAtGate(review.getId(), List.of(
                new GateChoice(ip69k.getId(), null, VoteChoice.APPROVE, null, null),
                new GateChoice(feeder.getId(), feeder.getVersion() - 1, VoteChoice.APPROVE, null, null)))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("stale-version"));
        assertThatThrownBy(() -> as(team.manager(), () -> changeControl.decideAtGate(review.getId(), List.of(
                new GateChoice(ip69k.getId(), null, VoteChoice.APPROVE, null, null),
                new GateChoice(ip69k.getId(), null, VoteChoice.REJECT, null, null)))))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> as(team.manager(), () -> changeControl.decideAtGate(review.getId(), List.of())))
                .isInstanceOf(InvalidRequestException.class);
        for (ChangeRequest untouched : List.of(ip69k, orchid, feeder, later)) {
            ChangeRequest reloaded = changeControl.changeRequest(untouched.getId());
            assertThat(reloaded.getState()).isEqualTo(ChangeState.AWAITING_DECISION);
            assertThat(reloaded.getVersion()).isEqualTo(untouched.getVersion());
            assertThat(auditActions(untouched.getId())).doesNotContain("decided");
        }

        List<ChangeRequest> decided = as(team.manager(), () -> changeControl.decideAtGate(review.getId(), List.of(
                new GateChoice(ip69k.getId(), ip69k.getVersion(), VoteChoice.APPROVE, null, "With the gate"),
                new GateChoice(orchid.getId(), null, VoteChoice.DEFER, 2, "Needs validation data"),
                new GateChoice(feeder.getId(), null, VoteChoice.REJECT, null, "Catalogue option instead"))));

        assertThat(decided).extracting(ChangeRequest::getState)
                .containsExactly(ChangeState.APPROVED, ChangeState.DEFERRED, ChangeState.REJECTED);
        ChangeRequest approved = changeControl.changeRequest(ip69k.getId());
        assertThat(approved.getDecisionForum()).isEqualTo(DecisionForum.GATE_REVIEW);
        assertThat(approved.getDecisionReference()).isEqualTo(String.valueOf(review.getId()));
        assertThat(approved.getDecidedBy()).isEqualTo("Sofia Marin");
        assertThat(changeControl.changeRequest(orchid.getId()).getTargetStage()).isEqualTo(2);
        assertThat(changeControl.atGate(review.getId())).isEmpty();

        assertThatThrownBy(() -> as(team.manager(), () -> changeControl.decideAtGate(review.getId(), List.of(
                new GateChoice(feeder.getId(), null, VoteChoice.APPROVE, null, null)))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("illegal-transition"));
        assertThatThrownBy(() -> as(team.manager(), () -> changeControl.decideAtGate(review.getId(), List.of(
                new GateChoice(Long.MAX_VALUE, null, VoteChoice.APPROVE, null, null)))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("not-at-this-gate"));

        ChangeRequest another = awaitingDecision(team, "One more for this gate", 0);
        gatekeeping.decide(review.getId(), new DecisionInput(Decision.HOLD, "Wait for the budget", null, List.of(),
                List.of(), gatekeeping.review(review.getId()).getVersion()), "sofia@example.test");
        assertThatThrownBy(() -> as(team.manager(), () -> changeControl.decideAtGate(review.getId(), List.of(
                new GateChoice(another.getId(), null, VoteChoice.APPROVE, null, null)))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("review-decided"));
        assertThat(changeControl.changeRequest(another.getId()).getState()).isEqualTo(ChangeState.AWAITING_DECISION);
    }

    // ---- reading -------------------------------------------------------------------------------------------------------

    @Test
    void theChangeLogKeepsEveryOutcomeAndExportsCsv() {
        Team team = fixtures.team(true);
        ChangeRequest approved = awaitingDecision(team, "Approved one", 0);
        as(team.tom(), () -> changeControl.vote(approved.getId(), VoteChoice.APPROVE, null, null));
        as(team.ines(), () -> changeControl.vote(approved.getId(), VoteChoice.APPROVE, null, null));
        ChangeRequest rejected = awaitingDecision(team, "Rejected, with a comma", 0);
        as(team.tom(), () -> changeControl.vote(rejected.getId(), VoteChoice.REJECT, null, null));
        as(team.ines(), () -> changeControl.vote(rejected.getId(), VoteChoice.REJECT, null, null));
        ChangeRequest deferred = awaitingDecision(team, "Deferred one", 0);
        as(team.tom(), () -> changeControl.vote(deferred.getId(), VoteChoice.DEFER, 3, null));
        as(team.ines(), () -> changeControl.vote(deferred.getId(), VoteChoice.DEFER, 2, null));
        ChangeRequest withdrawn = as(team.seller(), () -> changeControl.raise(team.id(),
                draft("=Withdrawn one", Origin.SALES, ChangeClass.NORMAL, 1), true));
        as(team.seller(), () -> changeControl.withdraw(withdrawn.getId(), null, null));
        ChangeRequest draftOnly = as(team.marketer(), () -> changeControl.raise(team.id(),
                draft("Draft one", Origin.MARKETING, ChangeClass.EMERGENCY, 4), false));

        Page<ChangeLogEntry> all = queries.changeLog(team.id(), ChangeFilter.none(), PageRequest.of(0, 20,
                ChangeQueries.DEFAULT_SORT));
        assertThat(all.getTotalElements()).isEqualTo(5);
        assertThat(all.getContent()).extracting(ChangeLogEntry::id).containsExactly(draftOnly.getId(),
                withdrawn.getId(), deferred.getId(), rejected.getId(), approved.getId());
        assertThat(ids(team.id(), new ChangeFilter(ChangeState.REJECTED, null, null, null, null))).containsExactly(rejected.getId());
        assertThat(ids(team.id(), new ChangeFilter(ChangeState.WITHDRAWN, null, null, null, null))).containsExactly(withdrawn.getId());
        assertThat(ids(team.id(), new ChangeFilter(ChangeState.DEFERRED, null, null, 3, null))).containsExactly(deferred.getId());
        assertThat(ids(team.id(), new ChangeFilter(null, Origin.SALES, null, null, null))).containsExactly(withdrawn.getId());
        assertThat(ids(team.id(), new ChangeFilter(null, null, ChangeClass.EMERGENCY, null, null))).containsExactly(draftOnly.getId());
        assertThat(ids(team.id(), new ChangeFilter(null, null, null, 0, null))).containsExactly(rejected.getId(), approved.getId());
        assertThat(ids(team.id(), new ChangeFilter(null, null, null, null, "ONE"))).hasSize(4);
        assertThat(ids(team.id(), new ChangeFilter(null, null, null, null, "with a"))).containsExactly(rejected.getId());
        assertThat(ids(team.id(), new ChangeFilter(null, null, null, null, "100%_"))).isEmpty();
        Page<ChangeLogEntry> second = queries.changeLog(team.id(), ChangeFilter.none(),
                PageRequest.of(1, 2, Sort.by(Sort.Direction.ASC, "title")));
        assertThat(second.getContent()).extracting(ChangeLogEntry::title).containsExactly("Deferred one", "Draft one");
        assertThat(second.getTotalPages()).isEqualTo(3);
        ChangeLogEntry entry = queries.entries(List.of(deferred.getId())).get(0);
        assertThat(entry.decision()).isEqualTo(VoteChoice.DEFER);
        assertThat(entry.targetStage()).isEqualTo(3);

        StringWriter csv = new StringWriter();
        queries.exportCsv(team.id(), ChangeFilter.none(), csv);
        List<String> lines = csv.toString().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("key,title,origin,source,class,priority,state,target_gate");
        assertThat(lines.get(1)).startsWith(approved.key() + ",Approved one,MARKET_RESEARCH,,NORMAL,MEDIUM,APPROVED,");
        assertThat(lines.get(2)).startsWith(rejected.key() + ",\"Rejected, with a comma\",").contains(",REJECTED,");
        assertThat(lines.get(3)).contains(",DEFERRED,").contains(",DEFER,BOARD,");
        assertThat(lines.get(4)).startsWith(withdrawn.key() + ",'=Withdrawn one,").contains(",WITHDRAWN,");
        assertThat(lines.get(5)).contains(",DRAFT,");
        StringWriter rejectedOnly = new StringWriter();
        queries.exportCsv(team.id(), new ChangeFilter(ChangeState.REJECTED, null, null, null, null), rejectedOnly);
        assertThat(rejectedOnly.toString().lines()).hasSize(2);

        ChangeCounts counts = queries.counts(team.id());
        assertThat(counts.total()).isEqualTo(5);
        assertThat(counts.open()).isEqualTo(2);
        assertThat(counts.awaitingDecision()).isZero();
    }

    @Test
    void theDecisionQueueShowsWhatIsDueUnderTheBoardsTargets() {
        Team team = fixtures.team(true);
        ChangeRequest fresh = awaitingDecision(team, "Fresh one", 0);
        ChangeRequest old = awaitingDecision(team, "Old one", 0);
        jdbc.update("update change_request set submitted_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(30), old.getId());
        ChangeRequest emergency = as(team.ines(), () -> changeControl.raise(team.id(),
                draft("Interlock", Origin.INTERNAL, ChangeClass.EMERGENCY, null), true));
        as(team.marketer(), () -> changeControl.raise(team.id(), draft("Not submitted", Origin.MARKETING,
                ChangeClass.NORMAL, null), false));

        List<DecisionQueueEntry> queue = queries.decisionQueue(team.tom().person());
        assertThat(queue).extracting(e -> e.request().id())
                .containsExactly(old.getId(), emergency.getId(), fresh.getId());
        DecisionQueueEntry overdue = queue.get(0);
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.timeLeft()).isNegative();
        assertThat(overdue.projectCode()).isEqualTo(team.code());
        DecisionQueueEntry freshEntry = queue.get(2);
        assertThat(freshEntry.overdue()).isFalse();
        assertThat(freshEntry.dueAt()).isEqualTo(WEEK.dueFrom(changeControl.changeRequest(fresh.getId()).getSubmittedAt()));
        assertThat(queue.get(1).dueAt()).isEqualTo(changeControl.changeRequest(emergency.getId()).getSubmittedAt()
                .plus(Duration.ofHours(4)));
        assertThat(queue).noneMatch(DecisionQueueEntry::voted);

        as(team.tom(), () -> changeControl.vote(fresh.getId(), VoteChoice.APPROVE, null, null));
        assertThat(queries.decisionQueue(team.tom().person())).filteredOn(DecisionQueueEntry::voted)
                .extracting(e -> e.request().id()).containsExactly(fresh.getId());
        assertThat(queries.decisionQueue(team.outsider().person())).isEmpty();
        assertThat(queries.decisionQueue(team.engineer().person())).isEmpty();

        as(team.manager(), () -> changeControl.setUpBoard(team.id(), null, new BoardSetup(List.of(team.manager().person(),
                team.tom().person(), team.engineer().person()), BoardRule.MAJORITY, 2, null, DAY,
                new ResponseTarget(2, ResponseTarget.Unit.HOURS), HOURS)));
        List<DecisionQueueEntry> engineers = queries.decisionQueue(team.engineer().person());
        assertThat(engineers).extracting(e -> e.request().id()).contains(fresh.getId());
        assertThat(engineers).filteredOn(e -> e.request().id() == fresh.getId()).singleElement()
                .satisfies(e -> assertThat(e.dueAt()).isEqualTo(changeControl.changeRequest(fresh.getId())
                        .getSubmittedAt().plus(Duration.ofHours(2))));
        assertThat(queries.decisionQueue(team.ines().person())).isEmpty();
    }

    // ---- configuration, audit and versions ------------------------------------------------------------------------------

    @Test
    void envelopeChangesAreAuditedWithTheirRevision() {
        Team team = fixtures.team(true);
        DelegatedEnvelope first = fixtures.envelope(team);
        assertThat(first.getRevision()).isEqualTo(1);
        assertThatThrownBy(() -> as(team.manager(), () -> changeControl.changeEnvelope(team.id(), first.getVersion() + 1,
                new EnvelopeLimits(new BigDecimal("9000"), "EUR", 5, List.of()))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("stale-version"));
        DelegatedEnvelope second = as(team.manager(), () -> changeControl.changeEnvelope(team.id(), first.getVersion(),
                new EnvelopeLimits(new BigDecimal("7500"), "EUR", 7, List.of("option"))));
        assertThat(second.getRevision()).isEqualTo(2);
        assertThat(changeControl.envelope(team.id())).get().satisfies(e -> {
            assertThat(e.getMaxCost()).isEqualByComparingTo("7500");
            assertThat(e.categoryNames()).containsExactly("option");
            assertThat(e.getChangedBy()).isNotBlank();
        });
        List<String> after = jdbc.queryForList("select after_state from audit_entry where entity_type = 'change-envelope'"
                + " and entity_id = ? order by id", String.class, String.valueOf(team.id()));
        assertThat(after).hasSize(2);
        assertThat(after.get(1)).contains("7500").contains("option");
        assertThatThrownBy(() -> as(team.manager(), () -> changeControl.changeEnvelope(team.id(), second.getVersion(),
                new EnvelopeLimits(new BigDecimal("-1"), "EUR", 7, List.of())))).isInstanceOf(InvalidRequestException.class);
        assertThat(changeControl.envelope(team.id()).orElseThrow().getRevision()).isEqualTo(2);
    }

    @Test
    void aStaleVersionAnswersAConflictAndChangesNothing() {
        Team team = fixtures.team(true);
        ChangeRequest request = awaitingDecision(team, "Version check", 0);
        long stale = request.getVersion() - 1;
        assertThatThrownBy(() -> as(team.marketer(), () -> changeControl.withdraw(request.getId(), stale, null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("stale-version"));
        ChangeRequest reloaded = changeControl.changeRequest(request.getId());
        assertThat(reloaded.getState()).isEqualTo(ChangeState.AWAITING_DECISION);
        assertThat(reloaded.getVersion()).isEqualTo(request.getVersion());
        assertThat(reloaded.getTransitions()).hasSameSizeAs(request.getTransitions());
        assertThat(auditActions(request.getId())).doesNotContain("withdraw");
        assertThatThrownBy(() -> as(team.manager(), () -> changeControl.changeEnvelope(team.id(), 0L,
                new EnvelopeLimits(BigDecimal.ONE, "EUR", 1, List.of())))).isInstanceOf(ConflictException.class);
        assertThat(changeControl.envelope(team.id())).isEmpty();
    }

    // ---- races -------------------------------------------------------------------------------------------------------------

    @Test
    void racingVotesAreBothRecordedAndDecideOnce() throws Exception {
        Team team = fixtures.team(true);
        ChangeControlRaces.votes(team, changeControl, jdbc, 5, () -> awaitingDecision(team, "Raced votes", 0));
    }

    @Test
    void racingDecisionsProduceOneOutcome() throws Exception {
        Team team = fixtures.team(true);
        as(team.manager(), () -> changeControl.setUpBoard(team.id(), null, new BoardSetup(List.of(team.manager().person(),
                team.tom().person(), team.ines().person()), BoardRule.SINGLE_APPROVER, null, team.tom().person(), DAY,
                WEEK, HOURS)));
        GateReview review = schedule(team, 1);
        ChangeControlRaces.decisions(team, changeControl, jdbc, review.getId(), 6,
                () -> awaitingDecision(team, "Raced decision", 0));
    }

    // ---- for a sale: raising, the answer, withdrawal and scheduling for an order ------------------------------------------

    @Test
    void aSalespersonOutsideTheProjectRaisesACustomisationSubmittedAtOnce() {
        Team team = fixtures.team(true);
        ChangeRequest raised = as(team.outsider(), () -> changeControl.raiseForSale(team.id(), forSale("Q-1/2", "STANDARD")));

        assertThat(raised.getState()).isEqualTo(ChangeState.SUBMITTED);
        assertThat(raised.getOrigin()).isEqualTo(Origin.SALES);
        assertThat(raised.getSource()).isEqualTo(new SourceReference(SourceKind.QUOTE_LINE, "Q-1/2", "Quote Q-1 line 2"));
        assertThat(raised.getRequester()).isEqualTo(team.outsider().person());
        assertThat(raised.getRevenueAtStake()).isEqualByComparingTo("48000");
        assertThat(raised.getRevenueCurrency()).isEqualTo("EUR");
        assertThat(raised.getSubmittedAt()).isNotNull();
        assertThat(auditActions(raised.getId())).containsExactly("raised", "submit");

        ChangeRequestDraft marketing = new ChangeRequestDraft("Wrong origin", null, Origin.MARKETING,
                new SourceReference(SourceKind.QUOTE_LINE, "Q-1/3", null), null, ChangeClass.NORMAL, null, List.of(),
                List.of(), null, null);
        ChangeRequestDraft finding = new ChangeRequestDraft("Wrong source", null, Origin.SALES,
                new SourceReference(SourceKind.RESEARCH_FINDING, "RF-1", null), null, ChangeClass.NORMAL, null,
                List.of(), List.of(), null, null);
        ChangeRequestDraft none = new ChangeRequestDraft("No source", null, Origin.SALES, null, null,
                ChangeClass.NORMAL, null, List.of(), List.of(), null, null);
        for (ChangeRequestDraft wrong : List.of(marketing, finding, none)) {
            assertThatThrownBy(() -> as(team.outsider(), () -> changeControl.raiseForSale(team.id(), wrong)))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("source"));
        }
        assertThat(queries.counts(team.id()).total()).isEqualTo(1);
    }

    @Test
    void theAnswerFollowsTheRequestFromSubmissionToTheEnvelopesApproval() {
        Team team = fixtures.team(true);
        DelegatedEnvelope envelope = fixtures.envelope(team);
        ChangeRequest raised = as(team.seller(), () -> changeControl.raiseForSale(team.id(), forSale("Q-2/1", "STANDARD")));

        ChangeAnswer submitted = changeControl.answer(raised.getId());
        assertThat(submitted.state()).isEqualTo(ChangeState.SUBMITTED);
        assertThat(submitted.costDelta()).isNull();
        assertThat(submitted.scheduleDeltaDays()).isNull();
        assertThat(submitted.reason()).isNull();
        assertThat(submitted.decidedAt()).isNull();
        assertThat(submitted.submittedAt()).isEqualTo(changeControl.changeRequest(raised.getId()).getSubmittedAt());
        assertThat(submitted.dueAt()).isAfter(submitted.submittedAt());
        assertThat(submitted.approved()).isFalse();

        as(team.engineer(), () -> changeControl.assess(raised.getId(), null, impact("1200", 3, "option")));
        ChangeAnswer assessed = changeControl.answer(raised.getId());
        assertThat(assessed.state()).isEqualTo(ChangeState.UNDER_ASSESSMENT);
        assertThat(assessed.costDelta()).isEqualByComparingTo("1200");
        assertThat(assessed.currency()).isEqualTo("EUR");
        assertThat(assessed.scheduleDeltaDays()).isEqualTo(3);
        assertThat(assessed.affectedItemKeys()).containsExactly("SPEC-22");
        assertThat(assessed.forum()).isNull();

        as(team.engineer(), () -> changeControl.completeAssessment(raised.getId(), null, null));
        ChangeAnswer approved = changeControl.answer(raised.getId());
        assertThat(approved.approved()).isTrue();
        assertThat(approved.forum()).isEqualTo(DecisionForum.ENVELOPE);
        assertThat(approved.reason()).contains("Inside the delegated envelope");
        assertThat(approved.decidedBy()).isEqualTo("Delegated envelope r" + envelope.getRevision());
        assertThat(approved.decidedAt()).isNotNull();
        assertThat(approved.targetStage()).isZero();
        assertThat(approved.deferredToGate()).isNull();
    }

    @Test
    void theAnswerGivesTheBoardsRejectionWithItsReasonAndADeferralWithItsGate() {
        Team team = fixtures.team(true);
        as(team.manager(), () -> changeControl.setUpBoard(team.id(), null, new BoardSetup(List.of(team.manager().person(),
                team.tom().person(), team.ines().person()), BoardRule.SINGLE_APPROVER, null, team.tom().person(), DAY,
                WEEK, HOURS)));
        ChangeRequest rejected = assessedForSale(team, "Q-3/1");
        ChangeRequest deferred = assessedForSale(team, "Q-3/2");

        as(team.tom(), () -> changeControl.decide(rejected.getId(), null, VoteChoice.REJECT, null,
                "Needs a new mould; not for one customer"));
        as(team.tom(), () -> changeControl.decide(deferred.getId(), null, VoteChoice.DEFER, 2, "After validation"));

        ChangeAnswer no = changeControl.answer(rejected.getId());
        assertThat(no.rejected()).isTrue();
        assertThat(no.reason()).isEqualTo("Needs a new mould; not for one customer");
        assertThat(no.forum()).isEqualTo(DecisionForum.APPROVER);
        assertThat(no.decidedBy()).isEqualTo("Tom Achebe");
        assertThat(no.costDelta()).isEqualByComparingTo("18000");
        ChangeAnswer later = changeControl.answer(deferred.getId());
        assertThat(later.deferred()).isTrue();
        assertThat(later.reason()).isEqualTo("After validation");
        assertThat(later.deferredToGate()).isEqualTo(changeControl.gates(team.id()).gateName(2));
        assertThat(later.targetStage()).isEqualTo(2);
        assertThatThrownBy(() -> changeControl.answer(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theSourceWithdrawsItsUndecidedRequestAndLeavesADecidedOneAlone() {
        Team team = fixtures.team(true);
        fixtures.envelope(team);
        ChangeRequest open = as(team.seller(), () -> changeControl.raiseForSale(team.id(), forSale("Q-4/1", "NORMAL")));
        SourceReference line = new SourceReference(SourceKind.QUOTE_LINE, "Q-4/1", "Quote Q-4 line 1");

        assertThatThrownBy(() -> changeControl.withdrawForSource(open.getId(),
                new SourceReference(SourceKind.QUOTE_LINE, "Q-4/9", "Quote Q-4 line 9"), "Quote Q-4", null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("not-the-source"));
        assertThatThrownBy(() -> changeControl.withdrawForSource(open.getId(),
                new SourceReference(SourceKind.ORDER, "Q-4/1", "Order"), "Quote Q-4", null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("not-the-source"));
        assertThat(changeControl.changeRequest(open.getId()).getState()).isEqualTo(ChangeState.SUBMITTED);

        ChangeRequest withdrawn = changeControl.withdrawForSource(open.getId(), line, "Quote Q-4", "Line removed");
        assertThat(withdrawn.getState()).isEqualTo(ChangeState.WITHDRAWN);
        TransitionRecord last = withdrawn.getTransitions().get(withdrawn.getTransitions().size() - 1);
        assertThat(last.actorName()).isEqualTo("Quote Q-4");
        assertThat(last.comment()).isEqualTo("Line removed");
        assertThat(changeControl.answer(open.getId()).withdrawn()).isTrue();
        assertThat(changeControl.answer(open.getId()).reason()).isNull();
        long version = changeControl.changeRequest(open.getId()).getVersion();
        assertThat(changeControl.withdrawForSource(open.getId(), line, "Quote Q-4", null).getVersion()).isEqualTo(version);

        ChangeRequest decided = approvedForSale(team, "Q-4/2");
        ChangeRequest untouched = changeControl.withdrawForSource(decided.getId(),
                new SourceReference(SourceKind.QUOTE_LINE, "Q-4/2", null), "Quote Q-4", "Declined");
        assertThat(untouched.getState()).isEqualTo(ChangeState.APPROVED);
        assertThat(changeControl.changeRequest(decided.getId()).getVersion()).isEqualTo(decided.getVersion());
        assertThat(auditActions(decided.getId())).doesNotContain("withdraw");
    }

    @Test
    void anOrderSchedulesAnApprovedRequestAtItsGateOnceAndTheGateReviewListsIt() {
        Team team = fixtures.team(true);
        fixtures.envelope(team);
        ChangeRequest approved = approvedForSale(team, "Q-5/1");
        ChangeRequest open = as(team.seller(), () -> changeControl.raiseForSale(team.id(), forSale("Q-5/2", "NORMAL")));
        SourceReference order = new SourceReference(SourceKind.ORDER, "O-" + team.code(), "Order O-" + team.code());

        assertThatThrownBy(() -> as(team.seller(), () -> changeControl.scheduleForOrder(open.getId(), order)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("not-approved"));
        ChangeRequest scheduled = as(team.seller(), () -> changeControl.scheduleForOrder(approved.getId(), order));

        String gate = changeControl.gates(team.id()).gateName(0);
        ChangeRequest reloaded = changeControl.changeRequest(approved.getId());
        assertThat(reloaded.getScheduled().stage()).isZero();
        assertThat(reloaded.getScheduled().gateName()).isEqualTo(gate);
        assertThat(reloaded.getScheduled().orderReference()).isEqualTo(order.reference());
        assertThat(reloaded.getScheduled().orderLabel()).isEqualTo(order.label());
        assertThat(reloaded.getScheduled().at()).isNotNull();
        assertThat(reloaded.getState()).isEqualTo(ChangeState.APPROVED);
        assertThat(reloaded.getTransitions()).last().satisfies(record -> {
            assertThat(record.action()).isEqualTo("SCHEDULE");
            assertThat(record.actorName()).isEqualTo("Marco Ricci");
            assertThat(record.comment()).isEqualTo("Scheduled for gate \"" + gate + "\" by " + order.label() + ".");
        });
        assertThat(changeControl.scheduledAtGate(team.id(), 0)).extracting(ChangeRequest::getId)
                .containsExactly(approved.getId());

        ChangeRequest again = as(team.seller(), () -> changeControl.scheduleForOrder(approved.getId(), order));
        assertThat(again.getVersion()).isEqualTo(scheduled.getVersion());
        assertThat(auditActions(approved.getId())).filteredOn("scheduled"::equals).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from trace_link where from_type = 'ORDER' and from_id = ?"
                + " and to_type = 'CHANGE_REQUEST' and to_id = ? and relation = 'scheduled by'", Integer.class,
                order.reference(), String.valueOf(approved.getId()))).isEqualTo(1);

        GateReview review = schedule(team, 3);
        List<AgendaItem> agenda = gatekeeping.view(review.getId()).agenda();
        assertThat(agenda).filteredOn(item -> item.title().startsWith(approved.key() + " ")).singleElement()
                .satisfies(item -> {
                    assertThat(item.detail()).isEqualTo("Approved; to be carried out by this gate for " + order.label() + ".");
                    assertThat(item.link()).isEqualTo("/changes/" + approved.getId());
                });
        as(team.engineer(), () -> changeControl.implement(approved.getId(), null, "Done"));
        assertThat(agendaTitles(review.getId())).noneMatch(title -> title.startsWith(approved.key() + " "));
    }

    @Test
    void withoutALifecycleTheOrderIsLinkedWithoutAGate() {
        Team team = fixtures.team(false);
        fixtures.envelope(team);
        ChangeRequest approved = approvedForSale(team, "Q-6/1");
        ChangeRequest scheduled = as(team.seller(), () -> changeControl.scheduleForOrder(approved.getId(),
                new SourceReference(SourceKind.ORDER, "O-6", "Order O-6")));

        assertThat(scheduled.getScheduled().stage()).isNull();
        assertThat(changeControl.changeRequest(approved.getId()).getScheduled())
                .satisfies(s -> {
                    assertThat(s.atGate()).isFalse();
                    assertThat(s.orderReference()).isEqualTo("O-6");
                });
        assertThat(auditActions(approved.getId())).contains("scheduled");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------------

    /** A customisation from quote line {@code line} for EUR 48,000, as the sales module raises it. */
    private static ChangeRequestDraft forSale(String line, String changeClass) {
        String[] parts = line.split("/");
        return new ChangeRequestDraft("Customisation " + line, "In the customer's words", Origin.SALES,
                new SourceReference(SourceKind.QUOTE_LINE, line, "Quote " + parts[0] + " line " + parts[1]),
                Priority.HIGH, ChangeClass.valueOf(changeClass), null, List.of(new SpecItemRef("SPEC-22", "option")),
                List.of(), new BigDecimal("48000"), "EUR");
    }

    /** A normal customisation raised by the sales liaison and assessed, awaiting a decision. */
    private ChangeRequest assessedForSale(Team team, String line) {
        ChangeRequest raised = as(team.seller(), () -> changeControl.raiseForSale(team.id(), forSale(line, "NORMAL")));
        as(team.engineer(), () -> changeControl.assess(raised.getId(), null, impact("18000", 15, "material")));
        return as(team.engineer(), () -> changeControl.completeAssessment(raised.getId(), null, null));
    }

    /** A standard customisation approved by the envelope (which the caller has set). */
    private ChangeRequest approvedForSale(Team team, String line) {
        ChangeRequest raised = as(team.seller(), () -> changeControl.raiseForSale(team.id(), forSale(line, "STANDARD")));
        as(team.engineer(), () -> changeControl.assess(raised.getId(), null, impact("1200", 3, "option")));
        ChangeRequest approved = as(team.engineer(), () -> changeControl.completeAssessment(raised.getId(), null, null));
        assertThat(approved.getState()).isEqualTo(ChangeState.APPROVED);
        return approved;
    }

    /** A normal change raised by the marketing liaison, assessed by the engineer, awaiting the board at {@code stage}. */
    ChangeRequest awaitingDecision(Team team, String title, int stage) {
        ChangeRequest raised = as(team.marketer(), () -> changeControl.raise(team.id(),
                draft(title, Origin.MARKET_RESEARCH, ChangeClass.NORMAL, stage), true));
        as(team.engineer(), () -> changeControl.assess(raised.getId(), null, impact("18000", 15, "material")));
        return as(team.engineer(), () -> changeControl.completeAssessment(raised.getId(), null, null));
    }

    /** A review of the current gate in {@code days}, chaired (and so decided) by the manager, kept by the board. */
    private GateReview schedule(Team team, int days) {
        return gatekeeping.schedule(team.id(), LocalDate.now().plusDays(days), team.manager().person(),
                List.of(team.manager().person(), team.tom().person(), team.ines().person()));
    }

    private List<String> auditActions(long requestId) {
        return jdbc.queryForList("select action from audit_entry where entity_type = 'change-request' and entity_id = ?"
                + " order by id", String.class, String.valueOf(requestId));
    }

    private List<String> agendaTitles(long reviewId) {
        return gatekeeping.view(reviewId).agenda().stream().map(AgendaItem::title).toList();
    }

    private List<Long> ids(long projectId, ChangeFilter filter) {
        return queries.changeLog(projectId, filter, PageRequest.of(0, 50, ChangeQueries.DEFAULT_SORT)).getContent()
                .stream().map(ChangeLogEntry::id).toList();
    }
}
