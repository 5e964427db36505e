package org.integrationgateway.changecontrol;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Builds change requests in any state for unit tests, through the aggregate's persistence constructor, as a subclass
 * that exposes the events it registered. Defaults: project 10, requester 100, normal class, medium priority, target
 * gate 1 of {@link #GATES}, assessed (EUR 1,200, 3 days, low risk, SPEC-22 mechanical), decision round 0, version 3.
 */
final class ChangeRequestBuilder {

    static final Instant NOW = Instant.parse("2025-03-13T09:00:00Z");
    static final long PROJECT = 10;
    static final long REQUESTER = 100;
    /** A project in stage 1 of six. */
    static final ProjectGates GATES = new ProjectGates(1, List.of("Gate 1: Idea screen", "Gate 2: Second screen",
            "Gate 3: Go to development", "Gate 4: Go to testing", "Gate 5: Go to launch", "Gate 6: Review"));

    private ChangeState state = ChangeState.DRAFT;
    private ChangeClass changeClass = ChangeClass.NORMAL;
    private Integer targetStage = 1;
    private int round;
    private VoteChoice decision;
    private ImpactAssessment impact = new ImpactAssessment(new BigDecimal("1200"), "EUR", 3, Risk.LOW, null, 200L,
            "Lena Vogt", NOW.minusSeconds(3600));
    private List<SpecItemRef> items = List.of(new SpecItemRef("SPEC-22", "mechanical"));
    private final List<Vote> votes = new ArrayList<>();

    static ChangeRequestBuilder request() {
        return new ChangeRequestBuilder();
    }

    ChangeRequestBuilder in(ChangeState state) {
        this.state = state;
        return this;
    }

    ChangeRequestBuilder ofClass(ChangeClass changeClass) {
        this.changeClass = changeClass;
        return this;
    }

    ChangeRequestBuilder targetStage(Integer targetStage) {
        this.targetStage = targetStage;
        return this;
    }

    ChangeRequestBuilder round(int round) {
        this.round = round;
        return this;
    }

    /** The decision recorded (none by default, whatever the state). */
    ChangeRequestBuilder decided(VoteChoice decision) {
        this.decision = decision;
        return this;
    }

    ChangeRequestBuilder notAssessed() {
        this.impact = null;
        return this;
    }

    ChangeRequestBuilder impact(String cost, String currency, int days, SpecItemRef... affected) {
        this.impact = new ImpactAssessment(new BigDecimal(cost), currency, days, Risk.LOW, null, 200L, "Lena Vogt",
                NOW.minusSeconds(3600));
        this.items = List.of(affected);
        return this;
    }

    ChangeRequestBuilder vote(long person, VoteChoice choice, Integer deferTo) {
        votes.add(new Vote(round, person, "Person " + person, choice, deferTo, null, NOW.minusSeconds(60 - votes.size())));
        return this;
    }

    Recorded build() {
        boolean submitted = state != ChangeState.DRAFT;
        String gate = targetStage == null ? null : GATES.gateName(targetStage);
        return new Recorded(1L, PROJECT, "Conveyor height 1,050 mm", "Bellamy needs it", Origin.SALES,
                SourceReference.NONE, REQUESTER, "Marco Ricci", Priority.MEDIUM, changeClass, changeClass, targetStage,
                gate, state, null, null, impact, NOW.minusSeconds(7200), submitted ? NOW.minusSeconds(7000) : null,
                decision, round, items, List.copyOf(votes));
    }

    /** An actor with exactly {@code roles} (person 100, the requester id, unless roles exclude REQUESTER). */
    static ChangeActor actor(Set<ChangeRole> roles) {
        return new ChangeActor(REQUESTER, "Actor", roles);
    }

    static ChangeActor everyone() {
        return actor(EnumSet.allOf(ChangeRole.class));
    }

    /** Everyone except the roles permitted to take {@code action}. */
    static ChangeActor allBut(Set<ChangeRole> roles) {
        EnumSet<ChangeRole> rest = EnumSet.allOf(ChangeRole.class);
        rest.removeAll(roles);
        return actor(rest);
    }

    /** A change request that shows the events it registered. */
    static final class Recorded extends ChangeRequest {

        Recorded(Long id, long project, String title, String description, Origin origin, SourceReference source,
                 long requester, String requesterName, Priority priority, ChangeClass changeClass,
                 ChangeClass requestedClass, Integer targetStage, String targetGateName, ChangeState state,
                 BigDecimal revenueAtStake, String revenueCurrency, ImpactAssessment impact, Instant raisedAt,
                 Instant submittedAt, VoteChoice decision, int round, List<SpecItemRef> items, List<Vote> votes) {
            super(id, project, title, description, origin, source, requester, requesterName, priority, changeClass,
                    requestedClass, targetStage, targetGateName, state, revenueAtStake, revenueCurrency, impact, raisedAt,
                    submittedAt, decision, null, null, null, null, null, round, null, null, null, items, List.of(),
                    List.of(new TransitionRecord("RAISE", null, ChangeState.DRAFT, REQUESTER, "Marco Ricci",
                            raisedAt, null)), Set.copyOf(votes), 3L);
        }

        List<Object> events() {
            return List.copyOf(domainEvents());
        }

        <T> List<T> events(Class<T> type) {
            return events().stream().filter(type::isInstance).map(type::cast).toList();
        }
    }
}
