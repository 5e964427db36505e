package org.integrationgateway.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.insight.MeasureFixtures.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How long the measures take over 100 000 change requests (with their transitions) spread over a year: a benchmark,
 * not part of the normal run (its classes end in {@code Benchmark}, which the test run does not pick up; run them by
 * name as {@code docs/measures.md} shows). Prints the time of each measure; the numbers are in
 * {@code docs/measures.md}.
 */
abstract class MeasuresScaleContract {

    static final int REQUESTS = 100_000;

    @Autowired MeasureFixtures fixtures;
    @Autowired Measures measures;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void measuresOverAHundredThousandChangeRequests() {
        SecurityContextHolder.getContext().setAuthentication(TestUsers.authenticationOf(users.create(Role.STAFF)));
        World world = fixtures.build();
        String title = "Scale " + world.codeA();
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        String[] classes = {"STANDARD", "NORMAL", "EMERGENCY"};
        String[] decisions = {"APPROVE", "REJECT", "DEFER"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Instant submitted = start.plusSeconds(i * 300L);
            Instant decided = submitted.plusSeconds(3_600L * (1 + i % 48));
            String decision = decisions[i % 3];
            rows.add(new Object[] {i % 2 == 0 ? world.a() : world.b(), world.anna(), classes[i % 3],
                    classes[i % 3], decision.equals("APPROVE") ? "APPROVED" : decision.equals("REJECT") ? "REJECTED"
                    : "DEFERRED", Timestamp.from(submitted), Timestamp.from(submitted), decision,
                    Timestamp.from(decided), i % 100, i % 5});
        }
        long loading = System.nanoTime();
        jdbc.batchUpdate("insert into change_request (project, title, origin, source_kind, requester, requester_name,"
                + " priority, change_class, requested_class, state, raised_at, submitted_at, decision, decided_at,"
                + " impact_cost_delta, impact_currency, impact_schedule_delta_days) values (?, '" + title + "', 'INTERNAL',"
                + " 'NONE', ?, 'Anna', 'MEDIUM', ?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?)", rows);
        jdbc.update("insert into change_request_transition (change_request, position, action, from_state, to_state,"
                + " actor_name, occurred_at) select c.id, 0, 'IMPLEMENT', 'APPROVED', 'IMPLEMENTED', 'test',"
                + " c.decided_at + interval '1' day from change_request c where c.title = ? and c.decision = 'APPROVE'",
                title);
        System.out.printf("insight scale: loaded %,d change requests in %,d ms%n", REQUESTS,
                (System.nanoTime() - loading) / 1_000_000);
        for (Long program : new Long[] {null, world.program()}) {
            MeasureFilter year = new MeasureFilter(program, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
            for (Measure measure : Measure.values()) {
                measures.compute(measure, year);
                long began = System.nanoTime();
                MeasureTable table = measures.compute(measure, year);
                System.out.printf("insight scale: %s%s %d rows in %,d ms%n", measure.path(),
                        program == null ? "" : " (program)", table.rows().size(), (System.nanoTime() - began) / 1_000_000);
            }
        }
        MeasureFilter year = new MeasureFilter(world.program(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(measures.compute(Measure.CHANGE_APPROVALS, year).rows()).last()
                .satisfies(total -> assertThat((Long) total.get("decided")).isGreaterThanOrEqualTo(REQUESTS));
        SecurityContextHolder.clearContext();
    }
}
