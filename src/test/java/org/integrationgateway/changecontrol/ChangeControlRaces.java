package org.integrationgateway.changecontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.integrationgateway.changecontrol.ChangeControl.GateChoice;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.shared.ConflictException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real threads acting on the same change request at the same moment (released together by a barrier), round after
 * round: racing votes are all recorded and decide once; racing decisions produce one outcome and one conflict.
 */
final class ChangeControlRaces {

    private ChangeControlRaces() {
    }

    /** Tom and Ines vote APPROVE at once on a request that needs two of three votes. */
    static void votes(Team team, ChangeControl changeControl, JdbcTemplate jdbc, int rounds,
                      Supplier<ChangeRequest> awaitingDecision) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                long id = awaitingDecision.get().getId();
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Object>> outcomes = new ArrayList<>();
                for (var voter : List.of(team.tom(), team.ines())) {
                    outcomes.add(threads.submit(attempt(start, () -> as(voter,
                            () -> changeControl.vote(id, VoteChoice.APPROVE, null, "Race")))));
                }
                List<Object> results = results(outcomes);
                assertThat(results).allMatch(ChangeRequest.class::isInstance);

                ChangeRequest stored = changeControl.changeRequest(id);
                assertThat(stored.getState()).isEqualTo(ChangeState.APPROVED);
                assertThat(stored.getDecisionForum()).isEqualTo(DecisionForum.BOARD);
                assertThat(stored.allVotes()).extracting(Vote::person)
                        .containsExactlyInAnyOrder(team.tom().person(), team.ines().person());
                assertThat(stored.getTransitions()).filteredOn(t -> t.action().startsWith("DECIDE_")).hasSize(1);
                assertThat(count(jdbc, id, "decided")).isEqualTo(1);
                assertThat(count(jdbc, id, "voted")).isEqualTo(2);
                assertThat(results).filteredOn(r -> ((ChangeRequest) r).getState() == ChangeState.APPROVED).hasSize(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Two decisions on the same request at once, on the same version: alternately the approver (Tom) against the
     * gate review's decider (Sofia, chair of {@code reviewId}), and the approver against himself.
     */
    static void decisions(Team team, ChangeControl changeControl, JdbcTemplate jdbc, long reviewId, int rounds,
                          Supplier<ChangeRequest> awaitingDecision) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                ChangeRequest request = awaitingDecision.get();
                long id = request.getId();
                Long version = request.getVersion();
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Object>> outcomes = new ArrayList<>();
                outcomes.add(threads.submit(attempt(start, () -> as(team.tom(),
                        () -> changeControl.decide(id, version, VoteChoice.APPROVE, null, "Approver")))));
                if (round % 2 == 0) {
                    outcomes.add(threads.submit(attempt(start, () -> as(team.manager(),
                            () -> changeControl.decideAtGate(reviewId, List.of(new GateChoice(id, version,
                                    VoteChoice.REJECT, null, "Gate")))))));
                } else {
                    outcomes.add(threads.submit(attempt(start, () -> as(team.tom(),
                            () -> changeControl.decide(id, version, VoteChoice.REJECT, null, "Approver again")))));
                }
                List<Object> results = results(outcomes);
                assertThat(results).filteredOn(ConflictException.class::isInstance).hasSize(1);
                assertThat(results).filteredOn(r -> !(r instanceof ConflictException)).hasSize(1);

                ChangeRequest stored = changeControl.changeRequest(id);
                assertThat(stored.getTransitions()).filteredOn(t -> t.action().startsWith("DECIDE_")).hasSize(1);
                assertThat(count(jdbc, id, "decided")).isEqualTo(1);
                Object winner = results.stream().filter(r -> !(r instanceof ConflictException)).findFirst().orElseThrow();
                VoteChoice won = winner instanceof ChangeRequest decided ? decided.getDecision()
                        : ((List<?>) winner).stream().map(ChangeRequest.class::cast).findFirst().orElseThrow().getDecision();
                assertThat(stored.getDecision()).isEqualTo(won);
                assertThat(stored.getVersion()).isEqualTo(version + 1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static Callable<Object> attempt(CyclicBarrier start, Callable<Object> action) {
        return () -> {
            start.await(10, TimeUnit.SECONDS);
            try {
                return action.call();
            } catch (ConflictException lost) {
                return lost;
            }
        };
    }

    private static List<Object> results(List<Future<Object>> outcomes) throws Exception {
        List<Object> results = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    private static int count(JdbcTemplate jdbc, long id, String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'change-request'"
                + " and entity_id = ? and action = ?", Integer.class, String.valueOf(id), action);
    }
}
