package org.integrationgateway.changecontrol;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.integrationgateway.changecontrol.events.ChangeRequestAssessed;
import org.integrationgateway.changecontrol.events.ChangeRequestDecided;
import org.integrationgateway.changecontrol.events.ChangeRequestEdited;
import org.integrationgateway.changecontrol.events.ChangeRequestRaised;
import org.integrationgateway.changecontrol.events.ChangeRequestScheduled;
import org.integrationgateway.changecontrol.events.ChangeRequestSnapshot;
import org.integrationgateway.changecontrol.events.ChangeRequestTransitioned;
import org.integrationgateway.changecontrol.events.ChangeRequestVoted;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.Inputs;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A change request on a project, the only way marketing, sales and customers reach into its design. Every
 * transition is a method here that checks the state and the actor's {@link ChangeRole roles} against the
 * {@link ChangeAction} table, records a {@link TransitionRecord} and registers an event. Decisions come from the
 * delegated envelope ({@link #completeAssessment}), the board's votes under its rule ({@link #vote}), or a named
 * approver or gate review ({@link #decide}); a decided round cannot be decided twice, and the aggregate's version
 * makes racing decisions fail instead of producing two outcomes.
 */
@Table("change_request")
public class ChangeRequest extends AbstractAggregateRoot<ChangeRequest> {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_COMMENT = 2_000;
    public static final int MAX_ITEMS = 50;
    public static final int MAX_LINKS = 20;
    public static final int MAX_URL = 2_000;

    /** States in which a request counts as approved, so an order may schedule it. */
    static final Set<ChangeState> SCHEDULABLE = java.util.EnumSet.of(ChangeState.APPROVED, ChangeState.IMPLEMENTED,
            ChangeState.VERIFIED, ChangeState.CLOSED);

    @Id
    private Long id;
    private final long project;
    private String title;
    private String description;
    private Origin origin;
    @Embedded.Empty(prefix = "source_")
    private SourceReference source;
    private final long requester;
    private final String requesterName;
    private Priority priority;
    private ChangeClass changeClass;
    private ChangeClass requestedClass;
    private Integer targetStage;
    private String targetGateName;
    private ChangeState state;
    private BigDecimal revenueAtStake;
    private String revenueCurrency;
    @Embedded.Nullable(prefix = "impact_")
    private ImpactAssessment impact;
    private final Instant raisedAt;
    private Instant submittedAt;
    private VoteChoice decision;
    private DecisionForum decisionForum;
    private String decisionReference;
    private Integer envelopeRevision;
    private String decidedBy;
    private Instant decidedAt;
    private int decisionRound;
    private Instant interruptedAt;
    private Instant interruptionEndedAt;
    @Embedded.Nullable(prefix = "scheduled_")
    private OrderSchedule scheduled;
    @MappedCollection(idColumn = "change_request", keyColumn = "position")
    private List<SpecItemRef> affectedItems;
    @MappedCollection(idColumn = "change_request", keyColumn = "position")
    private List<AttachmentLink> links;
    @MappedCollection(idColumn = "change_request", keyColumn = "position")
    private List<TransitionRecord> transitions;
    @MappedCollection(idColumn = "change_request")
    private Set<Vote> votes;
    @Version
    private Long version;

    @PersistenceCreator
    ChangeRequest(Long id, long project, String title, String description, Origin origin, SourceReference source,
                  long requester, String requesterName, Priority priority, ChangeClass changeClass,
                  ChangeClass requestedClass, Integer targetStage, String targetGateName, ChangeState state,
                  BigDecimal revenueAtStake, String revenueCurrency, ImpactAssessment impact, Instant raisedAt,
                  Instant submittedAt, VoteChoice decision, DecisionForum decisionForum, String decisionReference,
                  Integer envelopeRevision, String decidedBy, Instant decidedAt, int decisionRound,
                  Instant interruptedAt, Instant interruptionEndedAt, OrderSchedule scheduled,
                  List<SpecItemRef> affectedItems,
                  List<AttachmentLink> links, List<TransitionRecord> transitions, Set<Vote> votes, Long version) {
        this.id = id;
        this.project = project;
        this.title = title;
        this.description = description;
        this.origin = origin;
        this.source = source == null ? SourceReference.NONE : source;
        this.requester = requester;
        this.requesterName = requesterName;
        this.priority = priority;
        this.changeClass = changeClass;
        this.requestedClass = requestedClass;
        this.targetStage = targetStage;
        this.targetGateName = targetGateName;
        this.state = state;
        this.revenueAtStake = revenueAtStake;
        this.revenueCurrency = revenueCurrency;
        this.impact = impact;
        this.raisedAt = raisedAt;
        this.submittedAt = submittedAt;
        this.decision = decision;
        this.decisionForum = decisionForum;
        this.decisionReference = decisionReference;
        this.envelopeRevision = envelopeRevision;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.decisionRound = decisionRound;
        this.interruptedAt = interruptedAt;
        this.interruptionEndedAt = interruptionEndedAt;
        this.scheduled = scheduled;
        this.affectedItems = new ArrayList<>(affectedItems);
        this.links = new ArrayList<>(links);
        this.transitions = new ArrayList<>(transitions);
        this.votes = new HashSet<>(votes);
        this.version = version;
    }

    /**
     * A new change request by {@code actor} (who must be a project member), as a DRAFT; {@link #submit} it next,
     * or raise it submitted at once. Registers {@link ChangeRequestRaised}, published with the id on the first save.
     *
     * @throws InvalidRequestException for missing or malformed input
     * @throws RuleViolationException for a target gate already passed
     * @throws NotPermittedException if the actor is not matrixed to the project
     */
    static ChangeRequest raise(long project, ChangeRequestDraft draft, ProjectGates gates, ChangeActor actor, Instant now) {
        if (!actor.is(ChangeRole.PROJECT_MEMBER) || actor.personId() == null) {
            throw new NotPermittedException("not-a-project-member",
                    "Only people assigned to the project can raise a change request on it.");
        }
        ChangeRequest request = new ChangeRequest(null, project, null, null, null, null, actor.personId(), actor.name(),
                null, null, null, null, null, ChangeState.DRAFT, null, null, null, now, null, null, null, null, null,
                null, null, 0, null, null, null, List.of(), List.of(), List.of(), Set.of(), null);
        request.apply(draft, gates);
        request.requestedClass = request.changeClass;
        request.transitions.add(new TransitionRecord("RAISE", null, ChangeState.DRAFT, actor.personId(), actor.name(), now, null));
        request.registerWithSnapshot(snapshot -> new ChangeRequestRaised(snapshot, request.requesterName));
        return request;
    }

    /** The requester changes a draft. */
    void edit(ChangeRequestDraft draft, ProjectGates gates, ChangeActor actor, Instant now) {
        require(ChangeAction.EDIT, actor);
        ChangeRequestSnapshot before = snapshot();
        apply(draft, gates);
        requestedClass = changeClass;
        registerEvent(new ChangeRequestEdited(before, snapshot()));
    }

    /** DRAFT → SUBMITTED. The response-target clock starts; an emergency change interrupts the stage (by the caller). */
    void submit(ChangeActor actor, String comment, Instant now) {
        require(ChangeAction.SUBMIT, actor);
        text("comment", comment, MAX_COMMENT, false);
        submittedAt = now;
        move(ChangeAction.SUBMIT, ChangeState.SUBMITTED, actor, comment, now);
    }

    /** SUBMITTED → UNDER_ASSESSMENT. */
    void startAssessment(ChangeActor actor, String comment, Instant now) {
        require(ChangeAction.START_ASSESSMENT, actor);
        move(ChangeAction.START_ASSESSMENT, ChangeState.UNDER_ASSESSMENT, actor, comment, now);
    }

    /**
     * Records (or revises) the impact assessment; a SUBMITTED request moves to UNDER_ASSESSMENT.
     *
     * @throws InvalidRequestException for a missing or malformed figure
     */
    void assess(ImpactInput input, ChangeActor actor, Instant now) {
        require(ChangeAction.ASSESS, actor);
        if (input.costDelta() == null) {
            throw new InvalidRequestException("costDelta", "Give the cost delta (0 if there is none).");
        }
        BigDecimal cost = Money.amount("costDelta", input.costDelta(), true);
        String currency = Money.currency("currency", input.currency());
        if (input.scheduleDeltaDays() == null) {
            throw new InvalidRequestException("scheduleDeltaDays", "Give the schedule delta in days (0 if there is none).");
        }
        if (Math.abs(input.scheduleDeltaDays()) > 3650) {
            throw new InvalidRequestException("scheduleDeltaDays", "The schedule delta is at most 3650 days either way.");
        }
        if (input.risk() == null) {
            throw new InvalidRequestException("risk", "Rate the risk: low, medium or high.");
        }
        String note = text("riskNote", input.riskNote(), MAX_COMMENT, false);
        if (input.risk() != Risk.LOW && note == null) {
            throw new InvalidRequestException("riskNote", "Say what makes the risk " + input.risk().name().toLowerCase() + ".");
        }
        List<SpecItemRef> items = items(input.affectedItems());
        if (input.revenueAtStake() != null) {
            setRevenue(input.revenueAtStake(), input.revenueCurrency());
        }
        if (state == ChangeState.SUBMITTED) {
            move(ChangeAction.START_ASSESSMENT, ChangeState.UNDER_ASSESSMENT, actor, null, now);
        }
        affectedItems = new ArrayList<>(items);
        impact = new ImpactAssessment(cost, currency, input.scheduleDeltaDays(), input.risk(), note, actor.personId(),
                actor.name(), now);
        transitions.add(new TransitionRecord(ChangeAction.ASSESS.name(), state, state, actor.personId(), actor.name(), now, note));
        registerEvent(new ChangeRequestAssessed(snapshot(), cost, currency, input.scheduleDeltaDays(), input.risk().name(),
                note, affectedItems.stream().map(SpecItemRef::itemKey).toList(), actor.name(), now));
    }

    /**
     * UNDER_ASSESSMENT → AWAITING_DECISION. A STANDARD change the {@link EnvelopePolicy} admits is then approved by
     * the envelope at once (recording the envelope's revision); one it does not admit becomes NORMAL.
     *
     * @return the envelope's verdict for a standard change, or null for other classes
     * @throws RuleViolationException if the impact has not been assessed
     */
    EnvelopePolicy.Verdict completeAssessment(ChangeActor actor, String comment, DelegatedEnvelope envelope, Instant now) {
        require(ChangeAction.COMPLETE_ASSESSMENT, actor);
        if (impact == null) {
            throw new RuleViolationException("not-assessed", "costDelta",
                    "Record the impact (cost, schedule, risk) before sending the change for decision.");
        }
        text("comment", comment, MAX_COMMENT, false);
        if (changeClass != ChangeClass.STANDARD) {
            move(ChangeAction.COMPLETE_ASSESSMENT, ChangeState.AWAITING_DECISION, actor, comment, now);
            return null;
        }
        EnvelopePolicy.Verdict verdict = EnvelopePolicy.judge(envelope, impact, affectedItems);
        if (!verdict.inside()) {
            changeClass = ChangeClass.NORMAL;
        }
        move(ChangeAction.COMPLETE_ASSESSMENT, ChangeState.AWAITING_DECISION, actor, comment, now);
        if (verdict.inside()) {
            ChangeActor policy = new ChangeActor(null, "Delegated envelope r" + envelope.getRevision(), Set.of());
            applyDecision(VoteChoice.APPROVE, null, null, DecisionForum.ENVELOPE, null, envelope.getRevision(), policy,
                    "Inside the delegated envelope (revision " + envelope.getRevision() + ").", now);
        } else {
            transitions.add(new TransitionRecord("RECLASSIFY", state, state, null, "Delegated envelope", now,
                    "Outside the delegated envelope, so a normal change for the board: " + String.join(" ", verdict.reasons())));
        }
        return verdict;
    }

    /**
     * Records a board member's vote in the current round (replacing their earlier vote in it), then lets the board's
     * rule decide. A DEFER vote names the gate to defer to.
     *
     * @return true if this vote decided the change request
     */
    boolean vote(ChangeActor actor, VoteChoice choice, Integer deferToStage, String comment, ChangeBoard board,
                 ProjectGates gates, Instant now) {
        require(ChangeAction.VOTE, actor);
        if (choice == null) {
            throw new InvalidRequestException("choice", "Vote approve, reject or defer.");
        }
        Integer deferTo = choice == VoteChoice.DEFER ? deferralGate(deferToStage, gates) : null;
        String note = text("comment", comment, MAX_COMMENT, false);
        votes.removeIf(v -> v.round() == decisionRound && v.person() == actor.personId());
        votes.add(new Vote(decisionRound, actor.personId(), actor.name(), choice, deferTo, note, now));
        registerEvent(new ChangeRequestVoted(id, project, decisionRound, actor.personId(), actor.name(), choice.name(),
                deferTo, note, now));
        Optional<BoardOutcome> outcome = board.outcome(currentVotes());
        if (outcome.isEmpty()) {
            return false;
        }
        BoardOutcome decided = outcome.get();
        String summary = tally(board);
        applyDecision(decided.choice(), decided.deferToStage(), gates.gateName(orMinus(decided.deferToStage())),
                decided.forum(), null, null, actor, summary, now);
        return true;
    }

    /**
     * A decision taken outright: by the board's named approver, or with the gate at a gate review ({@code forum}
     * GATE_REVIEW with the review id as {@code reference}), or in a meeting.
     */
    void decide(ChangeActor actor, VoteChoice outcome, Integer deferToStage, DecisionForum forum, String reference,
                String comment, ProjectGates gates, Instant now) {
        require(ChangeAction.DECIDE, actor);
        if (outcome == null) {
            throw new InvalidRequestException("outcome", "Decide approve, reject or defer.");
        }
        if (forum == null || forum == DecisionForum.ENVELOPE || forum == DecisionForum.BOARD) {
            throw new InvalidRequestException("forum", "A decision is taken by the approver, at a gate review or in a meeting.");
        }
        if (forum == DecisionForum.APPROVER && !actor.is(ChangeRole.APPROVER)) {
            throw new NotPermittedException("not-the-approver", "Only the board's named approver decides this change.");
        }
        if (forum == DecisionForum.GATE_REVIEW && !actor.is(ChangeRole.GATE_DECIDER)) {
            throw new NotPermittedException("not-a-gate-decider", "Only whoever decides the gate review decides changes with it.");
        }
        if (forum == DecisionForum.MEETING && !actor.is(ChangeRole.MEETING_DECIDER)) {
            throw new NotPermittedException("not-a-meeting-decider", "This meeting cannot decide the change under the board's rule.");
        }
        Integer deferTo = outcome == VoteChoice.DEFER ? deferralGate(deferToStage, gates) : null;
        applyDecision(outcome, deferTo, gates.gateName(orMinus(deferTo)), forum, reference, null, actor,
                text("comment", comment, MAX_COMMENT, false), now);
    }

    /** APPROVED → IMPLEMENTED (a new spec revision exists). */
    void implement(ChangeActor actor, String comment, Instant now) {
        require(ChangeAction.IMPLEMENT, actor);
        move(ChangeAction.IMPLEMENT, ChangeState.IMPLEMENTED, actor, comment, now);
    }

    /** IMPLEMENTED → VERIFIED. */
    void verify(ChangeActor actor, String comment, Instant now) {
        require(ChangeAction.VERIFY, actor);
        move(ChangeAction.VERIFY, ChangeState.VERIFIED, actor, comment, now);
    }

    /** VERIFIED or REJECTED → CLOSED. */
    void close(ChangeActor actor, String comment, Instant now) {
        require(ChangeAction.CLOSE, actor);
        move(ChangeAction.CLOSE, ChangeState.CLOSED, actor, comment, now);
    }

    /** Any state before a decision → WITHDRAWN, by the requester. */
    void withdraw(ChangeActor actor, String comment, Instant now) {
        require(ChangeAction.WITHDRAW, actor);
        move(ChangeAction.WITHDRAW, ChangeState.WITHDRAWN, actor, comment, now);
    }

    /**
     * Schedules this approved request into its project for {@code order} (kind ORDER): at its target gate while that
     * gate is still ahead of the project ({@code gates}), otherwise at the project's next gate, and without a stage
     * when the project has no gate ahead ({@link ProjectGates#NOT_STARTED} for a lifecycle not started or ended). A
     * request already IMPLEMENTED, VERIFIED or CLOSED is carried out, so only the order link is recorded. Records a
     * SCHEDULE entry (the state is unchanged) and registers {@link ChangeRequestScheduled}.
     *
     * @return false, changing nothing, if the request is already scheduled for this order
     * @throws InvalidRequestException if {@code order} is not an order reference
     * @throws RuleViolationException  if the request is not approved ({@code not-approved}), or is scheduled for
     *                                 another order already ({@code scheduled-for-another-order})
     */
    boolean schedule(SourceReference order, ProjectGates gates, ChangeActor actor, Instant now) {
        if (order == null || order.kind() != SourceKind.ORDER) {
            throw new InvalidRequestException("order", "Name the order that schedules the change request.");
        }
        String reference = text("order.reference", order.reference(), 100, true);
        String label = text("order.label", order.label(), 200, false);
        if (!SCHEDULABLE.contains(state) || decision != VoteChoice.APPROVE) {
            throw new RuleViolationException("not-approved", null, key() + " is " + describe(state)
                    + "; only an approved change request is scheduled into the project for an order.");
        }
        if (scheduled != null) {
            if (scheduled.orderReference().equals(reference)) {
                return false;
            }
            throw new RuleViolationException("scheduled-for-another-order", null, key() + " is scheduled for "
                    + scheduled.orderLabel() + " already.");
        }
        Integer stage = null;
        if (state == ChangeState.APPROVED && gates.started()) {
            stage = targetStage != null && targetStage >= gates.currentStage() ? targetStage : gates.currentStage();
        }
        String gate = stage == null ? null : gates.gateName(stage);
        String orderLabel = label == null ? reference : label;
        scheduled = new OrderSchedule(stage, gate, reference, orderLabel, now);
        String note = stage != null ? "Scheduled for gate \"" + gate + "\" by " + orderLabel + "."
                : state == ChangeState.APPROVED ? "Scheduled by " + orderLabel + "; the project has no gate ahead yet."
                : "Carried out already; linked to " + orderLabel + ".";
        transitions.add(new TransitionRecord("SCHEDULE", state, state, actor.personId(), actor.name(), now, note));
        registerEvent(new ChangeRequestScheduled(snapshot(), reference, orderLabel, stage, gate, actor.name(), now));
        return true;
    }

    /** Marks the start of the stage interruption this emergency change caused. */
    void interrupted(Instant now) {
        if (interruptedAt == null) {
            interruptedAt = now;
        }
    }

    /** Marks the end of the interruption (the board decided, or the change was withdrawn). */
    void interruptionEnded(Instant now) {
        if (interruptedAt != null && interruptionEndedAt == null) {
            interruptionEndedAt = now;
        }
    }

    /**
     * How long this emergency change has held its project interrupted: until the interruption ended, or until
     * {@code now} while it lasts; null if it never interrupted the project.
     */
    public java.time.Duration interruptionDuration(Instant now) {
        if (interruptedAt == null) {
            return null;
        }
        return java.time.Duration.between(interruptedAt, interruptionEndedAt == null ? now : interruptionEndedAt);
    }

    /** Whether this request still holds its project interrupted. */
    public boolean holdsInterruption() {
        return interruptedAt != null && interruptionEndedAt == null;
    }

    /** True if {@code actor} may take {@code action} now (state, class and role), for showing actions. */
    public boolean permits(ChangeAction action, ChangeActor actor) {
        return action.from(changeClass).contains(state) && actor.isAny(action.permitted())
                && (action != ChangeAction.DECIDE || actor.is(ChangeRole.APPROVER) || actor.is(ChangeRole.GATE_DECIDER)
                || actor.is(ChangeRole.MEETING_DECIDER));
    }

    /** The votes of the round being decided (or last decided). */
    public List<Vote> currentVotes() {
        return votes.stream().filter(v -> v.round() == decisionRound).sorted(Comparator.comparing(Vote::castAt)).toList();
    }

    /** All votes, oldest first. */
    public List<Vote> allVotes() {
        return votes.stream().sorted(Comparator.comparing(Vote::castAt).thenComparing(Vote::round)).toList();
    }

    /** The note of the latest decision or withdrawal (the decider's reason), or null. */
    public String decisionComment() {
        for (int i = transitions.size() - 1; i >= 0; i--) {
            TransitionRecord record = transitions.get(i);
            if (record.action().startsWith("DECIDE_") || record.action().equals(ChangeAction.WITHDRAW.name())) {
                return record.comment();
            }
        }
        return null;
    }

    /** When the board's decision is due under its response target for this class; null before submission. */
    public Instant dueAt(ChangeBoard board) {
        return submittedAt == null ? null : board.target(changeClass).dueFrom(submittedAt);
    }

    /** Waiting for the board past its response target at {@code now}. */
    public boolean overdue(ChangeBoard board, Instant now) {
        Instant due = dueAt(board);
        return due != null && awaitsDecision() && now.isAfter(due);
    }

    /** Submitted and not yet decided, so the response-target clock runs. */
    public boolean awaitsDecision() {
        return state == ChangeState.SUBMITTED || state == ChangeState.UNDER_ASSESSMENT
                || state == ChangeState.AWAITING_DECISION;
    }

    /**
     * Registers an event built from the request as it is now. A request not yet stored has no id: its event is
     * completed with the id when the save publishes it ({@link #domainEvents()}), so that a request raised and
     * submitted at once is inserted by a single save.
     */
    private void registerWithSnapshot(Function<ChangeRequestSnapshot, Object> event) {
        ChangeRequestSnapshot current = snapshot();
        registerEvent(id != null ? event.apply(current) : new AwaitingId(current, event));
    }

    /** An event of a request not yet stored; see {@link #registerWithSnapshot}. */
    private record AwaitingId(ChangeRequestSnapshot snapshot, Function<ChangeRequestSnapshot, Object> event) {

        Object complete(long id) {
            ChangeRequestSnapshot s = snapshot;
            return event.apply(new ChangeRequestSnapshot(id, s.projectId(), s.title(), s.origin(), s.sourceKind(),
                    s.sourceReference(), s.sourceLabel(), s.changeClass(), s.priority(), s.state(), s.targetStage(),
                    s.targetGateName(), s.requesterId(), s.revenueAtStake(), s.revenueCurrency()));
        }
    }

    /** The events to publish on save, those registered before the request had an id completed with it. */
    @Override
    @DomainEvents
    protected Collection<Object> domainEvents() {
        Collection<Object> registered = super.domainEvents();
        if (id == null || registered.stream().noneMatch(AwaitingId.class::isInstance)) {
            return registered;
        }
        return registered.stream().map(e -> e instanceof AwaitingId awaiting ? awaiting.complete(id) : e).toList();
    }

    public ChangeRequestSnapshot snapshot() {
        return new ChangeRequestSnapshot(id == null ? 0 : id, project, title, origin.name(), source.kind().name(),
                source.reference(), source.label(), changeClass.name(), priority.name(), state.name(), targetStage, targetGateName,
                requester, revenueAtStake, revenueCurrency);
    }

    /** The display key, e.g. {@code CR-42}. */
    public String key() {
        return "CR-" + id;
    }

    private void require(ChangeAction action, ChangeActor actor) {
        if (!action.from(changeClass).contains(state)) {
            throw new ConflictException("illegal-transition", "You cannot " + action.phrase() + " a change request that is "
                    + describe(state) + allowedHint(action) + ".");
        }
        if (!actor.isAny(action.permitted())) {
            throw new NotPermittedException("not-permitted", "Only " + roles(action) + " can " + action.phrase()
                    + " this change request.");
        }
    }

    private String allowedHint(ChangeAction action) {
        List<String> states = action.from(changeClass).stream().map(ChangeRequest::describe).toList();
        return "; that is possible only while it is " + String.join(" or ", states);
    }

    private static String roles(ChangeAction action) {
        List<String> names = action.permitted().stream().map(role -> switch (role) {
            case REQUESTER -> "the requester";
            case PROJECT_MEMBER -> "members of the project";
            case PROJECT_MANAGER -> "the project manager";
            case ASSESSOR -> "the project manager or an engineer on the project";
            case BOARD_MEMBER -> "members of the change control board";
            case APPROVER -> "the board's named approver";
            case GATE_DECIDER -> "the decider of the gate review";
            case MEETING_DECIDER -> "the board meeting in session";
            case VERIFIER -> "the project manager or quality and engineering staff on the project";
        }).toList();
        return String.join(" or ", names);
    }

    static String describe(ChangeState state) {
        return state.name().toLowerCase().replace('_', ' ');
    }

    private void move(ChangeAction action, ChangeState to, ChangeActor actor, String comment, Instant now) {
        ChangeState from = state;
        String note = text("comment", comment, MAX_COMMENT, false);
        state = to;
        transitions.add(new TransitionRecord(action.name(), from, to, actor.personId(), actor.name(), now, note));
        registerWithSnapshot(snapshot -> new ChangeRequestTransitioned(snapshot, action.name(), from.name(), to.name(),
                actor.name(), note, now));
    }

    private void applyDecision(VoteChoice outcome, Integer deferTo, String deferGate, DecisionForum forum,
                               String reference, Integer envelope, ChangeActor actor, String comment, Instant now) {
        ChangeState from = state;
        state = outcome.outcomeState();
        decision = outcome;
        decisionForum = forum;
        decisionReference = reference;
        envelopeRevision = envelope;
        decidedBy = actor.name();
        decidedAt = now;
        if (outcome == VoteChoice.DEFER) {
            targetStage = deferTo;
            targetGateName = deferGate;
        }
        transitions.add(new TransitionRecord("DECIDE_" + outcome.name(), from, state, actor.personId(), actor.name(), now,
                comment));
        registerEvent(new ChangeRequestDecided(snapshot(), from.name(), outcome.name(), forum.name(), reference, envelope,
                deferTo, deferGate, actor.name(), comment, now));
        if (outcome == VoteChoice.DEFER) {
            decisionRound++;
        }
    }

    private String tally(ChangeBoard board) {
        Map<VoteChoice, Integer> counts = new LinkedHashMap<>();
        currentVotes().stream().filter(v -> board.isMember(v.person())).forEach(v -> counts.merge(v.choice(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((choice, n) -> parts.add(n + " " + choice.name().toLowerCase()));
        return "Board vote: " + String.join(", ", parts) + " of " + board.memberIds().size() + " members.";
    }

    private Integer deferralGate(Integer deferToStage, ProjectGates gates) {
        if (deferToStage == null) {
            throw new InvalidRequestException("deferToStage", "Name the later gate to defer the change to.");
        }
        gates.requireTarget("deferToStage", deferToStage);
        int floor = targetStage == null ? gates.currentStage() : targetStage + 1;
        if (deferToStage < floor) {
            throw new RuleViolationException("defer-not-later", "deferToStage", "A change is deferred to a gate later than "
                    + (targetStage == null ? "the current one" : "\"" + targetGateName + "\"") + ".");
        }
        return deferToStage;
    }

    private static int orMinus(Integer value) {
        return value == null ? -1 : value;
    }

    private void apply(ChangeRequestDraft draft, ProjectGates gates) {
        String newTitle = text("title", draft.title(), MAX_TITLE, true);
        String newDescription = text("description", draft.description(), MAX_DESCRIPTION, false);
        if (draft.origin() == null) {
            throw new InvalidRequestException("origin", "Say where the change comes from: marketing, sales, customer, "
                    + "market research or internal.");
        }
        SourceReference newSource = source(draft.source());
        Integer stage = draft.targetStage();
        String gate = null;
        if (stage != null) {
            gates.requireTarget("targetStage", stage);
            gate = gates.gateName(stage);
        } else if (gates.started()) {
            stage = gates.currentStage();
            gate = gates.gateName(stage);
        }
        List<SpecItemRef> items = items(draft.affectedItems());
        List<AttachmentLink> newLinks = links(draft.links());
        if (draft.revenueAtStake() != null) {
            setRevenue(draft.revenueAtStake(), draft.revenueCurrency());
        } else {
            revenueAtStake = null;
            revenueCurrency = null;
        }
        title = newTitle;
        description = newDescription;
        origin = draft.origin();
        source = newSource;
        priority = draft.priority() == null ? Priority.MEDIUM : draft.priority();
        changeClass = draft.changeClass() == null ? ChangeClass.NORMAL : draft.changeClass();
        targetStage = stage;
        targetGateName = gate;
        affectedItems = new ArrayList<>(items);
        links = new ArrayList<>(newLinks);
    }

    private void setRevenue(BigDecimal amount, String currency) {
        BigDecimal checked = Money.amount("revenueAtStake", amount, false);
        revenueCurrency = Money.currency("revenueCurrency", currency);
        revenueAtStake = checked;
    }

    private static SourceReference source(SourceReference given) {
        if (given == null || given.kind() == SourceKind.NONE) {
            return SourceReference.NONE;
        }
        String reference = text("source.reference", given.reference(), 100, true);
        String label = text("source.label", given.label(), 200, false);
        return new SourceReference(given.kind(), reference, label);
    }

    private static List<SpecItemRef> items(List<SpecItemRef> given) {
        List<SpecItemRef> items = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (SpecItemRef item : given == null ? List.<SpecItemRef>of() : given) {
            if (item == null || item.itemKey() == null || item.itemKey().isBlank()) {
                continue;
            }
            String key = item.itemKey().trim().toUpperCase(java.util.Locale.ROOT);
            if (!key.matches("[A-Z][A-Z0-9_-]{0,39}")) {
                throw new InvalidRequestException("affectedItems", "\"" + item.itemKey().trim()
                        + "\" is not a spec item key such as SPEC-14.");
            }
            String category = item.category() == null || item.category().isBlank() ? null
                    : item.category().trim().toLowerCase(java.util.Locale.ROOT);
            if (category != null && !category.matches("[a-z][a-z0-9 _-]{0,39}")) {
                throw new InvalidRequestException("affectedItems", "The category of " + key
                        + " is a word of up to 40 letters, digits, spaces or dashes.");
            }
            if (keys.add(key)) {
                items.add(new SpecItemRef(key, category));
            }
        }
        if (items.size() > MAX_ITEMS) {
            throw new InvalidRequestException("affectedItems", "A change request names at most " + MAX_ITEMS + " spec items.");
        }
        return items;
    }

    private static List<AttachmentLink> links(List<AttachmentLink> given) {
        List<AttachmentLink> links = new ArrayList<>();
        for (AttachmentLink link : given == null ? List.<AttachmentLink>of() : given) {
            if (link == null || link.url() == null || link.url().isBlank()) {
                continue;
            }
            String url = link.url().trim();
            if (url.length() > MAX_URL || !url.matches("(?i)^https?://\\S+$")) {
                throw new InvalidRequestException("links", "\"" + (url.length() > 60 ? url.substring(0, 60) + "…" : url)
                        + "\" is not an http or https address.");
            }
            String label = text("links", link.label(), 200, false);
            links.add(new AttachmentLink(label == null ? url : label, url));
        }
        if (links.size() > MAX_LINKS) {
            throw new InvalidRequestException("links", "A change request has at most " + MAX_LINKS + " links.");
        }
        return links;
    }

    /** Trimmed text or null when blank; InvalidRequest when required and blank, or longer than {@code max}. */
    static String text(String field, String value, int max, boolean required) {
        return Inputs.text(field, value, max, required);
    }

    public Long getId() {
        return id;
    }

    public long getProject() {
        return project;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Origin getOrigin() {
        return origin;
    }

    public SourceReference getSource() {
        return source;
    }

    public long getRequester() {
        return requester;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public Priority getPriority() {
        return priority;
    }

    public ChangeClass getChangeClass() {
        return changeClass;
    }

    public ChangeClass getRequestedClass() {
        return requestedClass;
    }

    public Integer getTargetStage() {
        return targetStage;
    }

    public String getTargetGateName() {
        return targetGateName;
    }

    public ChangeState getState() {
        return state;
    }

    public BigDecimal getRevenueAtStake() {
        return revenueAtStake;
    }

    public String getRevenueCurrency() {
        return revenueCurrency;
    }

    public ImpactAssessment getImpact() {
        return impact;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public VoteChoice getDecision() {
        return decision;
    }

    public DecisionForum getDecisionForum() {
        return decisionForum;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public Integer getEnvelopeRevision() {
        return envelopeRevision;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public int getDecisionRound() {
        return decisionRound;
    }

    public Instant getInterruptedAt() {
        return interruptedAt;
    }

    public Instant getInterruptionEndedAt() {
        return interruptionEndedAt;
    }

    /** Where an order scheduled this request, or null. */
    public OrderSchedule getScheduled() {
        return scheduled;
    }

    public List<SpecItemRef> getAffectedItems() {
        return List.copyOf(affectedItems);
    }

    public List<AttachmentLink> getLinks() {
        return List.copyOf(links);
    }

    public List<TransitionRecord> getTransitions() {
        return List.copyOf(transitions);
    }

    public Long getVersion() {
        return version;
    }
}
