package org.integrationgateway.stagegate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.integrationgateway.shared.ConflictException;

/**
 * Two real threads decide the same review at the same moment (one GO, one KILL), round after round: exactly one
 * decision is stored, the other request gets a conflict, and the lifecycle shows the winner's effect only.
 */
final class DecisionRace {

    private DecisionRace() {
    }

    static void run(StagegateFixtures fixtures, Lifecycles lifecycles, Gatekeeping gatekeeping, TemplateCatalog catalog,
                    int rounds) throws Exception {
        ProcessTemplate template = catalog.latest(TemplateCatalog.DEFAULT_CODE);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                var project = fixtures.startedProject();
                GateReview review = gatekeeping.schedule(project.id(), LocalDate.now().plusDays(1), project.chair(), null);
                gatekeeping.score(review.getId(), project.chair(), fixtures.scorecard(template, 0, true, 8, Decision.GO));
                long version = gatekeeping.review(review.getId()).getVersion();
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Object>> outcomes = new ArrayList<>();
                for (Decision decision : List.of(Decision.GO, Decision.KILL)) {
                    outcomes.add(threads.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        try {
                            return gatekeeping.decide(review.getId(), new DecisionInput(decision, "Race " + decision,
                                    null, List.of(), List.of(), version), "racer@example.test");
                        } catch (ConflictException lost) {
                            return lost;
                        }
                    }));
                }
                List<Object> results = new ArrayList<>();
                for (Future<Object> outcome : outcomes) {
                    results.add(outcome.get(60, TimeUnit.SECONDS));
                }
                assertThat(results).filteredOn(GateDecision.class::isInstance).hasSize(1);
                assertThat(results).filteredOn(ConflictException.class::isInstance).hasSize(1);
                GateDecision winner = (GateDecision) results.stream().filter(GateDecision.class::isInstance).findFirst()
                        .orElseThrow();
                assertThat(fixtures.count("select count(*) from gate_decision where gate_review = ?", review.getId()))
                        .isEqualTo(1);
                ProjectLifecycle lifecycle = lifecycles.lifecycle(project.id());
                if (winner.getDecision() == Decision.GO) {
                    assertThat(lifecycle.getCurrentStage()).isEqualTo(1);
                    assertThat(lifecycle.getState()).isEqualTo(LifecycleState.ACTIVE);
                } else {
                    assertThat(lifecycle.getCurrentStage()).isZero();
                    assertThat(lifecycle.getState()).isEqualTo(LifecycleState.KILLED);
                }
                assertThat(fixtures.count("select count(*) from audit_entry where entity_type = 'gate-review' "
                        + "and entity_id = ? and action = 'decided'", String.valueOf(review.getId()))).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
