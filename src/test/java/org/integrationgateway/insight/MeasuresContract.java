package org.integrationgateway.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.insight.MeasureFixtures.World;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every measure on a fixture with known answers (worked out in the comments), filtered to the fixture's program and the
 * first quarter of 2025, so data of other tests and of the project outside the program never count. Runs on H2 and on
 * PostgreSQL: the percentiles, month extraction and interval arithmetic must agree on both.
 */
abstract class MeasuresContract {

    @Autowired MeasureFixtures fixtures;
    @Autowired Measures measures;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    World world;
    MeasureFilter quarter;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.getContext().setAuthentication(TestUsers.authenticationOf(users.create(Role.STAFF)));
        world = fixtures.build();
        quarter = new MeasureFilter(world.program(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    List<Map<String, Object>> rows(Measure measure) {
        return measures.compute(measure, quarter).rows();
    }

    static Map<String, Object> row(Measure measure, Object... values) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(measure.columns().get(i), values[i]);
        }
        return row;
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void bookingsByPersonMonthAndCurrency() {
        String anna = jdbc.queryForObject("select full_name from person where id = ?", String.class, world.anna());
        String ben = jdbc.queryForObject("select full_name from person where id = ?", String.class, world.ben());
        // January: Anna 1000.00 + 500.50 EUR and 200.00 USD; February: Ben 300.00 EUR. Ben's order of 2024-12-31 is
        // before the period; Anna's 777.00 EUR is on project C, outside the program.
        assertThat(rows(Measure.BOOKINGS)).containsExactly(
                row(Measure.BOOKINGS, "2025-01", world.anna(), anna, "EUR", 2L, d("1500.50")),
                row(Measure.BOOKINGS, "2025-01", world.anna(), anna, "USD", 1L, d("200.00")),
                row(Measure.BOOKINGS, "2025-02", world.ben(), ben, "EUR", 1L, d("300.00")));
    }

    @Test
    void acceptancesAndFirstTimeRate() {
        // January: D1 accepted first time, D2 rejected first time. February: D2 accepted (not first), D3 accepted first
        // time. D4 is accepted in April, D5 is on project C.
        assertThat(rows(Measure.ACCEPTANCES)).containsExactly(
                row(Measure.ACCEPTANCES, "2025-01", 2L, 1L, 1L, 2L, 1L, d("0.5000")),
                row(Measure.ACCEPTANCES, "2025-02", 2L, 2L, 0L, 1L, 1L, d("1.0000")),
                row(Measure.ACCEPTANCES, "all", 4L, 3L, 1L, 3L, 2L, d("0.6667")));
    }

    @Test
    void orderToAcceptanceMedianAndP90() {
        // First acceptances: D1 10 days after order 1 (January), D3 5 days after order 4 and D2 35 days after order 1
        // (February). Over the quarter: 5, 10, 35 → median 10, p90 at rank 1.8 → 10 + 0.8 × 25 = 30.
        assertThat(rows(Measure.ORDER_TO_ACCEPTANCE)).containsExactly(
                row(Measure.ORDER_TO_ACCEPTANCE, "2025-01", 1L, d("10.00"), d("10.00")),
                row(Measure.ORDER_TO_ACCEPTANCE, "2025-02", 2L, d("20.00"), d("32.00")),
                row(Measure.ORDER_TO_ACCEPTANCE, "all", 3L, d("10.00"), d("30.00")));
    }

    @Test
    void changeCycleTimesByClass() {
        // NORMAL submitted → decided: 10, 20 and 24 hours (the undecided one and project C's do not count): median 20,
        // p90 20 + 0.8 × 4 = 23.2. NORMAL decided → implemented: 48 hours. EMERGENCY: 1 and 4 hours. STANDARD: 48
        // hours to its deferral, never implemented.
        assertThat(rows(Measure.CHANGE_CYCLE_TIMES)).containsExactly(
                row(Measure.CHANGE_CYCLE_TIMES, "STANDARD", "SUBMITTED_TO_DECIDED", 1L, d("48.00"), d("48.00")),
                row(Measure.CHANGE_CYCLE_TIMES, "STANDARD", "DECIDED_TO_IMPLEMENTED", 0L, null, null),
                row(Measure.CHANGE_CYCLE_TIMES, "NORMAL", "SUBMITTED_TO_DECIDED", 3L, d("20.00"), d("23.20")),
                row(Measure.CHANGE_CYCLE_TIMES, "NORMAL", "DECIDED_TO_IMPLEMENTED", 1L, d("48.00"), d("48.00")),
                row(Measure.CHANGE_CYCLE_TIMES, "EMERGENCY", "SUBMITTED_TO_DECIDED", 1L, d("1.00"), d("1.00")),
                row(Measure.CHANGE_CYCLE_TIMES, "EMERGENCY", "DECIDED_TO_IMPLEMENTED", 1L, d("4.00"), d("4.00")));
    }

    @Test
    void changeApprovalRate() {
        assertThat(rows(Measure.CHANGE_APPROVALS)).containsExactly(
                row(Measure.CHANGE_APPROVALS, "2025-01", 2L, 1L, 1L, 0L, d("0.5000")),
                row(Measure.CHANGE_APPROVALS, "2025-02", 2L, 1L, 0L, 1L, d("0.5000")),
                row(Measure.CHANGE_APPROVALS, "2025-03", 1L, 1L, 0L, 0L, d("1.0000")),
                row(Measure.CHANGE_APPROVALS, "all", 5L, 3L, 1L, 1L, d("0.6000")));
    }

    @Test
    void costAndScheduleEffectOfApprovedChanges() {
        assertThat(rows(Measure.CHANGE_EFFECTS)).containsExactly(
                row(Measure.CHANGE_EFFECTS, "EUR", 2L, d("300.00"), 5L),
                row(Measure.CHANGE_EFFECTS, "USD", 1L, d("50.50"), 0L));
    }

    @Test
    void timeInterruptedClippedToThePeriod() {
        // A: 12 of the 24 hours across new year, plus 12 hours on 5 January; the December one is outside. B: open
        // since 31 March 18:00, counted to the end of the period: 6 hours.
        assertThat(rows(Measure.INTERRUPTIONS)).containsExactly(
                row(Measure.INTERRUPTIONS, world.a(), world.codeA(), 2L, d("24.00")),
                row(Measure.INTERRUPTIONS, world.b(), world.codeB(), 1L, d("6.00")));
    }

    @Test
    void gateDecisionsByKindAndMonth() {
        assertThat(rows(Measure.GATE_DECISIONS)).containsExactly(
                row(Measure.GATE_DECISIONS, "2025-01", "GO", 2L),
                row(Measure.GATE_DECISIONS, "2025-01", "HOLD", 1L),
                row(Measure.GATE_DECISIONS, "2025-02", "GO", 1L),
                row(Measure.GATE_DECISIONS, "2025-02", "RECYCLE", 1L));
    }

    @Test
    void stageCycleTimesFromEntryToGo() {
        List<String> names = jdbc.queryForList("select s.name from template_stage s join process_template t"
                + " on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 order by s.stage_index",
                String.class);
        // Stage 0: 10 days (A) and 20 days (B) from the start of the lifecycle: median 15, p90 19. Stage 1: A passed
        // 30 days after its stage-0 GO; its HOLD is not a pass.
        assertThat(rows(Measure.STAGE_CYCLE_TIMES)).containsExactly(
                row(Measure.STAGE_CYCLE_TIMES, 0, names.get(0), 2L, d("15.00"), d("19.00")),
                row(Measure.STAGE_CYCLE_TIMES, 1, names.get(1), 1L, d("30.00"), d("30.00")));
    }

    @Test
    void funnelOfProjectsByStage() {
        List<String> names = jdbc.queryForList("select s.name from template_stage s join process_template t"
                + " on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 order by s.stage_index",
                String.class);
        assertThat(rows(Measure.FUNNEL)).containsExactly(
                row(Measure.FUNNEL, 1, names.get(1), 0L, 0L, 1L, 0L, 0L),
                row(Measure.FUNNEL, 2, names.get(2), 1L, 0L, 0L, 0L, 0L));
    }

    @Test
    void anotherProgramSeesOnlyItsOwnProject() {
        MeasureFilter other = new MeasureFilter(world.otherProgram(), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31));
        assertThat(measures.compute(Measure.BOOKINGS, other).rows()).hasSize(1)
                .allSatisfy(r -> assertThat(r.get("amount")).isEqualTo(d("777.00")));
        assertThat(measures.compute(Measure.CHANGE_EFFECTS, other).rows())
                .containsExactly(row(Measure.CHANGE_EFFECTS, "EUR", 1L, d("1.00"), 1L));
    }

    @Test
    void everyMeasureComputesWithoutAProgramFilter() {
        MeasureFilter everything = new MeasureFilter(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
        assertThat(measures.all(everything)).extracting(MeasureTable::measure)
                .containsExactly(Measure.values());
        assertThat(Arrays.stream(Measure.values()).map(m -> measures.compute(m, everything).rows().size()))
                .allSatisfy(size -> assertThat(size).isPositive());
    }

    @Test
    void unknownProgramIsABadRequest() {
        MeasureFilter unknown = new MeasureFilter(Long.MAX_VALUE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
        assertThatThrownBy(() -> measures.compute(Measure.BOOKINGS, unknown))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("programId"));
    }

    @Test
    void customersAreToldNothingExists() {
        long customer = jdbc.queryForObject("select customer from sales_order where project = ? order by id"
                + " fetch first 1 rows only", Long.class, world.a());
        SecurityContextHolder.getContext().setAuthentication(TestUsers.authenticationOf(
                users.create(customer, Role.CUSTOMER_CONTACT)));
        assertThatThrownBy(() -> measures.compute(Measure.BOOKINGS, quarter)).isInstanceOf(NotFoundException.class);
    }
}
