package org.integrationgateway.changecontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.draft;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.impact;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.portfolio.PortfolioFixtures;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.stagegate.Decision;
import org.integrationgateway.stagegate.DecisionInput;
import org.integrationgateway.stagegate.GateDecision;
import org.integrationgateway.stagegate.GateReview;
import org.integrationgateway.stagegate.Gatekeeping;
import org.integrationgateway.stagegate.LifecycleState;
import org.integrationgateway.stagegate.Lifecycles;
import org.integrationgateway.stagegate.ProcessTemplate;
import org.integrationgateway.stagegate.StagegateFixtures;
import org.integrationgateway.stagegate.TemplateCatalog;
import org.integrationgateway.support.StartingGate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11 item 7: {@value #CLIENTS} clients acting on the same change request or gate review at the same moment
 * (real threads released together), through the application services and through the API. Edits and decisions
 * based on one version leave exactly one winner, every other client gets a conflict (409) and the stored state is
 * the winner's; racing votes each count once, a second vote by the same person replaces the first, and exactly one
 * vote decides. Each race also checks the audit trail, which is written from the domain events in the same
 * transaction: one entry per accepted change, none for a refused one. Runs on H2 and on PostgreSQL.
 */
abstract class ConcurrentEditsContract {

    static final int CLIENTS = 16;

    private static final ResponseTarget DAY = new ResponseTarget(1, ResponseTarget.Unit.WORKING_DAYS);
    private static final ResponseTarget WEEK = new ResponseTarget(5, ResponseTarget.Unit.WORKING_DAYS);
    private static final ResponseTarget HOURS = new ResponseTarget(4, ResponseTarget.Unit.HOURS);

    @Autowired ChangeControlFixtures fixtures;
    @Autowired StagegateFixtures stagegate;
    @Autowired PortfolioFixtures portfolio;
    @Autowired TestUsers users;
    @Autowired ChangeControl changeControl;
    @Autowired Gatekeeping gatekeeping;
    @Autowired Lifecycles lifecycles;
    @Autowired TemplateCatalog catalog;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    // ---- edits ----------------------------------------------------------------------------------------------------------

    @Test
    void editsOfOneVersionLeaveOneWinnerAndTheWinnersContent() throws Exception {
        Team team = fixtures.team(true);
        ChangeRequest raised = as(team.marketer(), () -> changeControl.raise(team.id(),
                draft("Original title", Origin.MARKETING, ChangeClass.NORMAL, 2), false));

        List<Object> results = StartingGate.race(CLIENTS, i -> () -> as(team.marketer(), () -> changeControl.edit(
                raised.getId(), raised.getVersion(), draft("Edited by client " + i, Origin.MARKETING, ChangeClass.NORMAL,
                        1 + i % 3))));

        assertOnlyConflictsBesides(results, ChangeRequest.class, 1);
        ChangeRequest winner = winners(results, ChangeRequest.class).get(0);
        ChangeRequest stored = changeControl.changeRequest(raised.getId());
        assertThat(stored.getTitle()).isEqualTo(winner.getTitle());
        assertThat(stored.getTargetStage()).isEqualTo(winner.getTargetStage());
        assertThat(stored.getVersion()).isEqualTo(raised.getVersion() + 1);
        assertThat(audits("change-request", raised.getId(), "edited")).isEqualTo(1);
    }

    @Test
    void editsOfOneVersionThroughTheApiAnswerOneOkAndConflictsForTheRest() throws Exception {
        Team team = fixtures.team(true);
        ChangeRequest raised = as(team.marketer(), () -> changeControl.raise(team.id(),
                draft("Original title", Origin.MARKETING, ChangeClass.NORMAL, 2), false));

        List<Object> results = StartingGate.race(CLIENTS, i -> () -> mvc.perform(put("/api/change-requests/{id}",
                        raised.getId()).with(TestUsers.as(team.marketer().user())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Edited through the API by client " + i
                                + "\",\"origin\":\"MARKETING\",\"changeClass\":\"NORMAL\",\"targetStage\":2,\"version\":"
                                + raised.getVersion() + "}"))
                .andReturn().getResponse());

        List<MockHttpServletResponse> ok = statuses(results, 200, 1, "stale-version");
        String winnerTitle = JsonPath.read(ok.get(0).getContentAsString(), "$.title");
        assertThat(changeControl.changeRequest(raised.getId()).getTitle()).isEqualTo(winnerTitle);
        assertThat(audits("change-request", raised.getId(), "edited")).isEqualTo(1);
    }

    // ---- votes ----------------------------------------------------------------------------------------------------------

    @Test
    void racingVotesAreEachRecordedOnceAndASecondVoteReplacesTheFirst() throws Exception {
        Team team = fixtures.team(true);
        List<Member> board = board(team, CLIENTS);
        ChangeRequest request = awaitingDecision(team, "Voted by everybody at once");

        List<Object> split = StartingGate.race(CLIENTS, i -> () -> as(board.get(i), () -> changeControl.vote(
                request.getId(), i % 2 == 0 ? VoteChoice.APPROVE : VoteChoice.REJECT, null, "First vote " + i)));

        assertThat(split).allMatch(ChangeRequest.class::isInstance);
        ChangeRequest undecided = changeControl.changeRequest(request.getId());
        assertThat(undecided.getState()).as("8 against 8 is no majority").isEqualTo(ChangeState.AWAITING_DECISION);
        assertThat(undecided.currentVotes()).extracting(Vote::person)
                .containsExactlyInAnyOrderElementsOf(board.stream().map(Member::person).toList());
        assertThat(audits("change-request", request.getId(), "voted")).isEqualTo(CLIENTS);

        List<Object> again = StartingGate.race(CLIENTS, i -> () -> as(board.get(i), () -> changeControl.vote(
                request.getId(), VoteChoice.APPROVE, null, "Second vote " + i)));

        assertThat(again).allMatch(r -> r instanceof ChangeRequest || r instanceof ConflictException);
        ChangeRequest decided = changeControl.changeRequest(request.getId());
        assertThat(decided.getState()).isEqualTo(ChangeState.APPROVED);
        assertThat(decided.getDecisionForum()).isEqualTo(DecisionForum.BOARD);
        List<Long> voters = decided.allVotes().stream().map(Vote::person).toList();
        assertThat(voters).as("one vote per person").doesNotHaveDuplicates().hasSize(CLIENTS);
        long replaced = decided.allVotes().stream().filter(v -> v.comment().startsWith("Second vote")).count();
        long accepted = winners(again, ChangeRequest.class).size();
        assertThat(replaced).isEqualTo(accepted);
        assertThat(again).filteredOn(ConflictException.class::isInstance)
                .allMatch(e -> ((ConflictException) e).code().equals("illegal-transition"));
        assertThat(decided.getTransitions()).filteredOn(t -> t.action().startsWith("DECIDE_")).hasSize(1);
        assertThat(audits("change-request", request.getId(), "voted")).isEqualTo(CLIENTS + accepted);
        assertThat(audits("change-request", request.getId(), "decided")).isEqualTo(1);
    }

    @Test
    void racingVotesThroughTheApiAllCountAndExactlyOneDecides() throws Exception {
        Team team = fixtures.team(true);
        List<Member> board = board(team, CLIENTS);
        ChangeRequest request = awaitingDecision(team, "Voted through the API");

        List<Object> results = StartingGate.race(CLIENTS, i -> () -> mvc.perform(post("/api/change-requests/{id}/votes",
                        request.getId()).with(TestUsers.as(board.get(i).user())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"choice\":\"APPROVE\"}"))
                .andReturn().getResponse());

        List<MockHttpServletResponse> ok = statuses(results, 200, CLIENTS, null);
        long decidingAnswers = ok.stream().filter(r -> "APPROVED".equals(read(r, "$.state"))).count();
        assertThat(decidingAnswers).as("the quorum is the whole board: only the last vote decides").isEqualTo(1);
        ChangeRequest decided = changeControl.changeRequest(request.getId());
        assertThat(decided.getState()).isEqualTo(ChangeState.APPROVED);
        assertThat(decided.allVotes()).hasSize(CLIENTS);
        assertThat(audits("change-request", request.getId(), "voted")).isEqualTo(CLIENTS);
        assertThat(audits("change-request", request.getId(), "decided")).isEqualTo(1);
    }

    // ---- decisions ------------------------------------------------------------------------------------------------------

    @Test
    void decisionsOnOneVersionRecordExactlyOneDecision() throws Exception {
        Team team = approverBoard(fixtures.team(true));
        ChangeRequest request = awaitingDecision(team, "Decided by the approver");

        List<Object> results = StartingGate.race(CLIENTS, i -> () -> as(team.tom(), () -> changeControl.decide(
                request.getId(), request.getVersion(), i % 2 == 0 ? VoteChoice.APPROVE : VoteChoice.REJECT, null,
                "Decision " + i)));

        assertOnlyConflictsBesides(results, ChangeRequest.class, 1);
        ChangeRequest winner = winners(results, ChangeRequest.class).get(0);
        ChangeRequest stored = changeControl.changeRequest(request.getId());
        assertThat(stored.getDecision()).isEqualTo(winner.getDecision());
        assertThat(stored.getVersion()).isEqualTo(request.getVersion() + 1);
        assertThat(stored.getTransitions()).filteredOn(t -> t.action().startsWith("DECIDE_")).hasSize(1);
        assertThat(audits("change-request", request.getId(), "decided")).isEqualTo(1);
    }

    @Test
    void decisionsThroughTheApiAnswerOneOkAndConflictsForTheRest() throws Exception {
        Team team = approverBoard(fixtures.team(true));
        ChangeRequest request = awaitingDecision(team, "Decided through the API");

        List<Object> results = StartingGate.race(CLIENTS, i -> () -> mvc.perform(post("/api/change-requests/{id}/decision",
                        request.getId()).with(TestUsers.as(team.tom().user())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\""
                                + (i % 2 == 0 ? "APPROVE" : "REJECT") + "\",\"version\":" + request.getVersion() + "}"))
                .andReturn().getResponse());

        List<MockHttpServletResponse> ok = statuses(results, 200, 1, "stale-version");
        ChangeRequest stored = changeControl.changeRequest(request.getId());
        assertThat(stored.getState().name()).isEqualTo((Object) read(ok.get(0), "$.state"));
        assertThat(audits("change-request", request.getId(), "decided")).isEqualTo(1);
    }

    @Test
    void gateDecisionsOnOneVersionRecordExactlyOneDecision() throws Exception {
        StagegateFixtures.Project project = stagegate.startedProject();
        GateReview review = scoredReview(project);
        long version = gatekeeping.review(review.getId()).getVersion();

        List<Object> results = StartingGate.race(CLIENTS, i -> () -> gatekeeping.decide(review.getId(),
                new DecisionInput(i % 2 == 0 ? Decision.GO : Decision.KILL, "Client " + i, null, List.of(), List.of(),
                        version), project.chairUser().email()));

        assertOnlyConflictsBesides(results, GateDecision.class, 1);
        GateDecision winner = winners(results, GateDecision.class).get(0);
        assertGateDecidedOnce(project, review, winner.getDecision());
    }

    @Test
    void gateDecisionsThroughTheApiAnswerOneCreatedAndConflictsForTheRest() throws Exception {
        StagegateFixtures.Project project = stagegate.startedProject();
        GateReview review = scoredReview(project);
        long version = gatekeeping.review(review.getId()).getVersion();

        List<Object> results = StartingGate.race(CLIENTS, i -> () -> mvc.perform(post("/api/gate-reviews/{id}/decision",
                        review.getId()).with(TestUsers.as(project.chairUser())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"" + (i % 2 == 0 ? "GO" : "KILL")
                                + "\",\"rationale\":\"Client " + i + "\",\"version\":" + version + "}"))
                .andReturn().getResponse());

        statuses(results, 201, 1, null);
        String decided = jdbc.queryForObject("select decision from gate_decision where gate_review = ?", String.class,
                review.getId());
        assertGateDecidedOnce(project, review, Decision.valueOf(decided));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------------

    /** {@code expected} results of type {@code type}, and every other result a 409 {@link ConflictException}. */
    private static void assertOnlyConflictsBesides(List<Object> results, Class<?> type, int expected) {
        assertThat(results).hasSize(CLIENTS);
        assertThat(results).filteredOn(type::isInstance).hasSize(expected);
        assertThat(results).filteredOn(r -> !type.isInstance(r)).allSatisfy(r -> assertThat(r)
                .isInstanceOf(ConflictException.class));
    }

    private static <T> List<T> winners(List<Object> results, Class<T> type) {
        return results.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * Exactly {@code expected} responses with {@code ok}, every other one 409 (with {@code conflictCode} when given);
     * never anything else, and never a 500.
     */
    private static List<MockHttpServletResponse> statuses(List<Object> results, int ok, int expected, String conflictCode) {
        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(MockHttpServletResponse.class));
        List<MockHttpServletResponse> responses = results.stream().map(MockHttpServletResponse.class::cast).toList();
        assertThat(responses).extracting(MockHttpServletResponse::getStatus).isSubsetOf(ok, 409);
        List<MockHttpServletResponse> accepted = responses.stream().filter(r -> r.getStatus() == ok).toList();
        assertThat(accepted).hasSize(expected);
        responses.stream().filter(r -> r.getStatus() == 409).forEach(conflict -> {
            assertThat((Object) read(conflict, "$.status")).isEqualTo(409);
            if (conflictCode != null) {
                assertThat((Object) read(conflict, "$.code")).isEqualTo(conflictCode);
            }
        });
        return accepted;
    }

    private static <T> T read(MockHttpServletResponse response, String path) {
        try {
            return JsonPath.read(response.getContentAsString(), path);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertGateDecidedOnce(StagegateFixtures.Project project, GateReview review, Decision winner) {
        assertThat(jdbc.queryForObject("select count(*) from gate_decision where gate_review = ?", Integer.class,
                review.getId())).isEqualTo(1);
        assertThat(audits("gate-review", review.getId(), "decided")).isEqualTo(1);
        var lifecycle = lifecycles.lifecycle(project.id());
        if (winner == Decision.GO) {
            assertThat(lifecycle.getCurrentStage()).isEqualTo(1);
            assertThat(lifecycle.getState()).isEqualTo(LifecycleState.ACTIVE);
        } else {
            assertThat(lifecycle.getCurrentStage()).isZero();
            assertThat(lifecycle.getState()).isEqualTo(LifecycleState.KILLED);
        }
    }

    private GateReview scoredReview(StagegateFixtures.Project project) {
        ProcessTemplate template = catalog.latest(TemplateCatalog.DEFAULT_CODE);
        GateReview review = gatekeeping.schedule(project.id(), LocalDate.now().plusDays(1), project.chair(), null);
        gatekeeping.score(review.getId(), project.chair(), stagegate.scorecard(template, 0, true, 8, Decision.GO));
        return review;
    }

    /** A board of {@code size} people (the manager, Tom, Ines and new staff), majority, quorum the whole board. */
    private List<Member> board(Team team, int size) {
        List<Member> members = new ArrayList<>(List.of(team.manager(), team.tom(), team.ines()));
        long department = portfolio.department("ENGINEERING");
        while (members.size() < size) {
            CurrentUser user = users.create(Role.STAFF);
            members.add(new Member(portfolio.person("Board member " + members.size(), department, user.accountId()), user));
        }
        as(team.manager(), () -> changeControl.setUpBoard(team.id(), null, new BoardSetup(
                members.stream().map(Member::person).toList(), BoardRule.MAJORITY, size, null, DAY, WEEK, HOURS)));
        return members;
    }

    /** The default board's members with Tom as the single approver. */
    private Team approverBoard(Team team) {
        as(team.manager(), () -> changeControl.setUpBoard(team.id(), null, new BoardSetup(List.of(team.manager().person(),
                team.tom().person(), team.ines().person()), BoardRule.SINGLE_APPROVER, null, team.tom().person(), DAY,
                WEEK, HOURS)));
        return team;
    }

    private ChangeRequest awaitingDecision(Team team, String title) {
        ChangeRequest raised = as(team.marketer(), () -> changeControl.raise(team.id(),
                draft(title, Origin.MARKET_RESEARCH, ChangeClass.NORMAL, 0), true));
        as(team.engineer(), () -> changeControl.assess(raised.getId(), null, impact("18000", 15, "material")));
        ChangeRequest ready = as(team.engineer(), () -> changeControl.completeAssessment(raised.getId(), null, null));
        assertThat(ready.getState()).isEqualTo(ChangeState.AWAITING_DECISION);
        return ready;
    }

    private int audits(String entityType, long id, String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where entity_type = ? and entity_id = ? and action = ?",
                Integer.class, entityType, String.valueOf(id), action);
    }
}
