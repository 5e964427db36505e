package org.integrationgateway.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two real threads ask at the same moment to allocate 60 % of the same person for the same period, round after round.
 * With the per-person lock exactly one of them wins each round and the person never exceeds 100 %.
 */
final class AllocationRace {

    private AllocationRace() {
    }

    static void run(ProjectMatrix matrix, PortfolioFixtures fixtures, JdbcTemplate jdbc, int rounds) throws Exception {
        long department = fixtures.department("ENGINEERING");
        long manager = fixtures.person("Race Manager", department);
        long first = fixtures.project("RA" + System.nanoTime() % 100000000, "Race A", null, manager, "ACTIVE");
        long second = fixtures.project("RB" + System.nanoTime() % 100000000, "Race B", null, manager, "ACTIVE");
        var terms = new AssignmentTerms(ProjectRole.ENGINEER, 60, LocalDate.parse("2027-01-01"), LocalDate.parse("2027-06-30"));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                long person = fixtures.person("Racer " + round, department);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Object>> outcomes = new ArrayList<>();
                for (long project : List.of(first, second)) {
                    outcomes.add(threads.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        try {
                            return matrix.assign(project, person, terms);
                        } catch (RuleViolationException refused) {
                            return refused;
                        }
                    }));
                }
                List<Object> results = new ArrayList<>();
                for (Future<Object> outcome : outcomes) {
                    results.add(outcome.get(60, TimeUnit.SECONDS));
                }
                assertThat(results).filteredOn(MatrixAssignment.class::isInstance).hasSize(1);
                assertThat(results).filteredOn(RuleViolationException.class::isInstance).singleElement()
                        .extracting(refusal -> ((RuleViolationException) refusal).details().get("currentLoad")).isEqualTo(60);
                assertThat(jdbc.queryForObject("select sum(allocation_percent) from matrix_assignment where person = ?",
                        Integer.class, person)).isEqualTo(60);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
