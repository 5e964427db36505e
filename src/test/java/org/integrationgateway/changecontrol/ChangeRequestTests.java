package org.integrationgateway.changecontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integrationgateway.changecontrol.ChangeRequestBuilder.GATES;
import static org.integrationgateway.changecontrol.ChangeRequestBuilder.NOW;
import static org.integrationgateway.changecontrol.ChangeRequestBuilder.REQUESTER;
import static org.integrationgateway.changecontrol.ChangeRequestBuilder.actor;
import static org.integrationgateway.changecontrol.ChangeRequestBuilder.allBut;
import static org.integrationgateway.changecontrol.ChangeRequestBuilder.everyone;
import static org.integrationgateway.changecontrol.ChangeRequestBuilder.request;
import static org.integrationgateway.changecontrol.ChangeState.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.integrationgateway.changecontrol.ChangeRequestBuilder.Recorded;
import org.integrationgateway.changecontrol.events.ChangeRequestAssessed;
import org.integrationgateway.changecontrol.events.ChangeRequestDecided;
import org.integrationgateway.changecontrol.events.ChangeRequestEdited;
import org.integrationgateway.changecontrol.events.ChangeRequestScheduled;
import org.integrationgateway.changecontrol.events.ChangeRequestTransitioned;
import org.integrationgateway.changecontrol.events.ChangeRequestVoted;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.shared.TraceNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The change request aggregate: its whole transition table, the roles it checks, and its input rules. */
class ChangeRequestTests {

    /** A board of one (the actor), so a single vote decides. */
    private static final ChangeBoard SOLO = ChangeBoard.defaults(ChangeRequestBuilder.PROJECT, List.of(REQUESTER));

    // ---- the transition table -------------------------------------------------------------------------------------

    /** The table as the product describes it, written out independently of {@link ChangeAction}. */
    private static Set<ChangeState> legalStates(ChangeAction action, ChangeClass changeClass) {
        return switch (action) {
            case EDIT, SUBMIT -> EnumSet.of(DRAFT);
            case START_ASSESSMENT -> EnumSet.of(SUBMITTED);
            case ASSESS -> EnumSet.of(SUBMITTED, UNDER_ASSESSMENT);
            case COMPLETE_ASSESSMENT -> EnumSet.of(UNDER_ASSESSMENT);
            case VOTE, DECIDE -> changeClass == ChangeClass.EMERGENCY
                    ? EnumSet.of(SUBMITTED, UNDER_ASSESSMENT, AWAITING_DECISION, DEFERRED)
                    : EnumSet.of(AWAITING_DECISION, DEFERRED);
            case IMPLEMENT -> EnumSet.of(APPROVED);
            case VERIFY -> EnumSet.of(IMPLEMENTED);
            case CLOSE -> EnumSet.of(VERIFIED, REJECTED);
            case WITHDRAW -> EnumSet.of(DRAFT, SUBMITTED, UNDER_ASSESSMENT, AWAITING_DECISION);
        };
    }

    private static ChangeState stateAfter(ChangeAction action) {
        return switch (action) {
            case EDIT -> DRAFT;
            case SUBMIT -> SUBMITTED;
            case START_ASSESSMENT, ASSESS -> UNDER_ASSESSMENT;
            case COMPLETE_ASSESSMENT -> AWAITING_DECISION;
            case VOTE, DECIDE -> APPROVED;
            case IMPLEMENT -> IMPLEMENTED;
            case VERIFY -> VERIFIED;
            case CLOSE -> CLOSED;
            case WITHDRAW -> WITHDRAWN;
        };
    }

    private static List<String> recordsAdded(ChangeAction action, ChangeState from, ChangeClass changeClass) {
        return switch (action) {
            case EDIT -> List.of();
            case ASSESS -> from == SUBMITTED ? List.of("START_ASSESSMENT", "ASSESS") : List.of("ASSESS");
            case COMPLETE_ASSESSMENT -> changeClass == ChangeClass.STANDARD
                    ? List.of("COMPLETE_ASSESSMENT", "RECLASSIFY") : List.of("COMPLETE_ASSESSMENT");
            case VOTE, DECIDE -> List.of("DECIDE_APPROVE");
            default -> List.of(action.name());
        };
    }

    private static List<Class<?>> eventsRegistered(ChangeAction action, ChangeState from) {
        return switch (action) {
            case EDIT -> List.of(ChangeRequestEdited.class);
            case ASSESS -> from == SUBMITTED ? List.of(ChangeRequestTransitioned.class, ChangeRequestAssessed.class)
                    : List.of(ChangeRequestAssessed.class);
            case VOTE -> List.of(ChangeRequestVoted.class, ChangeRequestDecided.class);
            case DECIDE -> List.of(ChangeRequestDecided.class);
            default -> List.of(ChangeRequestTransitioned.class);
        };
    }

    static Stream<Arguments> everyStateActionAndClass() {
        List<Arguments> cases = new ArrayList<>();
        for (ChangeClass changeClass : ChangeClass.values()) {
            for (ChangeAction action : ChangeAction.values()) {
                for (ChangeState state : ChangeState.values()) {
                    cases.add(Arguments.of(state, action, changeClass));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} on a {2} change that is {0}")
    @MethodSource("everyStateActionAndClass")
    void theTransitionTableAllowsOrRefusesEveryActionInEveryState(ChangeState state, ChangeAction action,
                                                                 ChangeClass changeClass) {
        Recorded request = request().in(state).ofClass(changeClass).round(state == DEFERRED ? 1 : 0).build();
        List<TransitionRecord> before = request.getTransitions();
        assertThat(request.permits(action, everyone())).isEqualTo(legalStates(action, changeClass).contains(state));

        if (!legalStates(action, changeClass).contains(state)) {
            assertThatThrownBy(() -> perform(request, action, everyone()))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.code()).isEqualTo("illegal-transition"))
                    .hasMessageContaining("You cannot " + action.phrase());
            assertThat(request.getState()).isEqualTo(state);
            assertThat(request.getTransitions()).isEqualTo(before);
            assertThat(request.events()).isEmpty();
            return;
        }
        perform(request, action, everyone());

        assertThat(request.getState()).isEqualTo(stateAfter(action));
        List<TransitionRecord> added = request.getTransitions().subList(before.size(), request.getTransitions().size());
        assertThat(added).extracting(TransitionRecord::action).isEqualTo(recordsAdded(action, state, changeClass));
        if (!added.isEmpty()) {
            TransitionRecord first = added.get(0);
            assertThat(first.fromState()).isEqualTo(state);
            assertThat(added.get(added.size() - 1).toState()).isEqualTo(stateAfter(action));
            assertThat(first.actorName()).isEqualTo("Actor");
            assertThat(first.occurredAt()).isEqualTo(NOW);
        }
        assertThat(request.events()).<Class<?>>extracting(Object::getClass)
                .isEqualTo(eventsRegistered(action, state));
        request.events(ChangeRequestTransitioned.class).forEach(event -> {
            assertThat(event.fromState()).isEqualTo(added.get(0).fromState().name());
            assertThat(event.changeRequest().id()).isEqualTo(1L);
        });
        request.events(ChangeRequestDecided.class).forEach(event -> {
            assertThat(event.outcome()).isEqualTo("APPROVE");
            assertThat(event.fromState()).isEqualTo(state.name());
            assertThat(event.changeRequest().state()).isEqualTo("APPROVED");
        });
    }

    static Stream<Arguments> everyAction() {
        return Stream.of(ChangeAction.values()).map(action -> Arguments.of(action,
                legalStates(action, ChangeClass.NORMAL).iterator().next()));
    }

    @ParameterizedTest(name = "{0} needs one of its permitted roles")
    @MethodSource("everyAction")
    void everyActionIsRefusedToAnActorWithoutAPermittedRole(ChangeAction action, ChangeState legal) {
        Recorded request = request().in(legal).build();
        ChangeActor withoutRole = allBut(action.permitted());
        assertThat(request.permits(action, withoutRole)).isFalse();

        assertThatThrownBy(() -> perform(request, action, withoutRole)).isInstanceOf(NotPermittedException.class);

        assertThat(request.getState()).isEqualTo(legal);
        assertThat(request.getTransitions()).hasSize(1);
        assertThat(request.events()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is allowed with only its permitted role {1}")
    @MethodSource("eachPermittedRole")
    void eachPermittedRoleAloneSuffices(ChangeAction action, ChangeRole role) {
        Recorded request = request().in(legalStates(action, ChangeClass.NORMAL).iterator().next()).build();
        ChangeActor only = actor(EnumSet.of(role));
        DecisionForum forum = switch (role) {
            case GATE_DECIDER -> DecisionForum.GATE_REVIEW;
            case MEETING_DECIDER -> DecisionForum.MEETING;
            default -> DecisionForum.APPROVER;
        };
        if (action == ChangeAction.DECIDE) {
            request.decide(only, VoteChoice.APPROVE, null, forum, "7", null, GATES, NOW);
        } else {
            perform(request, action, only);
        }
        assertThat(request.getState()).isEqualTo(stateAfter(action));
    }

    static Stream<Arguments> eachPermittedRole() {
        return Stream.of(ChangeAction.values())
                .flatMap(action -> action.permitted().stream().map(role -> Arguments.of(action, role)));
    }

    private static void perform(ChangeRequest request, ChangeAction action, ChangeActor actor) {
        switch (action) {
            case EDIT -> request.edit(draft("Conveyor height 1,100 mm"), GATES, actor, NOW);
            case SUBMIT -> request.submit(actor, "Please decide soon", NOW);
            case START_ASSESSMENT -> request.startAssessment(actor, null, NOW);
            case ASSESS -> request.assess(impact("1500", "EUR", Risk.LOW, null), actor, NOW);
            case COMPLETE_ASSESSMENT -> request.completeAssessment(actor, "Assessed", null, NOW);
            case VOTE -> request.vote(actor, VoteChoice.APPROVE, null, "Fine", SOLO, GATES, NOW);
            case DECIDE -> request.decide(actor, VoteChoice.APPROVE, null, DecisionForum.APPROVER, null, "Go ahead",
                    GATES, NOW);
            case IMPLEMENT -> request.implement(actor, "Spec revision 3", NOW);
            case VERIFY -> request.verify(actor, "Measured", NOW);
            case CLOSE -> request.close(actor, null, NOW);
            case WITHDRAW -> request.withdraw(actor, "No longer needed", NOW);
        }
    }

    // ---- raising, decisions and their rules -------------------------------------------------------------------------

    @Test
    void onlyProjectMembersRaiseChangeRequests() {
        ChangeActor outsider = actor(EnumSet.of(ChangeRole.BOARD_MEMBER));
        assertThatThrownBy(() -> ChangeRequest.raise(10, draft("X"), GATES, outsider, NOW))
                .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.code()).isEqualTo("not-a-project-member"));
        ChangeActor withoutPerson = new ChangeActor(null, "Admin", EnumSet.of(ChangeRole.PROJECT_MEMBER));
        assertThatThrownBy(() -> ChangeRequest.raise(10, draft("X"), GATES, withoutPerson, NOW))
                .isInstanceOf(NotPermittedException.class);

        ChangeRequest raised = ChangeRequest.raise(10, draft("  Conveyor height  "), GATES,
                actor(EnumSet.of(ChangeRole.PROJECT_MEMBER)), NOW);
        assertThat(raised.getState()).isEqualTo(DRAFT);
        assertThat(raised.getTitle()).isEqualTo("Conveyor height");
        assertThat(raised.getRequester()).isEqualTo(REQUESTER);
        assertThat(raised.getTargetStage()).isEqualTo(1);
        assertThat(raised.getTargetGateName()).isEqualTo(GATES.gateName(1));
        assertThat(raised.getPriority()).isEqualTo(Priority.MEDIUM);
        assertThat(raised.getTransitions()).extracting(TransitionRecord::action).containsExactly("RAISE");
    }

    static Stream<Arguments> badDrafts() {
        ChangeRequestDraft ok = draft("Conveyor height");
        return Stream.of(
                Arguments.of("blank title", with(ok, "   ", null, null, null, null, null), "title"),
                Arguments.of("title too long", with(ok, "x".repeat(ChangeRequest.MAX_TITLE + 1), null, null, null, null, null), "title"),
                Arguments.of("description too long", new ChangeRequestDraft("T", "d".repeat(ChangeRequest.MAX_DESCRIPTION + 1),
                        Origin.SALES, null, null, null, null, null, null, null, null), "description"),
                Arguments.of("no origin", new ChangeRequestDraft("T", null, null, null, null, null, null, null, null, null,
                        null), "origin"),
                Arguments.of("link not http", with(ok, null, List.of(new AttachmentLink("Drawing", "ftp://files/x.pdf")),
                        null, null, null, null), "links"),
                Arguments.of("link with javascript", with(ok, null, List.of(new AttachmentLink("X", "javascript:alert(1)")),
                        null, null, null, null), "links"),
                Arguments.of("bad spec key", with(ok, null, null, List.of(new SpecItemRef("14 SPEC", null)), null, null,
                        null), "affectedItems"),
                Arguments.of("bad category", with(ok, null, null, List.of(new SpecItemRef("SPEC-14", "%%")), null, null,
                        null), "affectedItems"),
                Arguments.of("bad revenue currency", with(ok, null, null, null, new BigDecimal("48000"), "EURO", null),
                        "revenueCurrency"),
                Arguments.of("missing revenue currency", with(ok, null, null, null, new BigDecimal("48000"), null, null),
                        "revenueCurrency"),
                Arguments.of("negative revenue", with(ok, null, null, null, new BigDecimal("-1"), "EUR", null),
                        "revenueAtStake"),
                Arguments.of("revenue with cents of cents", with(ok, null, null, null, new BigDecimal("1.001"), "EUR", null),
                        "revenueAtStake"),
                Arguments.of("no such gate", with(ok, null, null, null, null, null, 9), "targetStage"),
                Arguments.of("source without reference", new ChangeRequestDraft("T", null, Origin.SALES,
                        new SourceReference(SourceKind.QUOTE_LINE, " ", null), null, null, null, null, null, null, null),
                        "source.reference"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDrafts")
    void badDraftsAreRefusedNamingTheField(String why, ChangeRequestDraft draft, String field) {
        assertThatThrownBy(() -> ChangeRequest.raise(10, draft, GATES, actor(EnumSet.of(ChangeRole.PROJECT_MEMBER)), NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field));

        Recorded draftRequest = request().build();
        assertThatThrownBy(() -> draftRequest.edit(draft, GATES, everyone(), NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field));
        assertThat(draftRequest.getTitle()).isEqualTo("Conveyor height 1,050 mm");
        assertThat(draftRequest.events()).isEmpty();
    }

    @Test
    void aTargetGateAlreadyPassedIsARuleViolation() {
        assertThatThrownBy(() -> ChangeRequest.raise(10, with(draft("T"), null, null, null, null, null, 0), GATES,
                everyone(), NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("gate-passed"));
        assertThatThrownBy(() -> ChangeRequest.raise(10, with(draft("T"), null, null, null, null, null, 2),
                ProjectGates.NOT_STARTED, everyone(), NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("lifecycle-not-started"));
    }

    @Test
    void editingADraftKeepsItsRequesterAndRecordsBeforeAndAfter() {
        Recorded draftRequest = request().build();
        draftRequest.edit(with(draft("Faster feeder"), null, List.of(new AttachmentLink(null, "https://x.test/a.pdf")),
                List.of(new SpecItemRef("spec-14", "Option"), new SpecItemRef("SPEC-14", null)), null, null, 3),
                GATES, everyone(), NOW);
        assertThat(draftRequest.getTitle()).isEqualTo("Faster feeder");
        assertThat(draftRequest.getAffectedItems()).containsExactly(new SpecItemRef("SPEC-14", "option"));
        assertThat(draftRequest.getLinks()).containsExactly(new AttachmentLink("https://x.test/a.pdf", "https://x.test/a.pdf"));
        assertThat(draftRequest.getTargetStage()).isEqualTo(3);
        assertThat(draftRequest.getRequester()).isEqualTo(REQUESTER);
        ChangeRequestEdited edited = draftRequest.events(ChangeRequestEdited.class).get(0);
        assertThat(edited.previous().title()).isEqualTo("Conveyor height 1,050 mm");
        assertThat(edited.changeRequest().title()).isEqualTo("Faster feeder");
    }

    static Stream<Arguments> badImpacts() {
        return Stream.of(
                Arguments.of(impact(null, "EUR", Risk.LOW, null), "costDelta"),
                Arguments.of(impact("1.005", "EUR", Risk.LOW, null), "costDelta"),
                Arguments.of(impact("100", "XYZ", Risk.LOW, null), "currency"),
                Arguments.of(impact("100", "", Risk.LOW, null), "currency"),
                Arguments.of(new ImpactInput(BigDecimal.TEN, "EUR", null, Risk.LOW, null, List.of(), null, null),
                        "scheduleDeltaDays"),
                Arguments.of(new ImpactInput(BigDecimal.TEN, "EUR", 3651, Risk.LOW, null, List.of(), null, null),
                        "scheduleDeltaDays"),
                Arguments.of(impact("100", "EUR", null, null), "risk"),
                Arguments.of(impact("100", "EUR", Risk.MEDIUM, " "), "riskNote"),
                Arguments.of(impact("100", "EUR", Risk.HIGH, null), "riskNote"),
                Arguments.of(new ImpactInput(BigDecimal.TEN, "EUR", 1, Risk.LOW, null,
                        List.of(new SpecItemRef("not a key", null)), null, null), "affectedItems"),
                Arguments.of(new ImpactInput(BigDecimal.TEN, "EUR", 1, Risk.LOW, null, List.of(),
                        new BigDecimal("-48000"), "EUR"), "revenueAtStake"),
                Arguments.of(new ImpactInput(BigDecimal.TEN, "EUR", 1, Risk.LOW, null, List.of(),
                        new BigDecimal("48000"), "EU"), "revenueCurrency"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badImpacts")
    void badImpactInputIsRefusedAndChangesNothing(ImpactInput input, String field) {
        Recorded request = request().in(SUBMITTED).notAssessed().build();
        assertThatThrownBy(() -> request.assess(input, everyone(), NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field));
        assertThat(request.getState()).isEqualTo(SUBMITTED);
        assertThat(request.getImpact()).isNull();
        assertThat(request.getRevenueAtStake()).isNull();
        assertThat(request.events()).isEmpty();
    }

    @Test
    void anAssessmentRecordsTheFiguresAndReplacesTheAffectedItems() {
        Recorded request = request().in(UNDER_ASSESSMENT).notAssessed().build();
        request.assess(new ImpactInput(new BigDecimal("-250.50"), "eur", -2, Risk.MEDIUM, "New supplier",
                List.of(new SpecItemRef("SPEC-14", "option")), new BigDecimal("48000"), "EUR"), actor(
                EnumSet.of(ChangeRole.ASSESSOR)), NOW);
        assertThat(request.getImpact().costDelta()).isEqualByComparingTo("-250.50");
        assertThat(request.getImpact().currency()).isEqualTo("EUR");
        assertThat(request.getImpact().scheduleDeltaDays()).isEqualTo(-2);
        assertThat(request.getImpact().riskNote()).isEqualTo("New supplier");
        assertThat(request.getImpact().assessedBy()).isEqualTo(REQUESTER);
        assertThat(request.getAffectedItems()).containsExactly(new SpecItemRef("SPEC-14", "option"));
        assertThat(request.getRevenueAtStake()).isEqualByComparingTo("48000");
        assertThat(request.events(ChangeRequestAssessed.class).get(0).affectedItems()).containsExactly("SPEC-14");
    }

    @Test
    void anAssessmentIsNeededBeforeTheChangeGoesForDecision() {
        Recorded request = request().in(UNDER_ASSESSMENT).notAssessed().build();
        assertThatThrownBy(() -> request.completeAssessment(everyone(), null, null, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("not-assessed"));
        assertThat(request.getState()).isEqualTo(UNDER_ASSESSMENT);
    }

    @Test
    void aDeferralMustNameALaterGate() {
        Recorded request = request().in(AWAITING_DECISION).build();
        assertThatThrownBy(() -> request.decide(everyone(), VoteChoice.DEFER, null, DecisionForum.APPROVER, null, null,
                GATES, NOW)).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("deferToStage"));
        assertThatThrownBy(() -> request.decide(everyone(), VoteChoice.DEFER, 1, DecisionForum.APPROVER, null, null,
                GATES, NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("defer-not-later"));
        assertThatThrownBy(() -> request.decide(everyone(), VoteChoice.DEFER, 0, DecisionForum.APPROVER, null, null,
                GATES, NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("gate-passed"));
        assertThatThrownBy(() -> request.vote(everyone(), VoteChoice.DEFER, 1, null, SOLO, GATES, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("defer-not-later"));
        assertThat(request.getState()).isEqualTo(AWAITING_DECISION);
        assertThat(request.currentVotes()).isEmpty();
        assertThat(request.events()).isEmpty();

        request.decide(everyone(), VoteChoice.DEFER, 3, DecisionForum.APPROVER, null, "Next gate", GATES, NOW);

        assertThat(request.getState()).isEqualTo(DEFERRED);
        assertThat(request.getTargetStage()).isEqualTo(3);
        assertThat(request.getTargetGateName()).isEqualTo(GATES.gateName(3));
        assertThat(request.getDecisionRound()).isEqualTo(1);
        ChangeRequestDecided decided = request.events(ChangeRequestDecided.class).get(0);
        assertThat(decided.deferredToStage()).isEqualTo(3);
        assertThat(decided.deferredToGate()).isEqualTo(GATES.gateName(3));
        assertThatThrownBy(() -> request.decide(everyone(), VoteChoice.DEFER, 3, DecisionForum.APPROVER, null, null,
                GATES, NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aDecidedRoundCannotBeDecidedTwice() {
        Recorded request = request().in(AWAITING_DECISION).build();
        request.decide(everyone(), VoteChoice.REJECT, null, DecisionForum.APPROVER, null, "Too costly", GATES, NOW);
        assertThat(request.getState()).isEqualTo(REJECTED);
        assertThat(request.getDecision()).isEqualTo(VoteChoice.REJECT);
        assertThat(request.getDecisionForum()).isEqualTo(DecisionForum.APPROVER);
        assertThat(request.getDecidedBy()).isEqualTo("Actor");
        assertThat(request.getDecidedAt()).isEqualTo(NOW);

        assertThatThrownBy(() -> request.decide(everyone(), VoteChoice.APPROVE, null, DecisionForum.APPROVER, null, null,
                GATES, NOW)).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("illegal-transition"));
        assertThatThrownBy(() -> request.vote(everyone(), VoteChoice.APPROVE, null, null, SOLO, GATES, NOW))
                .isInstanceOf(ConflictException.class);
        assertThat(request.getState()).isEqualTo(REJECTED);
        assertThat(request.events(ChangeRequestDecided.class)).hasSize(1);
    }

    @Test
    void aDeferredChangeIsVotedOnInANewRound() {
        ChangeBoard board = ChangeBoard.defaults(10, List.of(REQUESTER, 2L, 3L));
        Recorded request = request().in(AWAITING_DECISION).build();
        request.vote(member(REQUESTER), VoteChoice.DEFER, 2, null, board, GATES, NOW);
        request.vote(member(2L), VoteChoice.DEFER, 3, null, board, GATES, NOW);
        assertThat(request.getState()).isEqualTo(DEFERRED);
        assertThat(request.getTargetStage()).isEqualTo(3);
        assertThat(request.currentVotes()).isEmpty();
        assertThat(request.allVotes()).hasSize(2);

        assertThat(request.vote(member(REQUESTER), VoteChoice.APPROVE, null, null, board, GATES, NOW)).isFalse();
        assertThat(request.currentVotes()).extracting(Vote::round).containsExactly(1);
        assertThat(request.vote(member(3L), VoteChoice.APPROVE, null, null, board, GATES, NOW)).isTrue();
        assertThat(request.getState()).isEqualTo(APPROVED);
        assertThat(request.getDecisionForum()).isEqualTo(DecisionForum.BOARD);
    }

    @Test
    void votingAgainReplacesTheMembersVoteInTheRound() {
        ChangeBoard board = ChangeBoard.defaults(10, List.of(REQUESTER, 2L, 3L));
        Recorded request = request().in(AWAITING_DECISION).build();
        assertThat(request.vote(member(REQUESTER), VoteChoice.REJECT, null, "No", board, GATES, NOW)).isFalse();
        assertThat(request.vote(member(REQUESTER), VoteChoice.APPROVE, null, "Yes after all", board, GATES, NOW)).isFalse();
        assertThat(request.currentVotes()).singleElement().satisfies(v -> {
            assertThat(v.choice()).isEqualTo(VoteChoice.APPROVE);
            assertThat(v.comment()).isEqualTo("Yes after all");
        });
        assertThat(request.getState()).isEqualTo(AWAITING_DECISION);
        assertThat(request.events(ChangeRequestVoted.class)).hasSize(2);
        assertThatThrownBy(() -> request.vote(member(2L), null, null, null, board, GATES, NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("choice"));
    }

    @Test
    void theBoardsVoteDecidesWithATally() {
        ChangeBoard board = ChangeBoard.defaults(10, List.of(REQUESTER, 2L, 3L));
        Recorded request = request().in(AWAITING_DECISION).build();
        request.vote(member(REQUESTER), VoteChoice.APPROVE, null, null, board, GATES, NOW);
        request.vote(member(3L), VoteChoice.DEFER, 4, null, board, GATES, NOW);
        assertThat(request.getState()).isEqualTo(AWAITING_DECISION);
        request.vote(member(2L), VoteChoice.APPROVE, null, null, board, GATES, NOW);
        assertThat(request.getState()).isEqualTo(APPROVED);
        assertThat(request.getTargetStage()).isEqualTo(1);
        assertThat(request.getTransitions()).last().satisfies(t -> {
            assertThat(t.action()).isEqualTo("DECIDE_APPROVE");
            assertThat(t.comment()).contains("2 approve").contains("1 defer").contains("of 3 members");
        });
    }

    @Test
    void decisionsAreTakenInTheirForumOnly() {
        Recorded request = request().in(AWAITING_DECISION).build();
        ChangeActor gateDecider = actor(EnumSet.of(ChangeRole.GATE_DECIDER));
        ChangeActor approver = actor(EnumSet.of(ChangeRole.APPROVER));
        assertThatThrownBy(() -> request.decide(gateDecider, VoteChoice.APPROVE, null, DecisionForum.APPROVER, null, null,
                GATES, NOW)).isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.code()).isEqualTo("not-the-approver"));
        assertThatThrownBy(() -> request.decide(approver, VoteChoice.APPROVE, null, DecisionForum.GATE_REVIEW, "7", null,
                GATES, NOW)).isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.code()).isEqualTo("not-a-gate-decider"));
        for (DecisionForum forum : new DecisionForum[] {null, DecisionForum.BOARD, DecisionForum.ENVELOPE}) {
            assertThatThrownBy(() -> request.decide(approver, VoteChoice.APPROVE, null, forum, null, null, GATES, NOW))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("forum"));
        }
        assertThatThrownBy(() -> request.decide(approver, null, null, DecisionForum.APPROVER, null, null, GATES, NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("outcome"));
        assertThat(request.getState()).isEqualTo(AWAITING_DECISION);

        request.decide(gateDecider, VoteChoice.APPROVE, null, DecisionForum.GATE_REVIEW, "7", null, GATES, NOW);
        assertThat(request.getDecisionForum()).isEqualTo(DecisionForum.GATE_REVIEW);
        assertThat(request.getDecisionReference()).isEqualTo("7");
    }

    @ParameterizedTest
    @EnumSource(value = ChangeState.class, names = {"APPROVED", "REJECTED", "DEFERRED", "IMPLEMENTED", "VERIFIED",
            "CLOSED", "WITHDRAWN"})
    void withdrawalIsOnlyPossibleBeforeADecision(ChangeState decided) {
        Recorded request = request().in(decided).build();
        assertThatThrownBy(() -> request.withdraw(everyone(), null, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("draft or submitted or under assessment or awaiting decision");
        assertThat(request.getState()).isEqualTo(decided);
    }

    @Test
    void anEmergencyIsDecidableFromSubmissionAndOtherClassesOnlyAfterAssessment() {
        ChangeBoard board = ChangeBoard.defaults(10, List.of(REQUESTER, 2L, 3L));
        Recorded emergency = request().in(SUBMITTED).ofClass(ChangeClass.EMERGENCY).notAssessed().build();
        emergency.vote(member(REQUESTER), VoteChoice.APPROVE, null, null, board, GATES, NOW);
        emergency.vote(member(2L), VoteChoice.APPROVE, null, null, board, GATES, NOW);
        assertThat(emergency.getState()).isEqualTo(APPROVED);

        Recorded normal = request().in(SUBMITTED).build();
        assertThatThrownBy(() -> normal.vote(member(REQUESTER), VoteChoice.APPROVE, null, null, board, GATES, NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("awaiting decision or deferred");
    }

    @Test
    void aLongCommentIsRefusedBeforeAnythingChanges() {
        Recorded request = request().build();
        String tooLong = "c".repeat(ChangeRequest.MAX_COMMENT + 1);
        assertThatThrownBy(() -> request.submit(everyone(), tooLong, NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("comment"));
        assertThat(request.getState()).isEqualTo(DRAFT);
        assertThat(request.getSubmittedAt()).isNull();
    }

    @Test
    void theInterruptionOfAnEmergencyIsMeasured() {
        Recorded request = request().in(SUBMITTED).ofClass(ChangeClass.EMERGENCY).build();
        assertThat(request.interruptionDuration(NOW)).isNull();
        request.interrupted(NOW);
        request.interrupted(NOW.plusSeconds(5));
        assertThat(request.holdsInterruption()).isTrue();
        assertThat(request.interruptionDuration(NOW.plusSeconds(600))).isEqualTo(Duration.ofMinutes(10));
        request.interruptionEnded(NOW.plus(Duration.ofMinutes(42)));
        request.interruptionEnded(NOW.plus(Duration.ofHours(2)));
        assertThat(request.holdsInterruption()).isFalse();
        assertThat(request.interruptionDuration(NOW.plus(Duration.ofDays(1)))).isEqualTo(Duration.ofMinutes(42));
    }

    @Test
    void theResponseClockRunsFromSubmissionUntilTheDecision() {
        ChangeBoard board = ChangeBoard.defaults(10, List.of(REQUESTER));
        Recorded waiting = request().in(AWAITING_DECISION).ofClass(ChangeClass.EMERGENCY).build();
        assertThat(waiting.dueAt(board)).isEqualTo(waiting.getSubmittedAt().plus(Duration.ofHours(4)));
        assertThat(waiting.overdue(board, waiting.dueAt(board))).isFalse();
        assertThat(waiting.overdue(board, waiting.dueAt(board).plusSeconds(1))).isTrue();
        assertThat(request().build().dueAt(board)).isNull();
        Recorded decided = request().in(APPROVED).ofClass(ChangeClass.EMERGENCY).build();
        assertThat(decided.overdue(board, NOW.plus(Duration.ofDays(30)))).isFalse();
        assertThat(request().in(DEFERRED).build().awaitsDecision()).isFalse();
    }

    @Test
    void theSnapshotCarriesTheKeyFieldsForEventsAndAudit() {
        Recorded request = request().in(AWAITING_DECISION).build();
        assertThat(request.key()).isEqualTo("CR-1");
        var snapshot = request.snapshot();
        assertThat(snapshot.state()).isEqualTo("AWAITING_DECISION");
        assertThat(snapshot.targetGateName()).isEqualTo(GATES.gateName(1));
        assertThat(snapshot.requesterId()).isEqualTo(REQUESTER);
    }

    // ---- scheduling for an order ------------------------------------------------------------------------------------

    private static final SourceReference ORDER = new SourceReference(SourceKind.ORDER, "O-7", "Order O-7");

    @Test
    void anApprovedRequestIsScheduledAtItsTargetGateWhileThatGateIsAhead() {
        Recorded request = request().in(APPROVED).decided(VoteChoice.APPROVE).targetStage(3).build();

        assertThat(request.schedule(ORDER, GATES, actor(Set.of()), NOW)).isTrue();

        assertThat(request.getScheduled()).isEqualTo(new OrderSchedule(3, GATES.gateName(3), "O-7", "Order O-7", NOW));
        assertThat(request.getState()).isEqualTo(APPROVED);
        TransitionRecord record = request.getTransitions().get(request.getTransitions().size() - 1);
        assertThat(record.action()).isEqualTo("SCHEDULE");
        assertThat(record.fromState()).isEqualTo(APPROVED);
        assertThat(record.toState()).isEqualTo(APPROVED);
        assertThat(record.comment()).isEqualTo("Scheduled for gate \"" + GATES.gateName(3) + "\" by Order O-7.");
        ChangeRequestScheduled event = request.events(ChangeRequestScheduled.class).get(0);
        assertThat(event.scheduledStage()).isEqualTo(3);
        assertThat(event.scheduledGateName()).isEqualTo(GATES.gateName(3));
        assertThat(event.action()).isEqualTo("scheduled");
        assertThat(event.traceEdges()).singleElement().satisfies(edge -> {
            assertThat(edge.from()).isEqualTo(new TraceNode(TraceNode.Types.ORDER, "O-7", "Order O-7", ChangeRequestBuilder.PROJECT));
            assertThat(edge.to()).isEqualTo(request.snapshot().traceNode());
            assertThat(edge.relation()).isEqualTo("scheduled by");
        });
    }

    @Test
    void aRequestWhoseTargetGateIsPassedOrUnsetIsScheduledAtTheNextGate() {
        ProjectGates later = new ProjectGates(2, GATES.gateNames());
        Recorded passed = request().in(APPROVED).decided(VoteChoice.APPROVE).targetStage(1).build();
        Recorded unset = request().in(APPROVED).decided(VoteChoice.APPROVE).targetStage(null).build();

        passed.schedule(ORDER, later, actor(Set.of()), NOW);
        unset.schedule(ORDER, later, actor(Set.of()), NOW);

        assertThat(passed.getScheduled().stage()).isEqualTo(2);
        assertThat(passed.getScheduled().gateName()).isEqualTo(GATES.gateName(2));
        assertThat(unset.getScheduled().stage()).isEqualTo(2);
    }

    @Test
    void withoutAGateAheadTheRequestIsScheduledWithoutAStage() {
        Recorded request = request().in(APPROVED).decided(VoteChoice.APPROVE).targetStage(null).build();

        request.schedule(ORDER, ProjectGates.NOT_STARTED, actor(Set.of()), NOW);

        assertThat(request.getScheduled().atGate()).isFalse();
        assertThat(request.getScheduled().gateName()).isNull();
        assertThat(request.getScheduled().orderReference()).isEqualTo("O-7");
        assertThat(request.events(ChangeRequestScheduled.class)).singleElement()
                .satisfies(e -> assertThat(e.scheduledStage()).isNull());
    }

    @ParameterizedTest
    @EnumSource(value = ChangeState.class, names = {"IMPLEMENTED", "VERIFIED", "CLOSED"})
    void aRequestCarriedOutAlreadyRecordsTheOrderLinkOnly(ChangeState state) {
        Recorded request = request().in(state).decided(VoteChoice.APPROVE).targetStage(3).build();

        request.schedule(ORDER, GATES, actor(Set.of()), NOW);

        assertThat(request.getScheduled()).isEqualTo(new OrderSchedule(null, null, "O-7", "Order O-7", NOW));
        assertThat(request.getState()).isEqualTo(state);
        assertThat(request.getTransitions().get(request.getTransitions().size() - 1).comment())
                .isEqualTo("Carried out already; linked to Order O-7.");
        assertThat(request.events(ChangeRequestScheduled.class)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = ChangeState.class, names = {"DRAFT", "SUBMITTED", "UNDER_ASSESSMENT", "AWAITING_DECISION",
            "REJECTED", "DEFERRED", "WITHDRAWN"})
    void onlyAnApprovedRequestIsScheduled(ChangeState state) {
        Recorded request = request().in(state).build();

        assertThatThrownBy(() -> request.schedule(ORDER, GATES, actor(Set.of()), NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("not-approved"));
        assertThat(request.getScheduled()).isNull();
        assertThat(request.events()).isEmpty();
    }

    @Test
    void aRejectedRequestClosedSinceIsNotScheduled() {
        Recorded request = request().in(CLOSED).decided(VoteChoice.REJECT).build();

        assertThatThrownBy(() -> request.schedule(ORDER, GATES, actor(Set.of()), NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("not-approved"));
    }

    @Test
    void schedulingAgainForTheSameOrderChangesNothingAndAnotherOrderIsRefused() {
        Recorded request = request().in(APPROVED).decided(VoteChoice.APPROVE).build();
        request.schedule(ORDER, GATES, actor(Set.of()), NOW);
        int entries = request.getTransitions().size();

        assertThat(request.schedule(new SourceReference(SourceKind.ORDER, "O-7", "Order O-7 again"), GATES,
                actor(Set.of()), NOW.plusSeconds(60))).isFalse();
        assertThatThrownBy(() -> request.schedule(new SourceReference(SourceKind.ORDER, "O-8", "Order O-8"), GATES,
                actor(Set.of()), NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo("scheduled-for-another-order"));

        assertThat(request.getTransitions()).hasSize(entries);
        assertThat(request.getScheduled().at()).isEqualTo(NOW);
        assertThat(request.events(ChangeRequestScheduled.class)).hasSize(1);
    }

    @Test
    void anOrderIsNamedByAnOrderReference() {
        Recorded request = request().in(APPROVED).decided(VoteChoice.APPROVE).build();

        assertThatThrownBy(() -> request.schedule(new SourceReference(SourceKind.QUOTE_LINE, "Q-1/1", "Quote"), GATES,
                actor(Set.of()), NOW)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> request.schedule(new SourceReference(SourceKind.ORDER, " ", null), GATES,
                actor(Set.of()), NOW)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> request.schedule(null, GATES, actor(Set.of()), NOW))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(request.schedule(new SourceReference(SourceKind.ORDER, "O-9", null), GATES, actor(Set.of()), NOW))
                .isTrue();
        assertThat(request.getScheduled().orderLabel()).isEqualTo("O-9");
    }

    @Test
    void theDecisionCommentIsTheLatestDecisionsOrWithdrawalsNote() {
        Recorded decided = request().in(AWAITING_DECISION).build();
        assertThat(decided.decisionComment()).isNull();
        decided.decide(actor(Set.of(ChangeRole.APPROVER)), VoteChoice.REJECT, null, DecisionForum.APPROVER, null,
                "Too costly", GATES, NOW);
        assertThat(decided.decisionComment()).isEqualTo("Too costly");

        Recorded withdrawn = request().in(SUBMITTED).build();
        withdrawn.withdraw(actor(Set.of(ChangeRole.REQUESTER)), "Customer changed their mind", NOW);
        assertThat(withdrawn.decisionComment()).isEqualTo("Customer changed their mind");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private static ChangeActor member(long person) {
        return new ChangeActor(person, "Person " + person, EnumSet.of(ChangeRole.BOARD_MEMBER));
    }

    static ChangeRequestDraft draft(String title) {
        return new ChangeRequestDraft(title, "Why", Origin.SALES, SourceReference.NONE, null, ChangeClass.NORMAL, null,
                List.of(new SpecItemRef("SPEC-22", "mechanical")), List.of(), null, null);
    }

    private static ChangeRequestDraft with(ChangeRequestDraft d, String title, List<AttachmentLink> links,
                                           List<SpecItemRef> items, BigDecimal revenue, String revenueCurrency,
                                           Integer targetStage) {
        return new ChangeRequestDraft(title == null ? d.title() : title, d.description(), d.origin(), d.source(),
                d.priority(), d.changeClass(), targetStage == null ? d.targetStage() : targetStage,
                items == null ? d.affectedItems() : items, links == null ? d.links() : links,
                revenue == null ? d.revenueAtStake() : revenue, revenue == null ? d.revenueCurrency() : revenueCurrency);
    }

    private static ImpactInput impact(String cost, String currency, Risk risk, String note) {
        return new ImpactInput(cost == null ? null : new BigDecimal(cost), currency, 2, risk, note,
                List.of(new SpecItemRef("SPEC-22", "mechanical")), null, null);
    }
}
