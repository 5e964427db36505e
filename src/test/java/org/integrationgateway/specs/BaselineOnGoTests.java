package org.integrationgateway.specs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.stagegate.Decision;
import org.integrationgateway.stagegate.DecisionInput;
import org.integrationgateway.stagegate.GateReview;
import org.integrationgateway.stagegate.Gatekeeping;
import org.integrationgateway.stagegate.StagegateFixtures;
import org.integrationgateway.stagegate.events.GateDecided;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The freeze on GO as a module event test: a real gate decision through stage-gate's {@link Gatekeeping} publishes
 * {@link GateDecided}; specs consumes it asynchronously after the commit through the durable event publication
 * registry. A GO freezes the then-current revisions, a HOLD freezes nothing, and the same GO delivered again
 * freezes once.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestUsers.class)
@RecordApplicationEvents
class BaselineOnGoTests {

    @Autowired StagegateFixtures fixtures;
    @Autowired Gatekeeping gatekeeping;
    @Autowired Specifications specifications;
    @Autowired Baselining baselining;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aGoFreezesTheThenCurrentRevisionsOnceEvenWhenDeliveredTwice(ApplicationEvents events) {
        var project = fixtures.startedProject();
        SpecItem conveyor = specifications.create(project.id(), SpecsFlowContract.content("Conveyor height", "1,000 mm"),
                "First draft");
        specifications.revise(conveyor.getId(), null, SpecsFlowContract.content("Conveyor height", "1,050 mm"), "Customer");
        specifications.create(project.id(), SpecsFlowContract.content("Seal material", "EPDM"), "First draft");

        GateReview review = decide(project.id(), project.chair(), Decision.GO);
        await().untilAsserted(() -> assertThat(baselining.baselines(project.id())).hasSize(1));
        Baseline frozen = baselining.baselines(project.id()).get(0);
        assertThat(frozen.getSource()).isEqualTo(BaselineSource.GATE);
        assertThat(frozen.getGateReview()).isEqualTo(review.getId());
        assertThat(frozen.getFrozenBy()).isEqualTo("chair@example.test");
        assertThat(frozen.getName()).startsWith("GO at ");
        assertThat(baselining.contents(frozen.getId())).extracting(ItemRevision::label)
                .containsExactly("SPEC-1 r2", "SPEC-2 r1");
        assertThatThrownBy(() -> specifications.revise(conveyor.getId(), null,
                SpecsFlowContract.content("Conveyor height", "1,100 mm"), "After the gate"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("baselined"));

        GateDecided go = events.stream(GateDecided.class).filter(e -> e.reviewId() == review.getId()).findFirst()
                .orElseThrow();
        transactions.executeWithoutResult(status -> publisher.publishEvent(go));
        await().untilAsserted(() -> assertThat(completedDeliveries(review.getId())).isEqualTo(2));
        assertThat(baselining.baselines(project.id())).singleElement()
                .satisfies(b -> assertThat(b.getId()).isEqualTo(frozen.getId()));
        assertThat(jdbc.queryForObject("select count(*) from baseline where gate_review = ?", Integer.class,
                review.getId())).isEqualTo(1);
    }

    @Test
    void aHoldFreezesNothing() {
        var project = fixtures.startedProject();
        specifications.create(project.id(), SpecsFlowContract.content("Conveyor height", "1,000 mm"), "First draft");
        GateReview review = decide(project.id(), project.chair(), Decision.HOLD);
        await().untilAsserted(() -> assertThat(completedDeliveries(review.getId())).isEqualTo(1));
        assertThat(baselining.baselines(project.id())).isEmpty();
        assertThat(specifications.itemByKey(project.id(), "SPEC-1").isBaselined()).isFalse();
    }

    private GateReview decide(long projectId, long chair, Decision decision) {
        GateReview review = gatekeeping.schedule(projectId, LocalDate.now(), chair, null);
        gatekeeping.decide(review.getId(), new DecisionInput(decision, "Decided in a test",
                decision == Decision.GO ? "Scored on paper" : null, List.of(), null,
                gatekeeping.review(review.getId()).getVersion()), "chair@example.test");
        return review;
    }

    /** Deliveries of GateDecided for the review to specs' listener that completed. */
    private int completedDeliveries(long reviewId) {
        return (int) jdbc.queryForList("select serialized_event from event_publication where listener_id like ?"
                        + " and completion_date is not null", String.class, "%BaselineOnGo%").stream()
                .filter(json -> json.contains("\"reviewId\":" + reviewId + ",")).count();
    }
}
