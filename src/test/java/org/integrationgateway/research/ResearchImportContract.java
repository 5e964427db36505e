package org.integrationgateway.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.research.events.FindingSurfaced;
import org.integrationgateway.research.events.ImportProgressed;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The CSV import against a real database: a good file is imported as the person who uploaded it, in the background;
 * a file with bad rows, or one whose import fails while saving, leaves nothing behind; a large file reports its
 * progress as it is checked; the limits; and who may import. Runs on H2 and on PostgreSQL.
 */
abstract class ResearchImportContract {

    static final Duration WAIT = Duration.ofMinutes(3);
    static final String HEADER = "title,summary,source,segment,evidence,links,sample_size,confidence,observed_on\n";

    @Autowired ResearchImports imports;
    @Autowired ChangeControlFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired Listeners listeners;

    Team team;

    @BeforeEach
    void setUp() {
        team = fixtures.team(false);
        listeners.progress.clear();
    }

    static String row(String title) {
        return title + ",\"From the field, verbatim\",interview,Food,\"9 of 12 need IP69K\","
                + "https://research.example/" + UUID.randomUUID() + ",12,high," + LocalDate.now().minusDays(3) + "\n";
    }

    ImportBatch upload(Member member, String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return as(member, () -> imports.start(name, bytes.length, new ByteArrayResource(bytes)));
    }

    ImportBatch finished(Member member, long id) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> as(member, () -> imports.batch(id)), b -> b.getState().finished());
    }

    int findingsOf(long batch) {
        return jdbc.queryForObject("select count(*) from research_finding where import_batch = ?", Integer.class, batch);
    }

    @Test
    void importsAGoodFileInTheBackgroundAsThePersonWhoUploadedIt() {
        String marker = "Good " + UUID.randomUUID();
        ImportBatch queued = upload(team.marketer(), "C:\\exports\\findings.csv",
                HEADER + row(marker + " 1") + row(marker + " 2") + row(marker + " 3"));
        assertThat(queued.getState()).isIn(ImportState.QUEUED);
        assertThat(queued.getFileName()).isEqualTo("findings.csv");

        ImportBatch done = finished(team.marketer(), queued.getId());
        assertThat(done.getState()).isEqualTo(ImportState.SUCCEEDED);
        assertThat(done.getRowsTotal()).isEqualTo(3);
        assertThat(done.getRowsChecked()).isEqualTo(3);
        assertThat(done.getImported()).isEqualTo(3);
        assertThat(done.getErrors()).isEmpty();
        assertThat(done.getFinishedAt()).isNotNull();
        assertThat(jdbc.queryForList("select title || '|' || segment || '|' || state || '|' || surfaced_by_name"
                + " from research_finding where import_batch = ? order by id", String.class, done.getId()))
                .containsExactly(marker + " 1|food|NEW|Priya Natarajan", marker + " 2|food|NEW|Priya Natarajan",
                        marker + " 3|food|NEW|Priya Natarajan");
        assertThat(jdbc.queryForObject("select count(distinct surfaced_by) from research_finding where import_batch = ?"
                + " and surfaced_by = ?", Integer.class, done.getId(), team.marketer().person())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from finding_link l join research_finding f"
                + " on f.id = l.research_finding where f.import_batch = ?", Integer.class, done.getId())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'finding-import'"
                + " and entity_id = ? and action = 'succeeded' and actor = ?", Integer.class,
                String.valueOf(done.getId()), team.marketer().user().email())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry a join research_finding f"
                + " on a.entity_id = cast(f.id as varchar(20)) where a.entity_type = 'finding' and a.action = 'surfaced'"
                + " and f.import_batch = ?", Integer.class, done.getId())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from stream_event where type = 'finding-import.succeeded'"
                + " and payload like ?", Integer.class, "%\"id\":" + done.getId() + ",%")).isEqualTo(1);
    }

    @Test
    void reportsEveryBadRowWithItsLineAndImportsNothing() {
        String marker = "Mixed " + UUID.randomUUID();
        ImportBatch queued = upload(team.marketer(), "findings.csv", HEADER + row(marker + " good")
                + ",,survey,food,,,,high,2025-01-01\n"
                + row(marker + " also good")
                + marker + ",,rumour,food,,,,certain,2025-01-01\n");
        ImportBatch done = finished(team.marketer(), queued.getId());
        assertThat(done.getState()).isEqualTo(ImportState.FAILED);
        assertThat(done.getFailure()).isEqualTo("2 of 4 rows have problems; nothing was imported. Correct them and"
                + " upload the file again.");
        assertThat(done.getErrorCount()).isEqualTo(2);
        assertThat(done.getRowsChecked()).isEqualTo(4);
        assertThat(done.getErrors()).extracting(ImportError::line).containsExactly(3, 5);
        assertThat(done.getErrors().get(0).reason()).isEqualTo("title: Fill in the title.");
        assertThat(done.getErrors().get(1).reason()).contains("source: \"rumour\"").contains("confidence: \"certain\"");
        assertThat(findingsOf(done.getId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from research_finding where title like ?", Integer.class,
                marker + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'finding-import'"
                + " and entity_id = ? and action = 'failed'", Integer.class, String.valueOf(done.getId()))).isEqualTo(1);
    }

    @Test
    void aFailureWhileSavingRollsBackEveryFindingOfTheBatch() {
        String marker = "Rollback " + UUID.randomUUID();
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= 50; i++) {
            file.append(row(marker + (i == 40 ? " " + Listeners.EXPLODE : " " + i)));
        }
        ImportBatch done = finished(team.marketer(), upload(team.marketer(), "findings.csv", file.toString()).getId());
        assertThat(done.getState()).isEqualTo(ImportState.FAILED);
        assertThat(done.getFailure()).isEqualTo("The findings could not be saved; nothing was imported.");
        assertThat(done.getRowsChecked()).isEqualTo(50);
        assertThat(done.getImported()).isZero();
        assertThat(findingsOf(done.getId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from research_finding where title like ?", Integer.class,
                marker + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'finding'"
                + " and after_state like ?", Integer.class, "%" + marker + "%")).isZero();
    }

    /** Rows of the huge file: large enough for many progress reports (every 500 rows), small enough for CI. */
    static final int HUGE = 6_000;

    @Test
    void importsAHugeFileReportingProgressAsItGoes() {
        String marker = "Huge " + UUID.randomUUID();
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= HUGE; i++) {
            file.append(marker).append(' ').append(i).append(",,usage data,Pharma,,,").append(i)
                    .append(",medium,").append(LocalDate.now().minusDays(1)).append('\n');
        }
        long id = upload(team.marketer(), "usage.csv", file.toString()).getId();
        ImportBatch done = finished(team.marketer(), id);
        assertThat(done.getState()).as(String.valueOf(done.getFailure())).isEqualTo(ImportState.SUCCEEDED);
        assertThat(done.getImported()).isEqualTo(HUGE);
        assertThat(findingsOf(id)).isEqualTo(HUGE);

        List<ImportProgressed> progress = listeners.progress.stream().filter(p -> p.importId() == id).toList();
        assertThat(progress).isNotEmpty().allSatisfy(p -> {
            assertThat(p.rowsTotal()).isEqualTo(HUGE);
            assertThat(p.startedBy()).isEqualTo(team.marketer().person());
        });
        List<Integer> checked = progress.stream().map(ImportProgressed::rowsChecked).toList();
        assertThat(checked).isSorted();
        assertThat(checked.get(0)).isZero();
        assertThat(checked.get(checked.size() - 1)).isEqualTo(HUGE);
        assertThat(checked).filteredOn(n -> n > 0 && n < HUGE).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void refusesFilesAboveTheLimitsWithClearReasons() {
        long max = imports.settings().maxFileSize().toBytes();
        assertThatThrownBy(() -> as(team.marketer(), () -> imports.start("big.csv", max + 1,
                new ByteArrayResource(new byte[1]))))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "file-too-large")
                .hasMessageContaining("at most 10 MB");
        assertThatThrownBy(() -> as(team.marketer(), () -> imports.start("liar.csv", 10,
                new ByteArrayResource(new byte[(int) max + 1]))))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "file-too-large");

        String line = "A,,survey,food,,,,low,2025-01-01\n";
        ImportBatch many = finished(team.marketer(), upload(team.marketer(), "many.csv",
                HEADER + line.repeat(imports.settings().maxRows() + 1)).getId());
        assertThat(many.getState()).isEqualTo(ImportState.FAILED);
        assertThat(many.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(imports.settings().maxRows() + 2);
            assertThat(e.reason()).isEqualTo("The file has more than 50,000 rows; split it into smaller files.");
        });
        ImportBatch header = finished(team.marketer(), upload(team.marketer(), "notes.csv", "title,notes\nA,b\n").getId());
        assertThat(header.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.reason()).contains("missing columns source, segment, confidence, observed_on")
                    .contains("unknown column notes");
        });
        ImportBatch sheet = finished(team.marketer(), upload(team.marketer(), "findings.xlsx", "PK").getId());
        assertThat(sheet.getFailure()).startsWith("This is a .xlsx file, not CSV");
        assertThat(findingsOf(many.getId()) + findingsOf(header.getId()) + findingsOf(sheet.getId())).isZero();
    }

    @Test
    void onlyMarketingAdministratorsAndPmoImportAndSeeImports() {
        ImportBatch batch = finished(team.marketer(), upload(team.marketer(), "f.csv", HEADER + row("Mine")).getId());
        for (Member staff : List.of(team.engineer(), team.manager(), team.seller())) {
            assertThatThrownBy(() -> upload(staff, "f.csv", HEADER + row("Theirs")))
                    .isInstanceOf(NotPermittedException.class).hasFieldOrPropertyWithValue("code", "not-in-marketing");
            assertThatThrownBy(() -> as(staff, () -> imports.batch(batch.getId())))
                    .isInstanceOf(NotPermittedException.class);
        }
        Member customer = new Member(0, users.create(42L, Role.CUSTOMER_CONTACT));
        assertThatThrownBy(() -> upload(customer, "f.csv", HEADER + row("Customer")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(customer, () -> imports.batch(batch.getId()))).isInstanceOf(NotFoundException.class);
        for (CurrentUser user : List.of(users.create(Role.ADMINISTRATOR), users.create(Role.PMO))) {
            Member member = new Member(0, user);
            ImportBatch theirs = finished(member, upload(member, "f.csv", HEADER + row("By " + user.email())).getId());
            assertThat(theirs.getState()).isEqualTo(ImportState.SUCCEEDED);
            assertThat(as(member, () -> imports.batch(batch.getId())).getImported()).isEqualTo(1);
        }
        assertThatThrownBy(() -> as(team.marketer(), () -> imports.batch(999_999_999L)))
                .isInstanceOf(NotFoundException.class);
    }

    /** Records import progress, and breaks the save of a finding titled with {@link #EXPLODE}. */
    @TestConfiguration
    static class Listeners {

        static final String EXPLODE = "explodes on save";

        final List<ImportProgressed> progress = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ImportProgressed event) {
            progress.add(event);
        }

        @EventListener
        void on(FindingSurfaced event) {
            if (event.finding().title().endsWith(EXPLODE)) {
                throw new IllegalStateException("Simulated failure while saving");
            }
        }
    }
}
