package org.integrationgateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.draft;

import java.time.Instant;
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
import org.integrationgateway.shared.AuditedChange;
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
            "org.integrationgateway.portfolio.events"};

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
