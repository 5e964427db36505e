package org.integrationgateway.changecontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integrationgateway.changecontrol.ChangeRequestBuilder.NOW;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The change control board's rules: majority with quorum, single approver, and how a board is set up. */
class ChangeBoardTests {

    private static final long SOFIA = 1;
    private static final long TOM = 2;
    private static final long INES = 3;
    private static final long OUTSIDER = 9;
    private static final ResponseTarget DAY = new ResponseTarget(1, ResponseTarget.Unit.WORKING_DAYS);
    private static final ResponseTarget WEEK = new ResponseTarget(5, ResponseTarget.Unit.WORKING_DAYS);
    private static final ResponseTarget HOURS = new ResponseTarget(4, ResponseTarget.Unit.HOURS);

    private static ChangeBoard majority(int quorum, Long... members) {
        ChangeBoard board = ChangeBoard.defaults(10, List.of(members));
        board.setUp(new BoardSetup(List.of(members), BoardRule.MAJORITY, quorum, null, DAY, WEEK, HOURS), "Sofia", NOW);
        return board;
    }

    private static ChangeBoard singleApprover(long approver, Long... members) {
        ChangeBoard board = ChangeBoard.defaults(10, List.of(members));
        board.setUp(new BoardSetup(List.of(members), BoardRule.SINGLE_APPROVER, null, approver, DAY, WEEK, HOURS),
                "Sofia", NOW);
        return board;
    }

    private static List<Vote> votes(Object... personAndChoice) {
        List<Vote> votes = new ArrayList<>();
        for (int i = 0; i < personAndChoice.length; i += 2) {
            VoteChoice choice = (VoteChoice) personAndChoice[i + 1];
            votes.add(new Vote(0, (Long) personAndChoice[i], "P", choice, choice == VoteChoice.DEFER ? 3 : null, null,
                    NOW.plusSeconds(i)));
        }
        return votes;
    }

    @Test
    void theDefaultBoardIsTheManagerAndGatekeepersByMoreThanHalf() {
        ChangeBoard board = ChangeBoard.defaults(10, java.util.Arrays.asList(SOFIA, TOM, null, INES, TOM));
        assertThat(board.isDefault()).isTrue();
        assertThat(board.memberIds()).containsExactly(SOFIA, TOM, INES);
        assertThat(board.getRule()).isEqualTo(BoardRule.MAJORITY);
        assertThat(board.getQuorum()).isEqualTo(2);
        assertThat(board.target(ChangeClass.STANDARD)).isEqualTo(DAY);
        assertThat(board.target(ChangeClass.NORMAL)).isEqualTo(WEEK);
        assertThat(board.target(ChangeClass.EMERGENCY)).isEqualTo(HOURS);
        assertThat(ChangeBoard.defaults(10, List.of(SOFIA)).getQuorum()).isEqualTo(1);
        assertThat(ChangeBoard.defaults(10, List.of(1L, 2L, 3L, 4L)).getQuorum()).isEqualTo(3);
    }

    @Test
    void belowTheQuorumNothingIsDecided() {
        ChangeBoard board = majority(2, SOFIA, TOM, INES);
        assertThat(board.outcome(votes())).isEmpty();
        assertThat(board.outcome(votes(SOFIA, VoteChoice.APPROVE))).isEmpty();
    }

    @Test
    void aStrictMajorityOfMembersDecides() {
        ChangeBoard board = majority(2, SOFIA, TOM, INES);
        assertThat(board.outcome(votes(SOFIA, VoteChoice.APPROVE, TOM, VoteChoice.APPROVE)))
                .contains(new BoardOutcome(VoteChoice.APPROVE, null, DecisionForum.BOARD));
        assertThat(board.outcome(votes(SOFIA, VoteChoice.APPROVE, TOM, VoteChoice.REJECT))).isEmpty();
        assertThat(board.outcome(votes(SOFIA, VoteChoice.REJECT, TOM, VoteChoice.APPROVE, INES, VoteChoice.REJECT)))
                .map(BoardOutcome::choice).contains(VoteChoice.REJECT);
    }

    @Test
    void sofiaAndTomApproveInesDefers() {
        ChangeBoard board = majority(2, SOFIA, TOM, INES);
        assertThat(board.outcome(votes(INES, VoteChoice.DEFER, SOFIA, VoteChoice.APPROVE))).isEmpty();
        assertThat(board.outcome(votes(INES, VoteChoice.DEFER, SOFIA, VoteChoice.APPROVE, TOM, VoteChoice.APPROVE)))
                .map(BoardOutcome::choice).contains(VoteChoice.APPROVE);
    }

    @Test
    void aQuorumAboveTheMajorityWaitsForMoreVotes() {
        ChangeBoard board = majority(3, SOFIA, TOM, INES);
        assertThat(board.outcome(votes(SOFIA, VoteChoice.APPROVE, TOM, VoteChoice.APPROVE))).isEmpty();
        assertThat(board.outcome(votes(SOFIA, VoteChoice.APPROVE, TOM, VoteChoice.APPROVE, INES, VoteChoice.REJECT)))
                .map(BoardOutcome::choice).contains(VoteChoice.APPROVE);
    }

    @Test
    void aQuorumBelowTheMajorityStillNeedsMoreThanHalfTheMembers() {
        ChangeBoard board = majority(1, SOFIA, TOM, INES);
        assertThat(board.outcome(votes(SOFIA, VoteChoice.APPROVE))).isEmpty();
        assertThat(board.outcome(votes(SOFIA, VoteChoice.APPROVE, INES, VoteChoice.APPROVE))).isPresent();
    }

    @Test
    void aTieIsUndecided() {
        ChangeBoard board = majority(2, 1L, 2L, 3L, 4L);
        assertThat(board.outcome(votes(1L, VoteChoice.APPROVE, 2L, VoteChoice.APPROVE, 3L, VoteChoice.REJECT, 4L,
                VoteChoice.REJECT))).isEmpty();
        assertThat(board.outcome(votes(1L, VoteChoice.APPROVE, 2L, VoteChoice.APPROVE, 3L, VoteChoice.APPROVE)))
                .isPresent();
    }

    @Test
    void votesOfNonMembersAreIgnored() {
        ChangeBoard board = majority(2, SOFIA, TOM, INES);
        assertThat(board.outcome(votes(SOFIA, VoteChoice.APPROVE, OUTSIDER, VoteChoice.APPROVE, 8L, VoteChoice.APPROVE)))
                .isEmpty();
        assertThat(board.isMember(OUTSIDER)).isFalse();
        assertThat(board.isMember(null)).isFalse();
    }

    @Test
    void aDeferralPicksTheLatestGateNamed() {
        ChangeBoard board = majority(2, SOFIA, TOM, INES);
        List<Vote> votes = List.of(new Vote(0, SOFIA, "Sofia", VoteChoice.DEFER, 3, null, NOW),
                new Vote(0, TOM, "Tom", VoteChoice.DEFER, 4, null, NOW.plusSeconds(1)));
        assertThat(board.outcome(votes)).contains(new BoardOutcome(VoteChoice.DEFER, 4, DecisionForum.BOARD));
    }

    @Test
    void underASingleApproverOnlyTheApproversVoteDecides() {
        ChangeBoard board = singleApprover(TOM, SOFIA, TOM, INES);
        assertThat(board.getQuorum()).isEqualTo(1);
        assertThat(board.isApprover(TOM)).isTrue();
        assertThat(board.isApprover(SOFIA)).isFalse();
        assertThat(board.outcome(votes(SOFIA, VoteChoice.APPROVE, INES, VoteChoice.APPROVE))).isEmpty();
        assertThat(board.outcome(votes(SOFIA, VoteChoice.APPROVE, INES, VoteChoice.APPROVE, TOM, VoteChoice.REJECT)))
                .contains(new BoardOutcome(VoteChoice.REJECT, null, DecisionForum.APPROVER));
        assertThat(majority(2, SOFIA, TOM, INES).isApprover(SOFIA)).isFalse();
    }

    @Test
    void setUpReplacesMembersRuleAndTargets() {
        ChangeBoard board = singleApprover(INES, SOFIA, INES);
        assertThat(board.memberIds()).containsExactly(SOFIA, INES);
        assertThat(board.getApprover()).isEqualTo(INES);
        assertThat(board.getChangedBy()).isEqualTo("Sofia");
        board.setUp(new BoardSetup(List.of(TOM, INES), BoardRule.MAJORITY, 2, INES, DAY, DAY, HOURS), "Ada", NOW);
        assertThat(board.getApprover()).isNull();
        assertThat(board.getQuorum()).isEqualTo(2);
        assertThat(board.target(ChangeClass.NORMAL)).isEqualTo(DAY);
        assertThat(board.memberIds()).containsExactly(TOM, INES);
    }

    @Test
    void aQuorumLargerThanTheBoardIsARuleViolation() {
        assertThatThrownBy(() -> majority(4, SOFIA, TOM, INES)).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.code()).isEqualTo("quorum-too-large");
            assertThat(e.field()).isEqualTo("quorum");
        });
    }

    @Test
    void theApproverMustBeAMember() {
        assertThatThrownBy(() -> singleApprover(OUTSIDER, SOFIA, TOM)).isInstanceOfSatisfying(
                RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("approver-not-member"));
    }

    @Test
    void badSetupsAreRefusedNamingTheField() {
        ChangeBoard board = ChangeBoard.defaults(10, List.of(SOFIA));
        List<Long> many = LongStream.rangeClosed(1, ChangeBoard.MAX_MEMBERS + 1).boxed().toList();
        assertField(board, new BoardSetup(List.of(), BoardRule.MAJORITY, 1, null, DAY, WEEK, HOURS), "memberIds");
        assertField(board, new BoardSetup(null, BoardRule.MAJORITY, 1, null, DAY, WEEK, HOURS), "memberIds");
        assertField(board, new BoardSetup(java.util.Arrays.asList((Long) null), BoardRule.MAJORITY, 1, null, DAY, WEEK,
                HOURS), "memberIds");
        assertField(board, new BoardSetup(many, BoardRule.MAJORITY, 1, null, DAY, WEEK, HOURS), "memberIds");
        assertField(board, new BoardSetup(List.of(SOFIA), null, 1, null, DAY, WEEK, HOURS), "rule");
        assertField(board, new BoardSetup(List.of(SOFIA), BoardRule.MAJORITY, 0, null, DAY, WEEK, HOURS), "quorum");
        assertField(board, new BoardSetup(List.of(SOFIA), BoardRule.MAJORITY, null, null, DAY, WEEK, HOURS), "quorum");
        assertField(board, new BoardSetup(List.of(SOFIA), BoardRule.SINGLE_APPROVER, null, null, DAY, WEEK, HOURS),
                "approverId");
        assertField(board, new BoardSetup(List.of(SOFIA), BoardRule.MAJORITY, 1, null, DAY, null, HOURS), "targets");
        assertThat(board.memberIds()).containsExactly(SOFIA);
        assertThat(board.getChangedAt()).isNull();
    }

    private static void assertField(ChangeBoard board, BoardSetup setup, String field) {
        assertThatThrownBy(() -> board.setUp(setup, "Sofia", NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
