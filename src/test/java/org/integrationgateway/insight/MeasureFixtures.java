package org.integrationgateway.insight;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;

/**
 * Builds, with plain SQL inserts, a world whose measures are known exactly: a program with projects A and B, a project C
 * outside it (whose data must never count), orders, acceptance records, change requests, lifecycles, interruptions and
 * gate decisions at fixed instants in and around the first quarter of 2025. The expected numbers are worked out in
 * {@code MeasuresContract}.
 */
@Component
public class MeasureFixtures {

    private static final AtomicInteger WORLDS = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final TestUsers users;

    MeasureFixtures(JdbcTemplate jdbc, TestUsers users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** The ids of what was built. */
    public record World(long program, long otherProgram, long a, long b, long c, long anna, long ben, String codeA,
                        String codeB) {
    }

    public static OffsetDateTime at(String instant) {
        return OffsetDateTime.parse(instant);
    }

    public World build() {
        String tag = Integer.toString(WORLDS.incrementAndGet()) + UUID.randomUUID().toString().substring(0, 6);
        long department = insert("department", Map.of("name", "Sales " + tag, "kind", "SALES"));
        long anna = insert("person", Map.of("full_name", "Anna " + tag, "email", "anna-" + tag + "@example.test",
                "department", department));
        long ben = insert("person", Map.of("full_name", "Ben " + tag, "email", "ben-" + tag + "@example.test",
                "department", department));
        long program = insert("program", Map.of("code", "P" + tag, "name", "Program " + tag));
        long otherProgram = insert("program", Map.of("code", "X" + tag, "name", "Other " + tag));
        String codeA = "A" + tag;
        String codeB = "B" + tag;
        long a = project(codeA, program, anna);
        long b = project(codeB, program, anna);
        long c = project("C" + tag, otherProgram, anna);
        long customer = insert("customer", Map.of("name", "Customer " + tag));
        long contact = insert("customer_contact", Map.of("customer", customer, "full_name", "Carla " + tag,
                "email", "carla-" + tag + "@example.test"));
        CurrentUser account = users.create(customer, Role.CUSTOMER_CONTACT);

        long o1 = order(customer, a, department, anna, at("2025-01-10T10:00:00Z"), "1000.00", "EUR");
        order(customer, b, department, anna, at("2025-01-20T09:00:00Z"), "500.50", "EUR");
        order(customer, a, department, anna, at("2025-01-25T12:00:00Z"), "200.00", "USD");
        long o4 = order(customer, a, department, ben, at("2025-02-05T00:00:00Z"), "300.00", "EUR");
        order(customer, a, department, ben, at("2024-12-31T12:00:00Z"), "999.00", "EUR");
        long o6 = order(customer, c, department, anna, at("2025-02-01T08:00:00Z"), "777.00", "EUR");

        record(customer, contact, account, a, o1, "D1", "ACCEPTED", true, at("2025-01-20T10:00:00Z"));
        record(customer, contact, account, a, o1, "D2", "REJECTED", true, at("2025-01-25T00:00:00Z"));
        record(customer, contact, account, a, o1, "D2", "ACCEPTED", false, at("2025-02-14T10:00:00Z"));
        record(customer, contact, account, a, o4, "D3", "ACCEPTED", true, at("2025-02-10T00:00:00Z"));
        record(customer, contact, account, c, o6, "D5", "ACCEPTED", true, at("2025-02-01T12:00:00Z"));
        record(customer, contact, account, a, o1, "D4", "ACCEPTED", true, at("2025-04-02T00:00:00Z"));

        long c1 = change(a, anna, "NORMAL", at("2025-01-01T00:00:00Z"), at("2025-01-01T10:00:00Z"), "APPROVE",
                "100.00", "EUR", 3);
        transition(c1, at("2025-01-03T10:00:00Z"));
        change(b, anna, "NORMAL", at("2025-01-02T00:00:00Z"), at("2025-01-02T20:00:00Z"), "REJECT", null, null, null);
        long c3 = change(a, anna, "EMERGENCY", at("2025-02-01T00:00:00Z"), at("2025-02-01T01:00:00Z"), "APPROVE",
                "50.50", "USD", 0);
        transition(c3, at("2025-02-01T05:00:00Z"));
        change(a, anna, "STANDARD", at("2025-02-10T00:00:00Z"), at("2025-02-12T00:00:00Z"), "DEFER", null, null, null);
        change(b, anna, "NORMAL", at("2025-02-28T00:00:00Z"), at("2025-03-01T00:00:00Z"), "APPROVE", "200.00", "EUR", 2);
        long c6 = change(c, anna, "NORMAL", at("2025-01-05T00:00:00Z"), at("2025-01-06T00:00:00Z"), "APPROVE",
                "1.00", "EUR", 1);
        transition(c6, at("2025-01-07T00:00:00Z"));
        change(a, anna, "NORMAL", at("2025-03-05T00:00:00Z"), null, null, null, null, null);

        long template = jdbc.queryForObject("select id from process_template where code = 'STANDARD' and revision = 1",
                Long.class);
        long lifeA = lifecycle(a, template, 2, "ACTIVE");
        long lifeB = lifecycle(b, template, 1, "INTERRUPTED");
        long lifeC = lifecycle(c, template, 1, "ACTIVE");
        gate(a, lifeA, template, 0, "GO", at("2025-01-11T00:00:00Z"), anna);
        gate(a, lifeA, template, 1, "HOLD", at("2025-01-20T00:00:00Z"), anna);
        gate(a, lifeA, template, 1, "GO", at("2025-02-10T00:00:00Z"), anna);
        gate(b, lifeB, template, 0, "GO", at("2025-01-21T00:00:00Z"), anna);
        gate(b, lifeB, template, 1, "RECYCLE", at("2025-02-15T00:00:00Z"), anna);
        gate(c, lifeC, template, 0, "GO", at("2025-01-15T00:00:00Z"), anna);

        interruption(lifeA, 0, at("2024-12-01T00:00:00Z"), at("2024-12-02T00:00:00Z"));
        interruption(lifeA, 1, at("2024-12-31T12:00:00Z"), at("2025-01-01T12:00:00Z"));
        interruption(lifeA, 2, at("2025-01-05T00:00:00Z"), at("2025-01-05T12:00:00Z"));
        interruption(lifeB, 0, at("2025-03-31T18:00:00Z"), null);
        interruption(lifeC, 0, at("2025-01-10T00:00:00Z"), at("2025-01-11T00:00:00Z"));
        return new World(program, otherProgram, a, b, c, anna, ben, codeA, codeB);
    }

    private long project(String code, long program, long manager) {
        return insert("project", Map.of("code", code, "name", "Project " + code, "program", program, "manager", manager,
                "status", "ACTIVE"));
    }

    private long order(long customer, long project, long department, long seller, OffsetDateTime bookedAt,
                       String total, String currency) {
        long opportunity = insert("opportunity", Map.of("customer", customer, "title", "Deal", "stage", "WON",
                "amount", new BigDecimal(total), "currency", currency, "probability", 100, "owner", seller,
                "owner_department", department, "created_at", bookedAt.minusDays(30), "created_by", "test"));
        long quote = insert("quote", map("opportunity", opportunity, "project", project, "customer", customer,
                "owner_department", department, "currency", currency, "state", "ORDERED",
                "valid_until", LocalDate.of(2026, 1, 1), "created_by", "test", "created_at", bookedAt.minusDays(10),
                "accepted_by_name", "Carla", "accepted_at", bookedAt, "accepted_terms_hash", "h"));
        return insert("sales_order", map("quote", quote, "opportunity", opportunity, "customer", customer,
                "project", project, "owner_department", department, "credited_to", seller, "booked_by", "test",
                "booked_at", bookedAt, "booked_on", bookedAt.toLocalDate(), "total", new BigDecimal(total),
                "currency", currency, "accepted_terms_hash", "h"));
    }

    private void record(long customer, long contact, CurrentUser account, long project, long order, String deliverable,
                        String outcome, boolean firstTime, OffsetDateTime decidedAt) {
        long task = insert("acceptance_task", map("project", project, "customer", customer, "sales_order", order,
                "deliverable_key", deliverable, "title", "Accept " + deliverable, "assignee", contact,
                "assignee_name", "Carla", "state", outcome, "created_by", "test", "created_at", decidedAt.minusDays(1)));
        insert("acceptance_record", map("acceptance_task", task, "outcome", outcome, "project", project,
                "customer", customer, "sales_order", order, "deliverable_key", deliverable, "baseline", 1L,
                "baseline_label", "B1", "item_revision", 1L, "revision_label", "r1", "item_title", deliverable,
                "decided_by_contact", contact, "decided_by_account", account.accountId(), "decided_by_name", "Carla",
                "decided_at", decidedAt, "first_time", firstTime, "content", "content", "content_hash", "0".repeat(64)));
    }

    private long change(long project, long requester, String changeClass, OffsetDateTime submittedAt,
                        OffsetDateTime decidedAt, String decision, String cost, String currency, Integer days) {
        String state = decision == null ? "SUBMITTED" : switch (decision) {
            case "APPROVE" -> "APPROVED";
            case "REJECT" -> "REJECTED";
            default -> "DEFERRED";
        };
        return insert("change_request", map("project", project, "title", "Change", "origin", "INTERNAL",
                "source_kind", "NONE", "requester", requester, "requester_name", "Anna", "priority", "MEDIUM",
                "change_class", changeClass, "requested_class", changeClass, "state", state,
                "raised_at", submittedAt.minusHours(1), "submitted_at", submittedAt, "decision", decision,
                "decided_at", decidedAt, "impact_cost_delta", cost == null ? null : new BigDecimal(cost),
                "impact_currency", currency, "impact_schedule_delta_days", days));
    }

    private void transition(long change, OffsetDateTime implementedAt) {
        jdbc.update("insert into change_request_transition (change_request, position, action, from_state, to_state,"
                + " actor_name, occurred_at) values (?, 0, 'IMPLEMENT', 'APPROVED', 'IMPLEMENTED', 'test', ?)", change,
                implementedAt);
    }

    private long lifecycle(long project, long template, int stage, String state) {
        return insert("project_lifecycle", Map.of("project", project, "process_template", template,
                "current_stage", stage, "state", state, "started_at", at("2025-01-01T00:00:00Z")));
    }

    private void gate(long project, long lifecycle, long template, int stage, String decision, OffsetDateTime at,
                      long chair) {
        long review = insert("gate_review", Map.of("project", project, "project_lifecycle", lifecycle,
                "stage_index", stage, "scheduled_on", at.toLocalDate(), "chair", chair, "state", "DECIDED",
                "scheduled_at", at.minusDays(1)));
        insert("gate_decision", Map.of("gate_review", review, "project", project, "process_template", template,
                "stage_index", stage, "decision", decision, "rationale", "because", "gate_passed", decision.equals("GO"),
                "decided_by", "test", "decided_at", at));
    }

    private void interruption(long lifecycle, int index, OffsetDateTime start, OffsetDateTime end) {
        jdbc.update("insert into lifecycle_interruption (project_lifecycle, interruption_index, source, reference,"
                + " reason, started_at, ended_at) values (?, ?, 'CHANGE_REQUEST', 'CR-1', 'emergency', ?, ?)",
                lifecycle, index, start, end);
    }

    private long insert(String table, Map<String, Object> values) {
        Map<String, Object> jdbcValues = new LinkedHashMap<>();
        values.forEach((column, value) -> jdbcValues.put(column, value instanceof OffsetDateTime time
                ? Timestamp.from(time.toInstant()) : value instanceof LocalDate date ? Date.valueOf(date) : value));
        return new SimpleJdbcInsert(jdbc).withTableName(table).usingColumns(values.keySet().toArray(String[]::new))
                .usingGeneratedKeyColumns("id").executeAndReturnKey(jdbcValues).longValue();
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
