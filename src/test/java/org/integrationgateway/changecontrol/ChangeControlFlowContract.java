package org.integrationgateway.changecontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.draft;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.impact;

import org.integrationgateway.stagegate.LifecycleState;
import org.integrationgateway.stagegate.Lifecycles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Change control against a real database: persistence of the aggregates, events, audit, envelope and board. */
abstract class ChangeControlFlowContract {

    @Autowired ChangeControlFixtures fixtures;
    @Autowired ChangeControl changeControl;
    @Autowired ChangeQueries queries;
    @Autowired Lifecycles lifecycles;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aStandardChangeInsideTheEnvelopeIsApprovedByPolicy() {
        var team = fixtures.team(true);
        DelegatedEnvelope envelope = fixtures.envelope(team);
        ChangeRequest raised = as(team.seller(), () -> changeControl.raise(team.id(),
                draft("Conveyor height 1,050 mm", Origin.SALES, ChangeClass.STANDARD, null), true));
        assertThat(raised.getState()).isEqualTo(ChangeState.SUBMITTED);
        as(team.engineer(), () -> changeControl.assess(raised.getId(), null, impact("1200", 3, "mechanical")));
        ChangeRequest decided = as(team.engineer(), () -> changeControl.completeAssessment(raised.getId(), null, "Fits"));

        ChangeRequest reloaded = changeControl.changeRequest(decided.getId());
        assertThat(reloaded.getState()).isEqualTo(ChangeState.APPROVED);
        assertThat(reloaded.getDecisionForum()).isEqualTo(DecisionForum.ENVELOPE);
        assertThat(reloaded.getEnvelopeRevision()).isEqualTo(envelope.getRevision());
        assertThat(reloaded.getImpact().costDelta()).isEqualByComparingTo("1200");
        assertThat(reloaded.getAffectedItems()).containsExactly(new SpecItemRef("SPEC-22", "mechanical"));
        assertThat(reloaded.getTransitions()).extracting(TransitionRecord::action)
                .containsExactly("RAISE", "SUBMIT", "START_ASSESSMENT", "ASSESS", "COMPLETE_ASSESSMENT", "DECIDE_APPROVE");
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'change-request' and entity_id = ?"
                + " order by id", String.class, String.valueOf(raised.getId())))
                .containsExactly("raised", "submit", "start-assessment", "assessed", "complete-assessment", "decided");
        assertThat(queries.counts(team.id()).byState()).containsEntry(ChangeState.APPROVED, 1L);
    }

    @Test
    void anEmergencyInterruptsTheProjectUntilTheBoardDecides() {
        var team = fixtures.team(true);
        ChangeRequest raised = as(team.ines(), () -> changeControl.raise(team.id(),
                draft("Guard interlock can be bypassed", Origin.INTERNAL, ChangeClass.EMERGENCY, null), true));
        assertThat(lifecycles.lifecycle(team.id()).getState()).isEqualTo(LifecycleState.INTERRUPTED);
        assertThat(queries.counts(team.id()).openEmergencies()).isEqualTo(1);

        as(team.ines(), () -> changeControl.vote(raised.getId(), VoteChoice.APPROVE, null, "Fix now"));
        assertThat(lifecycles.lifecycle(team.id()).getState()).isEqualTo(LifecycleState.INTERRUPTED);
        ChangeRequest decided = as(team.tom(), () -> changeControl.vote(raised.getId(), VoteChoice.APPROVE, null, null));

        assertThat(decided.getState()).isEqualTo(ChangeState.APPROVED);
        assertThat(decided.getDecisionForum()).isEqualTo(DecisionForum.BOARD);
        assertThat(lifecycles.lifecycle(team.id()).getState()).isEqualTo(LifecycleState.ACTIVE);
        ChangeRequest reloaded = changeControl.changeRequest(raised.getId());
        assertThat(reloaded.getInterruptedAt()).isNotNull();
        assertThat(reloaded.getInterruptionEndedAt()).isNotNull();
        assertThat(reloaded.allVotes()).hasSize(2);
    }
}
