package org.integrationgateway.changecontrol;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.stagegate.GateReview;
import org.integrationgateway.stagegate.Gatekeeping;
import org.integrationgateway.stagegate.LifecycleState;
import org.integrationgateway.stagegate.Lifecycles;
import org.integrationgateway.stagegate.ProjectLifecycle;
import org.integrationgateway.stagegate.ReviewState;
import org.integrationgateway.stagegate.StagePosition;
import org.integrationgateway.stagegate.TemplateStage;
import org.integrationgateway.stagegate.spi.ProjectInterruptions;
import org.integrationgateway.changecontrol.spi.SpecImplementationCheck;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Change control's application service: loads the request, works out the signed-in person's {@link ChangeRole}s,
 * lets the aggregate apply its rule, saves, and carries out what a transition means for other modules (an
 * emergency change interrupts the project through {@link ProjectInterruptions} on submission and releases it on
 * its decision or withdrawal). Every write is one transaction; {@code expectedVersion}, when given, must match the
 * stored version or the write answers 409 and changes nothing.
 */
@Service
public class ChangeControl {

    static final String INTERRUPTION_SOURCE = "change-control";
    /**
     * Every round of racing votes commits at least one of them, and a board has at most {@link ChangeBoard#MAX_MEMBERS}
     * members: a vote racing only the others' votes is recorded within this many attempts.
     */
    private static final int VOTE_ATTEMPTS = ChangeBoard.MAX_MEMBERS + 1;

    private final ChangeRequests requests;
    private final DelegatedEnvelopes envelopes;
    private final ChangeBoards boards;
    private final ProjectBoards projectBoards;
    private final ChangeControlPermissions permissions;
    private final Portfolio portfolio;
    private final Lifecycles lifecycles;
    private final Gatekeeping gatekeeping;
    private final ProjectInterruptions interruptions;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ObjectProvider<SpecImplementationCheck> specChecks;

    ChangeControl(ChangeRequests requests, DelegatedEnvelopes envelopes, ChangeBoards boards, ProjectBoards projectBoards,
                  ChangeControlPermissions permissions, Portfolio portfolio, Lifecycles lifecycles,
                  Gatekeeping gatekeeping, ProjectInterruptions interruptions, PlatformTransactionManager transactions,
                  Clock clock,
                  ObjectProvider<SpecImplementationCheck> specChecks) {
        this.requests = requests;
        this.envelopes = envelopes;
        this.boards = boards;
        this.projectBoards = projectBoards;
        this.permissions = permissions;
        this.portfolio = portfolio;
        this.lifecycles = lifecycles;
        this.gatekeeping = gatekeeping;
        this.interruptions = interruptions;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.specChecks = specChecks;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** One change request, or NotFound. */
    public ChangeRequest changeRequest(long id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("Change request", id));
    }

    /**
     * The requests one source caused (e.g. kind ORDER, reference the order id), newest first, as summaries, read without
     * a permission check: the module owning the source has confined the caller to it (the customer portal to the
     * contact's own orders).
     */
    @Transactional(readOnly = true)
    public List<SourcedRequest> requestsForSource(SourceKind kind, String reference) {
        if (kind == null || kind == SourceKind.NONE || reference == null) {
            return List.of();
        }
        List<Long> ids = requests.findAllIdsBySource(kind.name(), reference);
        return requests.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparing(ChangeRequest::getId).reversed())
                .map(r -> new SourcedRequest(r.getId(), r.key(), r.getTitle(), r.getState(), r.getRaisedAt(),
                        r.getOrigin()))
                .toList();
    }

    /** The signed-in person's roles towards {@code request}, for showing the actions they may take. */
    public ChangeActor actorFor(ChangeRequest request) {
        return ChangeControlPermissions.towards(permissions.actorFor(request.getProject()), request);
    }

    /** The gates of the project's lifecycle (none while it has not started). */
    public ProjectGates gates(long projectId) {
        Optional<StagePosition> position = lifecycles.position(projectId);
        if (position.isEmpty()) {
            portfolio.project(projectId);
            return ProjectGates.NOT_STARTED;
        }
        List<String> names = position.get().template().getStages().stream().map(TemplateStage::getGateName).toList();
        return new ProjectGates(position.get().currentStage(), names);
    }

    /**
     * The request's board and the signed-in person's roles towards the request, read together: what a page or an
     * answer about one request shows beside it (one read of the project and its board instead of two).
     */
    @Transactional(readOnly = true)
    public RequestContext context(ChangeRequest request) {
        ChangeBoard board = projectBoards.of(request.getProject()); // the request's project exists
        return new RequestContext(board,
                ChangeControlPermissions.towards(permissions.actorFor(request.getProject(), board), request));
    }

    /** See {@link #context}. */
    public record RequestContext(ChangeBoard board, ChangeActor actor) {
    }

    /** The project's board: stored, or the default of its manager and gatekeepers. */
    public ChangeBoard board(long projectId) {
        portfolio.project(projectId);
        return projectBoards.of(projectId);
    }

    /** The project's delegated envelope, if one has been set. */
    public Optional<DelegatedEnvelope> envelope(long projectId) {
        portfolio.project(projectId);
        return envelopes.findByProject(projectId);
    }

    // ---- raising and editing ------------------------------------------------------------------------------------

    /**
     * Raises a change request on the project as the signed-in person; with {@code submit} it is submitted at once
     * (and an emergency change interrupts the project).
     */
    @Transactional
    public ChangeRequest raise(long projectId, ChangeRequestDraft draft, boolean submit) {
        portfolio.project(projectId);
        ChangeActor actor = permissions.actorFor(projectId);
        Instant now = clock.instant();
        ChangeRequest request = ChangeRequest.raise(projectId, draft, gates(projectId), actor, now);
        if (!submit) {
            return requests.save(request);
        }
        request.submit(ChangeControlPermissions.towards(actor, request), null, now);
        return storeSubmitted(request, now);
    }

    /**
     * Raises and at once submits a change request caused by a sale (origin SALES, source a QUOTE_LINE): the signed-in
     * person is the requester without having to be assigned to the project, because the sales module has already
     * checked that they may quote on a project their opportunity concerns. Everything else is as {@link #raise}.
     *
     * @throws InvalidRequestException if the draft's origin is not SALES or its source not a quote line
     */
    @Transactional
    public ChangeRequest raiseForSale(long projectId, ChangeRequestDraft draft) {
        if (draft.origin() != Origin.SALES || draft.source() == null || draft.source().kind() != SourceKind.QUOTE_LINE) {
            throw new InvalidRequestException("source", "A change request for a sale names origin SALES and its quote line.");
        }
        return raiseOnBehalfOfSource(projectId, draft);
    }

    /**
     * Raises and at once submits a change request from a market research finding (origin MARKET_RESEARCH, source
     * the RESEARCH_FINDING): the signed-in marketing person is the requester without having to be assigned to the
     * project, since the research module has checked that the finding bears on it. Otherwise as {@link #raise}.
     *
     * @throws InvalidRequestException if the draft's origin is not MARKET_RESEARCH or its source not a finding
     */
    @Transactional
    public ChangeRequest raiseFromFinding(long projectId, ChangeRequestDraft draft) {
        if (draft.origin() != Origin.MARKET_RESEARCH || draft.source() == null
                || draft.source().kind() != SourceKind.RESEARCH_FINDING) {
            throw new InvalidRequestException("source",
                    "A change request from research names origin MARKET_RESEARCH and its finding.");
        }
        return raiseOnBehalfOfSource(projectId, draft);
    }

    /**
     * Raises and at once submits a change request for a customer (origin CUSTOMER, source their ORDER or a
     * CUSTOMER_REQUEST such as an acceptance defect), after the calling module has confined the customer contact to
     * what is their own organisation's. A contact is not a person of this organisation, so the request is held by the
     * project's manager, who answers for it to the customer, under {@code requesterName} (e.g.
     * {@code Hannah Bellamy, Bellamy Foods}). Otherwise as {@link #raise}.
     *
     * @throws InvalidRequestException if the draft's origin is not CUSTOMER or its source neither an order nor a
     *                                 customer request, or the requester name is blank
     */
    @Transactional
    public ChangeRequest raiseForCustomer(long projectId, ChangeRequestDraft draft, String requesterName) {
        if (draft.origin() != Origin.CUSTOMER || draft.source() == null
                || (draft.source().kind() != SourceKind.ORDER && draft.source().kind() != SourceKind.CUSTOMER_REQUEST)) {
            throw new InvalidRequestException("source",
                    "A customer's change request names origin CUSTOMER and their order or request.");
        }
        String name = org.integrationgateway.shared.Inputs.text("requesterName", requesterName, 200, true);
        long manager = portfolio.project(projectId).getManager();
        ChangeActor holder = permissions.actorFor(projectId, manager, name);
        Set<ChangeRole> roles = EnumSet.of(ChangeRole.PROJECT_MEMBER);
        roles.addAll(holder.roles());
        ChangeActor actor = new ChangeActor(manager, name, roles);
        Instant now = clock.instant();
        ChangeRequest request = ChangeRequest.raise(projectId, draft, gates(projectId), actor, now);
        request.submit(ChangeControlPermissions.towards(actor, request), null, now);
        return storeSubmitted(request, now);
    }

    private ChangeRequest raiseOnBehalfOfSource(long projectId, ChangeRequestDraft draft) {
        portfolio.project(projectId);
        ChangeActor member = permissions.actorFor(projectId);
        Set<ChangeRole> roles = EnumSet.of(ChangeRole.PROJECT_MEMBER);
        roles.addAll(member.roles());
        ChangeActor actor = new ChangeActor(member.personId(), member.name(), roles);
        Instant now = clock.instant();
        ChangeRequest request = ChangeRequest.raise(projectId, draft, gates(projectId), actor, now);
        request.submit(ChangeControlPermissions.towards(actor, request), null, now);
        return storeSubmitted(request, now);
    }

    /**
     * The request's answer for the module that caused it, read without a permission check: callers show it only to
     * people they have checked themselves. A board decision's reason is its tally followed by what the members voting that
     * way wrote.
     */
    @Transactional(readOnly = true)
    public ChangeAnswer answer(long id) {
        ChangeRequest request = changeRequest(id);
        ImpactAssessment impact = request.getImpact();
        String reason = request.getDecidedAt() == null ? null : request.decisionComment();
        if (request.getDecisionForum() == DecisionForum.BOARD && request.getDecision() != null) {
            // the tally alone says little to a customer: add what the members voting that way wrote
            List<String> said = request.currentVotes().stream()
                    .filter(v -> v.choice() == request.getDecision() && v.comment() != null && !v.comment().isBlank())
                    .map(v -> v.personName() + ": " + v.comment().strip()).toList();
            if (!said.isEmpty()) {
                reason = (reason == null ? "" : reason + " ") + String.join(" ", said);
            }
        }
        return new ChangeAnswer(request.getId(), request.getProject(), request.getState(), request.getChangeClass(),
                impact == null ? null : impact.costDelta(), impact == null ? null : impact.currency(),
                impact == null ? null : impact.scheduleDeltaDays(), reason, request.getDecisionForum(),
                request.getDecidedBy(), request.getDecidedAt(), request.getSubmittedAt(),
                request.dueAt(projectBoards.of(request.getProject())),
                request.getState() == ChangeState.DEFERRED ? request.getTargetGateName() : null,
                request.getTargetStage(), request.getTargetGateName(),
                request.getAffectedItems().stream().map(SpecItemRef::itemKey).toList());
    }

    /**
     * Withdraws, on behalf of the module that caused it, a request that has not been decided yet (the quote line was
     * removed or reworded, the quote declined or expired); {@code on behalf} names that cause in the history. A request
     * already decided or withdrawn is left as it is, so the call is safe to repeat.
     *
     * @throws RuleViolationException if the request was not caused by {@code source}
     */
    @Transactional
    public ChangeRequest withdrawForSource(long id, SourceReference source, String onBehalf, String comment) {
        ChangeRequest request = changeRequest(id);
        if (request.getSource().kind() != source.kind() || !Objects.equals(request.getSource().reference(), source.reference())) {
            throw new RuleViolationException("not-the-source", null, "CR-" + id + " was not raised from " + source.label() + ".");
        }
        if (!ChangeState.BEFORE_DECISION.contains(request.getState())) {
            return request;
        }
        Instant now = clock.instant();
        ChangeActor actor = new ChangeActor(null, onBehalf, EnumSet.of(ChangeRole.REQUESTER));
        request.withdraw(actor, comment, now);
        releaseIfDecided(request, now);
        return racing("The change request", () -> requests.save(request));
    }

    /**
     * Schedules an approved request into its project for an order: at its target gate while that gate is still
     * ahead, otherwise at the project's next gate; recorded in its history with the order, shown on that gate
     * review's agenda, and published as {@code ChangeRequestScheduled}. Called by sales when booking, after its own
     * checks; repeating it for the same order changes nothing.
     * <p>
     * A project whose lifecycle has not started (or has ended) has no gate ahead: the request is scheduled without a
     * stage, linked to the order only, and no agenda shows it. A request already IMPLEMENTED, VERIFIED or CLOSED is
     * carried out, so only the order link is recorded.
     *
     * @param order an {@link SourceKind#ORDER} reference: the sales module's order id and its label (e.g. "Order O-7")
     * @throws RuleViolationException if the request is not approved ({@code not-approved}), or is scheduled for
     *                                another order already ({@code scheduled-for-another-order})
     * @throws InvalidRequestException if {@code order} is not an order reference
     */
    @Transactional
    public ChangeRequest scheduleForOrder(long id, SourceReference order) {
        ChangeRequest request = changeRequest(id);
        Optional<ProjectLifecycle> lifecycle = lifecycleOf(request.getProject());
        ProjectGates gates = lifecycle.isEmpty() || lifecycle.get().getState().isFinal() ? ProjectGates.NOT_STARTED
                : gates(request.getProject());
        ChangeActor signedIn = permissions.actorFor(request.getProject());
        ChangeActor actor = new ChangeActor(signedIn.personId(), signedIn.name(), Set.of());
        if (!request.schedule(order, gates, actor, clock.instant())) {
            return request;
        }
        return racing("The change request", () -> requests.save(request));
    }

    /** The approved requests an order scheduled for the gate closing {@code stageIndex} of the project, by id. */
    public List<ChangeRequest> scheduledAtGate(long projectId, int stageIndex) {
        return requests.findAllById(requests.findAllIdsScheduledAtGate(projectId, stageIndex)).stream()
                .sorted(java.util.Comparator.comparing(ChangeRequest::getId)).toList();
    }

    @Transactional
    public ChangeRequest edit(long id, Long expectedVersion, ChangeRequestDraft draft) {
        return act(id, expectedVersion, (request, actor, now) -> request.edit(draft, gates(request.getProject()), actor, now));
    }

    // ---- lifecycle ------------------------------------------------------------------------------------------------

    @Transactional
    public ChangeRequest submit(long id, Long expectedVersion, String comment) {
        return act(id, expectedVersion, (request, actor, now) -> {
            request.submit(actor, comment, now);
            interruptIfEmergency(request, now);
        });
    }

    @Transactional
    public ChangeRequest startAssessment(long id, Long expectedVersion, String comment) {
        return act(id, expectedVersion, (request, actor, now) -> request.startAssessment(actor, comment, now));
    }

    @Transactional
    public ChangeRequest assess(long id, Long expectedVersion, ImpactInput impact) {
        return act(id, expectedVersion, (request, actor, now) -> request.assess(impact, actor, now));
    }

    /**
     * Sends the assessed change for decision; a standard change inside the envelope is approved at once, one
     * outside becomes normal.
     */
    @Transactional
    public ChangeRequest completeAssessment(long id, Long expectedVersion, String comment) {
        return act(id, expectedVersion, (request, actor, now) -> {
            request.completeAssessment(actor, comment, envelopes.findByProject(request.getProject()).orElse(null), now);
            releaseIfDecided(request, now);
        });
    }

    /**
     * Records the signed-in board member's vote and lets the board's rule decide, in a transaction of its own. Votes
     * racing on the same request are retried on a fresh copy (see {@link #VOTE_ATTEMPTS}), so each counts once and
     * exactly one of them can decide; a vote that finds the request decided meanwhile is refused as an illegal
     * transition.
     */
    public ChangeRequest vote(long id, VoteChoice choice, Integer deferToStage, String comment) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> actOnce(id, null, (request, actor, now) -> {
                    ChangeBoard board = projectBoards.of(request.getProject());
                    if (request.vote(actor, choice, deferToStage, comment, board, gates(request.getProject()), now)) {
                        releaseIfDecided(request, now);
                    }
                }));
            } catch (ConcurrencyFailureException raced) {
                if (attempt >= VOTE_ATTEMPTS) {
                    throw ConflictException.staleVersion("The change request");
                }
            }
        }
    }

    /** The board's named approver decides outright. */
    @Transactional
    public ChangeRequest decide(long id, Long expectedVersion, VoteChoice outcome, Integer deferToStage, String comment) {
        return act(id, expectedVersion, (request, actor, now) -> {
            request.decide(actor, outcome, deferToStage, DecisionForum.APPROVER, null, comment,
                    gates(request.getProject()), now);
            releaseIfDecided(request, now);
        });
    }

    /**
     * Decides a change request in a meeting of its project (forum MEETING, reference the meeting id), under the
     * board's own rule applied to the people present ({@code present}: the meeting's attendees who have not
     * declined, the signed-in person among them):
     * <ul>
     * <li>SINGLE_APPROVER: only the board's named approver decides, in the meeting as outside it;</li>
     * <li>MAJORITY: the decider is a member of the board, and at least the board's quorum of members are present
     * (the board decides together, as its votes would).</li>
     * </ul>
     * The request must be of {@code meetingProjectId} (else 422 {@code not-this-project}) and decidable (else 409);
     * a stale {@code expectedVersion} is 409. Administrators and PMO decide in a meeting only if they are such a
     * person themselves: the meeting is the board's forum, not an override.
     *
     * @throws NotPermittedException (403) {@code not-a-meeting-decider} when the rule does not let this meeting decide
     */
    @Transactional
    public ChangeRequest decideInMeeting(long id, Long expectedVersion, VoteChoice outcome, Integer deferToStage,
                                         String comment, long meetingId, long meetingProjectId,
                                         java.util.Collection<Long> present) {
        return act(id, expectedVersion, (request, actor, now) -> {
            if (request.getProject() != meetingProjectId) {
                throw new RuleViolationException("not-this-project", "changeRequestId", request.key()
                        + " belongs to another project; decide it in a meeting of its own project.");
            }
            ChangeBoard board = projectBoards.of(request.getProject());
            Set<Long> attending = present == null ? Set.of() : new HashSet<>(present);
            if (board.getRule() == BoardRule.SINGLE_APPROVER && !actor.is(ChangeRole.APPROVER)) {
                throw new NotPermittedException("not-a-meeting-decider", "Under the board's rule only its named "
                        + "approver decides " + request.key() + ", in a meeting as outside it.");
            }
            long membersPresent = board.memberIds().stream().filter(attending::contains).count();
            if (board.getRule() == BoardRule.MAJORITY && (!actor.is(ChangeRole.BOARD_MEMBER) || actor.personId() == null
                    || !attending.contains(actor.personId()) || membersPresent < board.getQuorum())) {
                throw new NotPermittedException("not-a-meeting-decider", "Under the board's rule a meeting decides "
                        + request.key() + " when at least " + board.getQuorum() + " board members attend (" + membersPresent
                        + " do) and one of them records the decision.");
            }
            ChangeActor decider = ChangeControlPermissions.asMeetingDecider(actor);
            request.decide(decider, outcome, deferToStage, DecisionForum.MEETING, String.valueOf(meetingId), comment,
                    gates(request.getProject()), now);
            releaseIfDecided(request, now);
        });
    }

    @Transactional
    public ChangeRequest implement(long id, Long expectedVersion, String comment) {
        return act(id, expectedVersion, (request, actor, now) -> {
            if (request.permits(ChangeAction.IMPLEMENT, actor)) {
                List<String> keys = request.getAffectedItems().stream().map(SpecItemRef::itemKey).toList();
                specChecks.orderedStream().map(check -> check.refusal(request.getId(), request.getProject(), keys))
                        .flatMap(Optional::stream).findFirst().ifPresent(reason -> {
                            throw new RuleViolationException("implement-in-spec", null, reason);
                        });
            }
            request.implement(actor, comment, now);
        });
    }

    @Transactional
    public ChangeRequest verify(long id, Long expectedVersion, String comment) {
        return act(id, expectedVersion, (request, actor, now) -> request.verify(actor, comment, now));
    }

    @Transactional
    public ChangeRequest close(long id, Long expectedVersion, String comment) {
        return act(id, expectedVersion, (request, actor, now) -> request.close(actor, comment, now));
    }

    @Transactional
    public ChangeRequest withdraw(long id, Long expectedVersion, String comment) {
        return act(id, expectedVersion, (request, actor, now) -> {
            request.withdraw(actor, comment, now);
            releaseIfDecided(request, now);
        });
    }

    // ---- at the gateway -------------------------------------------------------------------------------------------

    /** The change requests brought to a gate review: targeted at its gate and awaiting a decision (or deferred to it). */
    public List<ChangeRequest> atGate(long reviewId) {
        GateReview review = gatekeeping.review(reviewId);
        return requests.findAllById(gateRequestIds(review)).stream()
                .sorted(java.util.Comparator.comparing(ChangeRequest::getId)).toList();
    }

    /** Whether the signed-in person may decide changes with this gate review (whoever may decide the review). */
    public boolean mayDecideAtGate(long reviewId) {
        Long person = permissions.currentPerson();
        boolean adminOrPmo = CurrentUser.get().map(CurrentUser::isAdministratorOrPmo).orElse(false);
        return (person != null || adminOrPmo) && gatekeeping.mayDecide(reviewId, person, adminOrPmo);
    }

    /**
     * Decides several change requests with the gate review, all or none: each must be brought to this review and
     * still decidable, and the review must still be open. A request decided meanwhile (stale {@code expectedVersion},
     * or no longer decidable) answers 409; one that is not at this gate (another project or gate, or none) 422.
     */
    @Transactional
    public List<ChangeRequest> decideAtGate(long reviewId, List<GateChoice> choices) {
        return racing("A change request", () -> decideAllAtGate(reviewId, choices));
    }

    private List<ChangeRequest> decideAllAtGate(long reviewId, List<GateChoice> choices) {
        GateReview review = gatekeeping.review(reviewId);
        if (review.getState() != ReviewState.SCHEDULED) {
            throw new ConflictException("review-decided", "This gate review has been decided; its changes are decided by the board now.");
        }
        if (!mayDecideAtGate(reviewId)) {
            throw new NotPermittedException("not-a-gate-decider", "Only whoever decides this gate review decides changes with it.");
        }
        if (choices == null || choices.isEmpty()) {
            throw new InvalidRequestException("decisions", "Choose at least one change request to decide.");
        }
        Set<Long> seen = new HashSet<>();
        Set<Long> brought = new HashSet<>(gateRequestIds(review));
        ProjectGates gates = gates(review.getProject());
        Instant now = clock.instant();
        ChangeActor base = permissionsActor(review.getProject());
        return choices.stream().map(choice -> {
            if (choice == null || choice.changeRequestId() == null) {
                throw new InvalidRequestException("decisions", "Each decision names a change request.");
            }
            if (!seen.add(choice.changeRequestId())) {
                throw new InvalidRequestException("decisions", "CR-" + choice.changeRequestId() + " is decided twice.");
            }
            ChangeRequest request = requests.findById(choice.changeRequestId())
                    .filter(found -> found.getProject() == review.getProject())
                    .orElseThrow(() -> new RuleViolationException("not-at-this-gate", "decisions", "CR-"
                            + choice.changeRequestId() + " is not awaiting a decision at this gate."));
            if (choice.expectedVersion() != null && !Objects.equals(choice.expectedVersion(), request.getVersion())) {
                throw ConflictException.staleVersion("CR-" + request.getId());
            }
            if (!brought.contains(choice.changeRequestId())) {
                boolean decidedMeanwhile = Objects.equals(request.getTargetStage(), review.getStageIndex())
                        && request.getDecision() != null && !request.getState().decidable();
                if (decidedMeanwhile) {
                    throw new ConflictException("illegal-transition", "decisions", request.key() + " is "
                            + ChangeRequest.describe(request.getState()) + " and can no longer be decided with this gate.");
                }
                throw new RuleViolationException("not-at-this-gate", "decisions", "CR-" + choice.changeRequestId()
                        + " is not awaiting a decision at this gate.");
            }
            ChangeActor actor = ChangeControlPermissions.asGateDecider(ChangeControlPermissions.towards(base, request));
            request.decide(actor, choice.outcome(), choice.deferToStage(), DecisionForum.GATE_REVIEW,
                    String.valueOf(reviewId), choice.comment(), gates, now);
            releaseIfDecided(request, now);
            return requests.save(request);
        }).toList();
    }

    /** A decision on one request at a gate review. */
    public record GateChoice(Long changeRequestId, Long expectedVersion, VoteChoice outcome, Integer deferToStage,
                             String comment) {
    }

    // ---- board and envelope -------------------------------------------------------------------------------------

    /** Sets up the project's board; {@code expectedVersion} is null for a project still on the default board. */
    @Transactional
    public ChangeBoard setUpBoard(long projectId, Long expectedVersion, BoardSetup setup) {
        portfolio.project(projectId);
        ChangeBoard board = projectBoards.of(projectId);
        requireVersionOfStored(board.isDefault(), expectedVersion, "board");
        checkVersion("The change control board", board.getVersion(), expectedVersion);
        board.setUp(setup, CurrentUser.actorName(), clock.instant());
        return racing("The change control board", () -> boards.save(board));
    }

    /** Sets or changes the project's delegated envelope; audited with its revision. */
    @Transactional
    public DelegatedEnvelope changeEnvelope(long projectId, Long expectedVersion, EnvelopeLimits limits) {
        portfolio.project(projectId);
        Optional<DelegatedEnvelope> existing = envelopes.findByProject(projectId);
        Instant now = clock.instant();
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw ConflictException.staleVersion("The delegated envelope");
            }
            DelegatedEnvelope created = DelegatedEnvelope.create(projectId, limits, CurrentUser.actorName(), now);
            return racing("The delegated envelope", () -> envelopes.save(created));
        }
        DelegatedEnvelope envelope = existing.get();
        requireVersionOfStored(false, expectedVersion, "envelope");
        checkVersion("The delegated envelope", envelope.getVersion(), expectedVersion);
        envelope.change(limits, CurrentUser.actorName(), now);
        return racing("The delegated envelope", () -> envelopes.save(envelope));
    }

    // ---- internals ------------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Step {
        void apply(ChangeRequest request, ChangeActor actor, Instant now);
    }

    /** {@link #actOnce}, answering a write lost to a concurrent one as a 409 stale version. */
    private ChangeRequest act(long id, Long expectedVersion, Step step) {
        return racing("The change request", () -> actOnce(id, expectedVersion, step));
    }

    /**
     * Runs {@code write}; a concurrent write that won (optimistic version, lock timeout, or a unique key taken at the
     * same moment) makes it a {@link ConflictException}, and the surrounding transaction rolls back.
     */
    private static <T> T racing(String what, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (ConcurrencyFailureException | DuplicateKeyException lost) {
            throw ConflictException.staleVersion(what);
        }
    }

    private ChangeRequest actOnce(long id, Long expectedVersion, Step step) {
        ChangeRequest request = changeRequest(id);
        if (expectedVersion != null && !Objects.equals(expectedVersion, request.getVersion())) {
            throw ConflictException.staleVersion("The change request");
        }
        step.apply(request, actorFor(request), clock.instant());
        return requests.save(request);
    }

    private ChangeActor permissionsActor(long projectId) {
        return permissions.actorFor(projectId);
    }

    private List<Long> gateRequestIds(GateReview review) {
        return requests.findAllIdsAtGate(review.getProject(), review.getStageIndex());
    }

    /**
     * Inserts a request raised and submitted in one go (one insert; its events carry the new id), then interrupts the
     * project for an emergency change, which names the request and so needs its id (a second save).
     */
    private ChangeRequest storeSubmitted(ChangeRequest request, Instant now) {
        ChangeRequest stored = requests.save(request);
        if (stored.getChangeClass() != ChangeClass.EMERGENCY) {
            return stored;
        }
        interruptIfEmergency(stored, now);
        return requests.save(stored);
    }

    private void interruptIfEmergency(ChangeRequest request, Instant now) {
        if (request.getChangeClass() != ChangeClass.EMERGENCY) {
            return;
        }
        Optional<ProjectLifecycle> lifecycle = lifecycleOf(request.getProject());
        if (lifecycle.isEmpty() || (lifecycle.get().getState() != LifecycleState.ACTIVE
                && lifecycle.get().getState() != LifecycleState.INTERRUPTED)) {
            return;
        }
        interruptions.interrupt(request.getProject(), INTERRUPTION_SOURCE, "CR-" + request.getId(),
                "Emergency change CR-" + request.getId() + ": " + request.getTitle());
        request.interrupted(now);
    }

    private void releaseIfDecided(ChangeRequest request, Instant now) {
        if (request.holdsInterruption() && !request.awaitsDecision()) {
            if (lifecycleOf(request.getProject()).isPresent()) {
                interruptions.resume(request.getProject(), INTERRUPTION_SOURCE, "CR-" + request.getId());
            }
            request.interruptionEnded(now);
        }
    }

    private Optional<ProjectLifecycle> lifecycleOf(long projectId) {
        return lifecycles.find(projectId);
    }

    /** A stored board or envelope is changed only with the version the change is based on, so none is overwritten blindly. */
    private static void requireVersionOfStored(boolean notStored, Long expectedVersion, String what) {
        if (!notStored && expectedVersion == null) {
            throw new InvalidRequestException("version", "The project's " + what + " is already set up: send the version "
                    + "your change is based on, so that nobody's change is overwritten.");
        }
    }

    private static void checkVersion(String what, Long actual, Long expected) {
        if (expected != null && !Objects.equals(expected, actual)) {
            throw ConflictException.staleVersion(what);
        }
    }
}
