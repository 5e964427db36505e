package org.integrationgateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.draft;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.events.ChangeRequestDecided;
import org.integrationgateway.changecontrol.events.ChangeRequestSnapshot;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.portfolio.PortfolioFixtures;
import org.integrationgateway.research.events.FindingActioned;
import org.integrationgateway.research.events.FindingEdited;
import org.integrationgateway.research.events.FindingInterpreted;
import org.integrationgateway.research.events.FindingSnapshot;
import org.integrationgateway.research.events.FindingSurfaced;
import org.integrationgateway.research.events.ImportFinished;
import org.integrationgateway.research.events.ImportProgressed;
import org.integrationgateway.research.events.ImportSnapshot;
import org.integrationgateway.sales.events.OpportunitySnapshot;
import org.integrationgateway.sales.events.OpportunityStageChanged;
import org.integrationgateway.sales.events.OrderBooked;
import org.integrationgateway.sales.events.QuoteLineAnswered;
import org.integrationgateway.sales.events.QuoteLinesChanged;
import org.integrationgateway.sales.events.QuoteSnapshot;
import org.integrationgateway.sales.events.QuoteStateChanged;
import org.integrationgateway.shared.AuditedChange;
import org.integrationgateway.acceptance.events.AcceptanceSnapshot;
import org.integrationgateway.acceptance.events.AcceptanceStepRecorded;
import org.integrationgateway.acceptance.events.AcceptanceTaskAssigned;
import org.integrationgateway.acceptance.events.AcceptanceTaskCancelled;
import org.integrationgateway.acceptance.events.AcceptanceTaskSnapshot;
import org.integrationgateway.acceptance.events.DefectChangeRaised;
import org.integrationgateway.acceptance.events.DeliverableAccepted;
import org.integrationgateway.acceptance.events.DeliverableRejected;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every domain event of the business modules is on the stream or deliberately left off it (with the reason), and
 * a streamed event is appended in its business transaction: committed with it, rolled back with it.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({TestUsers.class, PortfolioFixtures.class, ChangeControlFixtures.class})
class StreamCatalogTests {

    private static final String[] EVENT_PACKAGES = {"org.integrationgateway.changecontrol.events",
            "org.integrationgateway.specs.events", "org.integrationgateway.stagegate.events",
            "org.integrationgateway.portfolio.events", "org.integrationgateway.sales.events",
            "org.integrationgateway.research.events", "org.integrationgateway.acceptance.events",
            "org.integrationgateway.meetings.events"};

    /** Events that stay off the stream, and why. */
    private static final Map<String, String> LEFT_OFF = Map.of(
            "org.integrationgateway.portfolio.events.ProgramCreated",
            "programs are portfolio administration; no page follows a program live",
            "org.integrationgateway.portfolio.events.ProgramChanged",
            "programs are portfolio administration; no page follows a program live",
            "org.integrationgateway.stagegate.events.ProcessTemplateCreated",
            "process templates are administration, not about a project",
            "org.integrationgateway.stagegate.events.ProcessTemplateRevised",
            "process templates are administration, not about a project");

    @Autowired StreamCatalog catalog;
    @Autowired ChangeControlFixtures fixtures;
    @Autowired ChangeControl changeControl;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired EventStream stream;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyDomainEventIsStreamedOrDeliberatelyLeftOff() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(AuditedChange.class));
        TreeSet<String> unaccounted = new TreeSet<>();
        int found = 0;
        for (String eventPackage : EVENT_PACKAGES) {
            for (var candidate : scanner.findCandidateComponents(eventPackage)) {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                found++;
                boolean streamed = catalog.streams(type);
                boolean leftOff = LEFT_OFF.containsKey(type.getName());
                assertThat(streamed && leftOff).as(type.getName() + " is streamed but listed as left off").isFalse();
                if (!streamed && !leftOff) {
                    unaccounted.add(type.getName());
                }
            }
        }
        assertThat(found).isGreaterThan(20);
        assertThat(unaccounted).as("events neither in the StreamCatalog nor in LEFT_OFF (with a reason)").isEmpty();
        for (String leftOff : LEFT_OFF.keySet()) {
            assertThat(catalog.streams(Class.forName(leftOff))).as(leftOff).isFalse();
        }
    }

    @Test
    void salesEventsGoOnTheStreamAsNoticesOfIdsAndStateWithoutFigures() throws Exception {
        QuoteSnapshot quote = new QuoteSnapshot(7, "Q-0007", 3, 11, 5, 2, "READY", "EUR",
                new BigDecimal("294400.00"), LocalDate.of(2026, 3, 1), 3, 0);
        StreamAppend answered = catalog.describe(new QuoteLineAnswered(quote, 3, 12, "FEASIBLE",
                new BigDecimal("1900.00"), 3, null, Instant.now(), Instant.now())).orElseThrow();
        assertThat(answered.type()).isEqualTo("quote.line-answered");
        assertThat(answered.audience()).isEqualTo(StreamAudience.INTERNAL);
        assertThat(answered.projectId()).isEqualTo(11L);
        assertThat(answered.topics()).containsExactlyInAnyOrder("quote:7", "project:11", "pipeline");
        assertThat(answered.payload()).isEqualTo(new StreamCatalog.QuoteNotice(7, "Q-0007", 3, 11, "READY", 3, "FEASIBLE"));

        StreamAppend accepted = catalog.describe(new QuoteStateChanged(quote, "READY", "ACCEPTED", "Hannah Bellamy",
                null)).orElseThrow();
        assertThat(accepted.type()).isEqualTo("quote.accepted");
        assertThat(accepted.payload()).isEqualTo(new StreamCatalog.QuoteNotice(7, "Q-0007", 3, 11, "READY", null, null));
        assertThat(catalog.describe(new QuoteLinesChanged(quote, "line-reworded", 4, "CUSTOMISATION", 13L, "Carla"))
                .orElseThrow().type()).isEqualTo("quote.line-reworded");

        StreamAppend booked = catalog.describe(new OrderBooked(42, "ORD-0042", 7, "Q-0007", 3, 5, 11, 8, 2,
                new BigDecimal("310000.00"), "EUR", LocalDate.now(), Instant.now(), "Marco Ricci", LocalDate.now(),
                List.of(3), List.of(12L), 9L)).orElseThrow();
        assertThat(booked.type()).isEqualTo("order.booked");
        assertThat(booked.topics()).containsExactlyInAnyOrder("quote:7", "project:11", "orders");
        assertThat(booked.payload()).isEqualTo(new StreamCatalog.OrderNotice(42, "ORD-0042", 7, "Q-0007", 11));

        OpportunitySnapshot opportunity = new OpportunitySnapshot(3, 5, null, "K7 for Bellamy", "WON",
                new BigDecimal("310000"), "EUR", 100, new BigDecimal("310000"), LocalDate.now(), 8, 2, List.of(11L), null);
        StreamAppend won = catalog.describe(new OpportunityStageChanged(opportunity, opportunity, "NEGOTIATION", "WON",
                new BigDecimal("310000"), "EUR", "Marco Ricci")).orElseThrow();
        assertThat(won.type()).isEqualTo("opportunity.stage-changed");
        assertThat(won.topics()).containsExactly("pipeline");
        assertThat(won.projectId()).isNull();
        assertThat(won.payload()).isEqualTo(new StreamCatalog.OpportunityNotice(3, "WON", List.of(11L)));

        for (StreamAppend append : List.of(answered, accepted, booked, won)) {
            String json = EventStream.JSON.writeValueAsString(append.payload());
            assertThat(json).doesNotContain("1900").doesNotContain("310000").doesNotContain("294400")
                    .doesNotContain("Bellamy");
        }
    }

    @Test
    void acceptanceEventsGoToStaffOnTheProjectAndTheTaskAsNoticesWithoutTheRecordsContent() throws Exception {
        AcceptanceTaskSnapshot open = new AcceptanceTaskSnapshot(21, 11, 5, 42L, "SPEC-34", "Pilot line", 9,
                "Hannah Bellamy", "OPEN", LocalDate.now(), 2, 1, 1, 0);
        StreamAppend assigned = catalog.describe(new AcceptanceTaskAssigned(open, "Sofia Marin")).orElseThrow();
        assertThat(assigned.type()).isEqualTo("acceptance-task.assigned");
        assertThat(assigned.audience()).isEqualTo(StreamAudience.INTERNAL);
        assertThat(assigned.projectId()).isEqualTo(11L);
        assertThat(assigned.topics()).containsExactlyInAnyOrder("project:11", "acceptance-task:21");
        assertThat(assigned.payload()).isEqualTo(new StreamCatalog.AcceptanceNotice(21, null, 11, "OPEN", null, null,
                null, null));
        StreamAppend step = catalog.describe(new AcceptanceStepRecorded(open, open, 2, "PASS", "Hannah Bellamy"))
                .orElseThrow();
        assertThat(step.type()).isEqualTo("acceptance-task.step-recorded");
        assertThat(step.payload()).isEqualTo(new StreamCatalog.AcceptanceNotice(21, null, 11, "OPEN", null, 2, null,
                null));
        AcceptanceTaskSnapshot cancelledTask = new AcceptanceTaskSnapshot(21, 11, 5, 42L, "SPEC-34", "Pilot line", 9,
                "Hannah Bellamy", "CANCELLED", LocalDate.now(), 2, 1, 1, 0);
        assertThat(catalog.describe(new AcceptanceTaskCancelled(open, cancelledTask, "Wrong deliverable", "Sofia Marin"))
                .orElseThrow().type()).isEqualTo("acceptance-task.cancelled");

        AcceptanceSnapshot record = new AcceptanceSnapshot(33, 21, "REJECTED", 11, 5, 42L, "ORD-0042", "SPEC-34", 4,
                "B2 Quote baseline for Bellamy Foods", 6L, 77, "SPEC-34 r1", 9, "Hannah Bellamy", Instant.now(),
                "Conveyor too low for our trays", true, "ab".repeat(32), List.of("Conveyor at 1,020 mm"));
        StreamAppend rejected = catalog.describe(new DeliverableRejected(record)).orElseThrow();
        assertThat(rejected.type()).isEqualTo("acceptance.rejected");
        assertThat(rejected.audience()).isEqualTo(StreamAudience.INTERNAL);
        assertThat(rejected.topics()).containsExactlyInAnyOrder("project:11", "acceptance-task:21");
        assertThat(rejected.payload()).isEqualTo(new StreamCatalog.AcceptanceNotice(21, 33L, 11, "REJECTED", "REJECTED",
                null, null, null));
        assertThat(catalog.describe(new DeliverableAccepted(record)).orElseThrow().type()).isEqualTo("acceptance.accepted");
        StreamAppend raised = catalog.describe(new DefectChangeRaised(33, 21, 11, 5, "SPEC-34", 1,
                "Conveyor at 1,020 mm", 88, "Sofia Marin")).orElseThrow();
        assertThat(raised.type()).isEqualTo("acceptance.defect-change-raised");
        assertThat(raised.topics()).containsExactlyInAnyOrder("project:11", "acceptance-task:21", "change-request:88");
        assertThat(raised.payload()).isEqualTo(new StreamCatalog.AcceptanceNotice(21, 33L, 11, null, "REJECTED", null,
                1, 88L));

        for (StreamAppend append : List.of(assigned, step, rejected, raised)) {
            String json = EventStream.JSON.writeValueAsString(append.payload());
            assertThat(json).doesNotContain("Bellamy").doesNotContain("Conveyor").doesNotContain("ab".repeat(32))
                    .doesNotContain("Pilot line");
        }
    }

    @Test
    void researchEventsGoToTheBoardTheFindingAndEveryProjectItBearsOn() {
        FindingSnapshot fresh = new FindingSnapshot(12, "F-12", "Washdown", "INTERVIEW", "food", "HIGH", "NEW", null,
                3L, List.of(), List.of());
        StreamAppend surfaced = catalog.describe(new FindingSurfaced(fresh, "Priya Natarajan")).orElseThrow();
        assertThat(surfaced.type()).isEqualTo("finding.surfaced");
        assertThat(surfaced.audience()).isEqualTo(StreamAudience.INTERNAL);
        assertThat(surfaced.projectId()).isNull();
        assertThat(surfaced.topics()).containsExactlyInAnyOrder("research", "finding:12");

        FindingSnapshot before = new FindingSnapshot(12, "F-12", "Washdown", "INTERVIEW", "food", "HIGH", "INTERPRETED",
                null, 3L, List.of(9L), List.of("9:SPEC-14"));
        FindingSnapshot after = new FindingSnapshot(12, "F-12", "Washdown", "INTERVIEW", "food", "HIGH", "INTERPRETED",
                null, 3L, List.of(7L, 8L), List.of("7:SPEC-14"));
        StreamAppend interpreted = catalog.describe(new FindingInterpreted(before, after, "Priya Natarajan"))
                .orElseThrow();
        assertThat(interpreted.type()).isEqualTo("finding.interpreted");
        assertThat(interpreted.projectId()).isEqualTo(7L);
        assertThat(interpreted.topics()).containsExactlyInAnyOrder("research", "finding:12", "project:7", "project:8",
                "project:9");
        assertThat(catalog.describe(new FindingEdited(before, before, "Priya")).orElseThrow().topics())
                .containsExactlyInAnyOrder("research", "finding:12", "project:9");
        StreamAppend dismissed = catalog.describe(new FindingActioned(after, "DISMISSED", null, null, null, "Old news",
                "Priya Natarajan")).orElseThrow();
        assertThat(dismissed.type()).isEqualTo("finding.dismissed");
        assertThat(dismissed.topics()).containsExactlyInAnyOrder("research", "finding:12", "project:7", "project:8");

        StreamAppend imported = catalog.describe(new ImportFinished(new ImportSnapshot(5, "findings.csv", "SUCCEEDED",
                3, 3, 3, 0, null, 3L), "Priya Natarajan")).orElseThrow();
        assertThat(imported.type()).isEqualTo("finding-import.succeeded");
        assertThat(imported.audience()).isEqualTo(StreamAudience.INTERNAL);
        assertThat(imported.topics()).containsExactlyInAnyOrder("research", "research-import:5");
        assertThat(catalog.streams(ImportProgressed.class)).isFalse();
    }

    @Test
    void aRaisedChangeRequestIsOnTheStreamWhenCommittedAndNotWhenRolledBack() {
        Team team = fixtures.team(true);
        String kept = "Kept " + UUID.randomUUID();
        String dropped = "Dropped " + UUID.randomUUID();
        ChangeRequest raised = as(team.marketer(), () -> changeControl.raise(team.id(),
                draft(kept, Origin.MARKETING, ChangeClass.NORMAL, null), false));
        transactions.executeWithoutResult(status -> {
            as(team.marketer(), () -> changeControl.raise(team.id(),
                    draft(dropped, Origin.MARKETING, ChangeClass.NORMAL, null), false));
            assertThat(rowsMentioning(dropped)).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(rowsMentioning(dropped)).isZero();
        assertThat(rowsMentioning(kept)).isEqualTo(1);
        StreamEntry entry = org.awaitility.Awaitility.await().until(() -> stream.readAfter(0, 100_000).stream()
                .filter(e -> e.payload().contains(kept)).findFirst(), java.util.Optional::isPresent).get();
        assertThat(entry.type()).isEqualTo("change-request.raised");
        assertThat(entry.audience()).isEqualTo(StreamAudience.INTERNAL);
        assertThat(entry.projectId()).isEqualTo(team.id());
        assertThat(entry.topics()).containsExactlyInAnyOrder(Topics.project(team.id()),
                Topics.changeRequest(raised.getId()), Topics.DECISIONS);
    }

    @Test
    void aDecisionAppendedInATransactionThatRollsBackLeavesNoStreamRow() {
        String marker = "Rolled back " + UUID.randomUUID();
        ChangeRequestSnapshot request = new ChangeRequestSnapshot(999_999_001L, 999_999_002L, marker, "MARKETING",
                "NONE", null, null, "NORMAL", "MEDIUM", "APPROVED", null, null, null, null, null);
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ChangeRequestDecided(request, "SUBMITTED", "APPROVE", "BOARD", null, null, null,
                    null, "Sofia Marin", marker, Instant.now()));
            assertThat(jdbc.queryForObject("select count(*) from stream_event where type = 'change-request.decided'"
                    + " and payload like ?", Integer.class, "%" + marker + "%")).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(rowsMentioning(marker)).isZero();
    }

    private int rowsMentioning(String text) {
        return jdbc.queryForObject("select count(*) from stream_event where payload like ?", Integer.class,
                "%" + text + "%");
    }
}
