package org.integrationgateway.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeFilter;
import org.integrationgateway.changecontrol.ChangeLogEntry;
import org.integrationgateway.changecontrol.ChangeQueries;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeRequestDraft;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.Priority;
import org.integrationgateway.changecontrol.SourceReference;
import org.integrationgateway.changecontrol.SourceKind;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.stagegate.Board;
import org.integrationgateway.stagegate.Lifecycles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The dataset generator at a tiny scale: the configured row counts, the same rows for the same seed (checksums of
 * a few tables, against a second empty database), and the application's own services and pages read what it wrote.
 * The counts run first: the last test writes through the application. The class has an application context (and
 * database) of its own, never shared with other test classes, and closes it when done.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "gateway.dataset.test-context=own")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DatasetGeneratorContract {

    static final LocalDate ANCHOR = LocalDate.of(2026, 6, 30);
    static final DatasetSettings SETTINGS = new DatasetSettings(false, 0.01, 42L, ANCHOR, 500);

    @Autowired DatasetGenerator generator;
    @Autowired DataSource dataSource;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired ChangeQueries changeQueries;
    @Autowired ChangeControl changeControl;
    @Autowired Lifecycles lifecycles;
    @Autowired MockMvc mvc;

    DatasetGenerator.Summary summary;

    /** Another empty database of the same kind. */
    abstract DataSource otherDatabase();

    /** The Flyway vendor folder of the database. */
    abstract String vendor();

    @BeforeAll
    void generate() {
        summary = generator.generate(SETTINGS);
    }

    @Test
    @Order(1)
    void writesTheConfiguredNumbersOfRows() {
        Map<String, Long> expected = Map.of("person", 12L, "customer", 3L, "program", 2L, "project", 10L,
                "change_request", 1_000L, "spec_item", 200L, "research_finding", 200L, "opportunity", 40L,
                "discussion_comment", 500L, "audit_entry", 1_000L);
        expected.forEach((table, rows) -> {
            assertThat(summary.rows()).containsEntry(table, rows);
            assertThat(count(table)).as(table).isEqualTo(rows);
        });
        assertThat(count("stream_event")).isEqualTo(1_000L);
        summary.rows().forEach((table, rows) -> assertThat(count(table)).as(table).isEqualTo(rows));
        assertThat(jdbc.queryForList("select distinct state from change_request", String.class))
                .containsExactlyInAnyOrder("DRAFT", "SUBMITTED", "UNDER_ASSESSMENT", "AWAITING_DECISION", "APPROVED",
                        "REJECTED", "DEFERRED", "IMPLEMENTED", "VERIFIED", "CLOSED", "WITHDRAWN");
        assertThat(jdbc.queryForList("select distinct change_class from change_request", String.class))
                .containsExactlyInAnyOrder("STANDARD", "NORMAL", "EMERGENCY");
        assertThat(count("change_request_vote")).isPositive();
        assertThat(count("sales_order")).isPositive();
        assertThat(count("acceptance_record")).isPositive();
    }

    @Test
    @Order(2)
    void sameSeedGivesTheSameRows() {
        DataSource second = otherDatabase();
        Flyway.configure().dataSource(second).locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .load().migrate();
        new DatasetGenerator(second, passwordEncoder).generate(SETTINGS);
        JdbcTemplate secondJdbc = new JdbcTemplate(second);
        for (String query : CHECKSUMS) {
            assertThat(checksum(secondJdbc, query)).as(query).isEqualTo(checksum(jdbc, query));
        }
    }

    @Test
    @Order(3)
    void refusesADatabaseThatHoldsAnOrganisation() {
        assertThatThrownBy(() -> generator.generate(SETTINGS)).hasMessageContaining("already holds an organisation");
    }

    @Test
    @Order(4)
    void theApplicationReadsTheGeneratedOrganisation() throws Exception {
        CurrentUser manager = signInAs(DatasetGenerator.MANAGER, Role.STAFF);
        try {
            long project = jdbc.queryForObject("select id from project where code = 'P0001'", Long.class);
            Page<ChangeLogEntry> page = changeQueries.changeLog(project, ChangeFilter.none(), PageRequest.of(0, 25));
            assertThat(page.getContent()).hasSize(25);
            assertThat(page.getTotalElements()).isEqualTo(DatasetGenerator.REQUESTS_PER_PROJECT);
            Board board = lifecycles.board(null);
            assertThat(board.columns().stream().mapToInt(c -> c.cards().size()).sum()).isEqualTo(10);
            for (ChangeLogEntry entry : page.getContent()) {
                ChangeRequest request = changeControl.changeRequest(entry.id());
                assertThat(request.getTransitions()).isNotEmpty();
            }
            ChangeRequest raised = changeControl.raise(project, new ChangeRequestDraft("Raised after generation",
                    "New.", Origin.INTERNAL, new SourceReference(SourceKind.NONE, null, null), Priority.MEDIUM,
                    ChangeClass.NORMAL, null, List.of(), List.of(), null, null), true);
            assertThat(raised.getId()).isGreaterThan(jdbc.queryForObject(
                    "select max(id) from change_request where title <> 'Raised after generation'", Long.class));
            long request = page.getContent().get(0).id();
            RequestPostProcessor as = TestUsers.as(manager);
            for (String path : List.of("/projects/" + project, "/projects/" + project + "/changes?state=APPROVED&sort=priority,desc",
                    "/changes/" + request, "/portfolio/board", "/api/projects/" + project + "/change-requests?size=25",
                    "/api/change-requests/" + request)) {
                mvc.perform(get(path).with(as)).andExpect(status().isOk());
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private CurrentUser signInAs(String email, Role role) {
        Map<String, Object> account = jdbc.queryForMap("select id, display_name from user_account where email = ?", email);
        CurrentUser user = new CurrentUser(((Number) account.get("id")).longValue(), email,
                (String) account.get("display_name"), Set.of(role), null);
        SecurityContextHolder.getContext().setAuthentication(TestUsers.authenticationOf(user));
        return user;
    }

    private static final List<String> CHECKSUMS = List.of(
            "select id, project, title, state, change_class, decision, decided_by, raised_at, decided_at,"
                    + " impact_cost_delta from change_request order by id",
            "select change_request, position, action, to_state, actor_name, occurred_at from change_request_transition"
                    + " order by change_request, position",
            "select id, code, manager, status from project order by id",
            "select id, title, state, outcome from research_finding order by id",
            "select id, quote, total, booked_at, accepted_terms_hash from sales_order order by id",
            "select id, content_hash from acceptance_record order by id");

    private static String checksum(JdbcTemplate jdbc, String query) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            jdbc.query(query, rs -> {
                int columns = rs.getMetaData().getColumnCount();
                for (int c = 1; c <= columns; c++) {
                    digest.update(String.valueOf(rs.getObject(c)).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '|');
                }
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
