package org.integrationgateway.changecontrol.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.integrationgateway.changecontrol.AttachmentLink;
import org.integrationgateway.changecontrol.BoardRule;
import org.integrationgateway.changecontrol.BoardSetup;
import org.integrationgateway.changecontrol.ChangeAction;
import org.integrationgateway.changecontrol.ChangeActor;
import org.integrationgateway.changecontrol.ChangeBoard;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeCounts;
import org.integrationgateway.changecontrol.ChangeLogEntry;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeRequestDraft;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.changecontrol.DecisionForum;
import org.integrationgateway.changecontrol.DecisionQueueEntry;
import org.integrationgateway.changecontrol.DelegatedEnvelope;
import org.integrationgateway.changecontrol.EnvelopeLimits;
import org.integrationgateway.changecontrol.ImpactInput;
import org.integrationgateway.changecontrol.OrderSchedule;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.Priority;
import org.integrationgateway.changecontrol.ResponseTarget;
import org.integrationgateway.changecontrol.Risk;
import org.integrationgateway.changecontrol.SourceKind;
import org.integrationgateway.changecontrol.SourceReference;
import org.integrationgateway.changecontrol.SpecItemRef;
import org.integrationgateway.changecontrol.TransitionRecord;
import org.integrationgateway.changecontrol.Vote;
import org.integrationgateway.changecontrol.VoteChoice;
import org.integrationgateway.shared.InvalidRequestException;

/**
 * The JSON bodies of the change control API. Requests are checked by the domain, whose refusals name the request's
 * own fields (so an error's {@code field} is the JSON property to fix); amounts are JSON numbers with at most two
 * decimals, currencies ISO 4217 codes.
 */
final class ChangeControlApi {

    private ChangeControlApi() {
    }

    // ---- shared pieces ------------------------------------------------------------------------------------------

    record MoneyBody(BigDecimal amount, String currency) {

        static MoneyBody of(BigDecimal amount, String currency) {
            return amount == null ? null : new MoneyBody(amount, currency);
        }
    }

    record SourceBody(@Schema(description = "NONE (default) or what caused the change") SourceKind kind,
                      @Schema(description = "The owning module's identifier, e.g. a quote line id") String reference,
                      @Schema(description = "What people read, e.g. \"Quote Q-0042 line 2\"") String label) {

        SourceReference toReference() {
            return new SourceReference(kind, reference, label);
        }

        static SourceBody of(SourceReference source) {
            return new SourceBody(source.kind(), source.reference(), source.label());
        }
    }

    record PersonRef(Long id, String name) {
    }

    record ItemBody(@Schema(description = "A spec item key such as SPEC-22") String itemKey,
                    @Schema(description = "e.g. option, mechanical; decides whether the envelope covers it") String category) {

        static List<SpecItemRef> refs(List<ItemBody> items) {
            return items == null ? List.of() : items.stream()
                    .map(i -> i == null ? null : new SpecItemRef(i.itemKey(), i.category())).toList();
        }
    }

    record LinkBody(String label, @Schema(description = "An http or https address") String url) {

        static List<AttachmentLink> links(List<LinkBody> links) {
            return links == null ? List.of() : links.stream()
                    .map(l -> l == null ? null : new AttachmentLink(l.label(), l.url())).toList();
        }
    }

    // ---- requests -------------------------------------------------------------------------------------------------

    @Schema(description = "A new change request. Without submit it stays a DRAFT that the requester can edit.")
    record RaiseChangeRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title, String description,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Origin origin, SourceBody source,
                              @Schema(description = "Default MEDIUM") Priority priority,
                              @Schema(description = "Default NORMAL") ChangeClass changeClass,
                              @Schema(description = "Stage index whose gate decides the change; default the current gate")
                              Integer targetStage,
                              List<ItemBody> affectedItems, List<LinkBody> links,
                              @Schema(description = "For sales-originated changes: what a sale depends on it") BigDecimal revenueAtStake,
                              String revenueCurrency,
                              @Schema(description = "true submits at once (an EMERGENCY then interrupts the project); "
                                      + "default false") Boolean submit) {

        ChangeRequestDraft draft() {
            return new ChangeRequestDraft(title, description, origin, source == null ? null : source.toReference(), priority,
                    changeClass, targetStage, ItemBody.refs(affectedItems), LinkBody.links(links), revenueAtStake,
                    revenueCurrency);
        }
    }

    @Schema(description = "The new content of a DRAFT (replaces every field), with the version it is based on.")
    record EditChangeRequest(String title, String description, Origin origin, SourceBody source, Priority priority,
                             ChangeClass changeClass, Integer targetStage, List<ItemBody> affectedItems,
                             List<LinkBody> links, BigDecimal revenueAtStake, String revenueCurrency,
                             @NotNull Long version) {

        ChangeRequestDraft draft() {
            return new ChangeRequestDraft(title, description, origin, source == null ? null : source.toReference(), priority,
                    changeClass, targetStage, ItemBody.refs(affectedItems), LinkBody.links(links), revenueAtStake,
                    revenueCurrency);
        }
    }

    record TransitionRequest(@Schema(description = "The version the step is based on; 409 if stale; omit to skip the check")
                             Long version,
                             String comment) {
    }

    @Schema(description = "Records or revises the impact assessment (a SUBMITTED request moves to UNDER_ASSESSMENT).")
    record AssessmentRequest(@Schema(description = "Negative for a saving; 0 if none") BigDecimal costDelta, String currency,
                             Integer scheduleDeltaDays, Risk risk,
                             @Schema(description = "Required unless the risk is LOW") String riskNote,
                             @Schema(description = "Replaces the requester's list") List<ItemBody> affectedItems,
                             @Schema(description = "null keeps the requester's figure") BigDecimal revenueAtStake,
                             String revenueCurrency, @NotNull Long version) {

        ImpactInput input() {
            return new ImpactInput(costDelta, currency, scheduleDeltaDays, risk, riskNote, ItemBody.refs(affectedItems),
                    revenueAtStake, revenueCurrency);
        }
    }

    record VoteRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) VoteChoice choice,
                       @Schema(description = "Required with DEFER: the later stage whose gate to defer to") Integer deferToStage,
                       String comment) {
    }

    record ChangeDecisionRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) VoteChoice outcome,
                           @Schema(description = "Required with DEFER") Integer deferToStage, String comment,
                           @Schema(description = "The version the decision is based on; 409 if stale") Long version) {
    }

    record GateChoiceBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long changeRequestId,
                          @Schema(description = "The request's version; 409 if stale") Long version,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) VoteChoice outcome,
                          Integer deferToStage, String comment) {
    }

    record GateDecisionsRequest(@Schema(description = "One entry per change request decided now") List<GateChoiceBody> decisions) {

        List<ChangeControl.GateChoice> choices() {
            return decisions == null ? List.of() : decisions.stream().map(d -> d == null ? null
                    : new ChangeControl.GateChoice(d.changeRequestId(), d.version(), d.outcome(), d.deferToStage(),
                    d.comment())).toList();
        }
    }

    record TargetBody(@Schema(description = "1..1000") Integer amount, ResponseTarget.Unit unit) {

        ResponseTarget target(String field) {
            if (amount == null || unit == null) {
                throw new InvalidRequestException(field, "Give the response target as an amount of HOURS or WORKING_DAYS.");
            }
            try {
                return new ResponseTarget(amount, unit);
            } catch (InvalidRequestException e) {
                throw new InvalidRequestException(field + "." + e.field(), e.getMessage());
            }
        }

        static TargetBody of(ResponseTarget target) {
            return new TargetBody(target.amount(), target.unit());
        }
    }

    record ChangeBoardRequest(@Schema(description = "People on the board (1..20)") List<Long> memberIds, BoardRule rule,
                        @Schema(description = "MAJORITY: votes needed before a majority decides") Integer quorum,
                        @Schema(description = "SINGLE_APPROVER: the member who decides") Long approverId,
                        TargetBody standardTarget, TargetBody normalTarget, TargetBody emergencyTarget,
                        @Schema(description = "The board's version; omit (null) while the project has the default board")
                        Long version) {

        BoardSetup setup() {
            return new BoardSetup(memberIds, rule, quorum, approverId, target(standardTarget, "standardTarget"),
                    target(normalTarget, "normalTarget"), target(emergencyTarget, "emergencyTarget"));
        }

        private static ResponseTarget target(TargetBody body, String field) {
            if (body == null) {
                throw new InvalidRequestException(field, "Give a response target for each class of change.");
            }
            return body.target(field);
        }
    }

    record EnvelopeRequest(@Schema(description = "Largest cost delta decided without the board, >= 0") BigDecimal maxCost,
                           String currency,
                           @Schema(description = "Largest schedule delta in days, 0..3650") Integer maxScheduleDays,
                           @Schema(description = "Spec item categories a change may touch") List<String> categories,
                           @Schema(description = "The envelope's version; omit (null) when setting the first one") Long version) {

        EnvelopeLimits limits() {
            return new EnvelopeLimits(maxCost, currency, maxScheduleDays, categories);
        }
    }

    // ---- responses ------------------------------------------------------------------------------------------------

    record ImpactResponse(BigDecimal costDelta, String currency, int scheduleDeltaDays, Risk risk, String riskNote,
                          PersonRef assessedBy, Instant assessedAt) {
    }

    record TransitionResponse(String action, ChangeState from, ChangeState to, PersonRef actor, Instant at, String comment) {

        static TransitionResponse of(TransitionRecord t) {
            return new TransitionResponse(t.action(), t.fromState(), t.toState(), new PersonRef(t.actorPerson(), t.actorName()),
                    t.occurredAt(), t.comment());
        }
    }

    record VoteResponse(int round, PersonRef voter, VoteChoice choice, Integer deferToStage, String comment,
                        Instant castAt) {

        static VoteResponse of(Vote v) {
            return new VoteResponse(v.round(), new PersonRef(v.person(), v.personName()), v.choice(), v.deferToStage(),
                    v.comment(), v.castAt());
        }
    }

    record ChangeDecisionResponse(VoteChoice outcome, DecisionForum forum,
                            @Schema(description = "The gate review id when decided at a gate review") String reference,
                            @Schema(description = "The envelope revision applied when decided by the envelope")
                            Integer envelopeRevision,
                            String decidedBy, Instant decidedAt) {
    }

    record ChangeInterruptionResponse(Instant startedAt, Instant endedAt) {
    }

    record ScheduleResponse(@Schema(description = "The stage whose gate carries the change out; null when the project "
                                    + "has no gate ahead or the change was carried out already") Integer stage,
                            String gate,
                            @Schema(description = "The sales module's id of the order") String orderReference,
                            String orderLabel, Instant scheduledAt) {

        static ScheduleResponse of(OrderSchedule s) {
            return s == null ? null : new ScheduleResponse(s.stage(), s.gateName(), s.orderReference(), s.orderLabel(), s.at());
        }
    }

    record ChangeRequestResponse(long id, String key, long projectId, String title, String description, Origin origin,
                                 SourceBody source, PersonRef requester, Priority priority, ChangeClass changeClass,
                                 ChangeClass requestedClass, Integer targetStage, String targetGate, ChangeState state,
                                 MoneyBody revenueAtStake, ImpactResponse impact, List<ItemBody> affectedItems,
                                 List<LinkBody> links, Instant raisedAt, Instant submittedAt, List<TransitionResponse> timeline,
                                 @Schema(description = "Votes of the round being (or last) decided") List<VoteResponse> currentVotes,
                                 @Schema(description = "Every vote of every round") List<VoteResponse> votes,
                                 ChangeDecisionResponse decision,
                                 @Schema(description = "Set for an emergency change that interrupted the project")
                                 ChangeInterruptionResponse interruption,
                                 @Schema(description = "Set once an order scheduled the approved change into the project")
                                 ScheduleResponse schedule,
                                 @Schema(description = "When the board's decision is due under its response target")
                                 Instant dueAt, boolean overdue,
                                 @Schema(description = "What the signed-in person may do now") List<ChangeAction> actions,
                                 long version) {

        static ChangeRequestResponse of(ChangeRequest r, ChangeBoard board, ChangeActor actor, Instant now) {
            var impact = r.getImpact() == null ? null : new ImpactResponse(r.getImpact().costDelta(),
                    r.getImpact().currency(), r.getImpact().scheduleDeltaDays(), r.getImpact().risk(),
                    r.getImpact().riskNote(), new PersonRef(r.getImpact().assessedBy(), r.getImpact().assessedByName()),
                    r.getImpact().assessedAt());
            var decision = r.getDecision() == null ? null : new ChangeDecisionResponse(r.getDecision(), r.getDecisionForum(),
                    r.getDecisionReference(), r.getEnvelopeRevision(), r.getDecidedBy(), r.getDecidedAt());
            var interruption = r.getInterruptedAt() == null ? null
                    : new ChangeInterruptionResponse(r.getInterruptedAt(), r.getInterruptionEndedAt());
            return new ChangeRequestResponse(r.getId(), r.key(), r.getProject(), r.getTitle(), r.getDescription(),
                    r.getOrigin(), SourceBody.of(r.getSource()), new PersonRef(r.getRequester(), r.getRequesterName()),
                    r.getPriority(), r.getChangeClass(), r.getRequestedClass(), r.getTargetStage(), r.getTargetGateName(),
                    r.getState(), MoneyBody.of(r.getRevenueAtStake(), r.getRevenueCurrency()), impact,
                    r.getAffectedItems().stream().map(i -> new ItemBody(i.itemKey(), i.category())).toList(),
                    r.getLinks().stream().map(l -> new LinkBody(l.label(), l.url())).toList(), r.getRaisedAt(),
                    r.getSubmittedAt(), r.getTransitions().stream().map(TransitionResponse::of).toList(),
                    r.currentVotes().stream().map(VoteResponse::of).toList(),
                    r.allVotes().stream().map(VoteResponse::of).toList(), decision, interruption,
                    ScheduleResponse.of(r.getScheduled()), r.dueAt(board),
                    r.overdue(board, now),
                    Arrays.stream(ChangeAction.values()).filter(a -> r.permits(a, actor)).toList(), r.getVersion());
        }
    }

    record ChangeLogItem(long id, String key, String title, Origin origin, SourceKind sourceKind, String sourceLabel,
                         ChangeClass changeClass, Priority priority, ChangeState state, Integer targetStage,
                         String targetGate, PersonRef requester, Instant raisedAt, Instant submittedAt,
                         MoneyBody costDelta, Integer scheduleDeltaDays, Risk risk, MoneyBody revenueAtStake,
                         VoteChoice decision, DecisionForum decisionForum, String decidedBy, Instant decidedAt,
                         long version) {

        static ChangeLogItem of(ChangeLogEntry e) {
            return new ChangeLogItem(e.id(), e.key(), e.title(), e.origin(), e.sourceKind(), e.sourceLabel(),
                    e.changeClass(), e.priority(), e.state(), e.targetStage(), e.targetGateName(),
                    new PersonRef(e.requesterId(), e.requesterName()), e.raisedAt(), e.submittedAt(),
                    MoneyBody.of(e.costDelta(), e.currency()), e.scheduleDeltaDays(), e.risk(),
                    MoneyBody.of(e.revenueAtStake(), e.revenueCurrency()), e.decision(), e.decisionForum(), e.decidedBy(),
                    e.decidedAt(), e.version());
        }
    }

    record CountsResponse(long projectId, long total, long open, long awaitingDecision, long openEmergencies,
                          Map<ChangeState, Long> byState) {

        static CountsResponse of(long projectId, ChangeCounts c) {
            return new CountsResponse(projectId, c.total(), c.open(), c.awaitingDecision(), c.openEmergencies(), c.byState());
        }
    }

    record DecisionQueueItem(ChangeLogItem changeRequest, String projectCode, Instant dueAt,
                             @Schema(description = "Seconds until due; negative when overdue; null before submission")
                             Long timeLeftSeconds,
                             boolean overdue,
                             @Schema(description = "Whether the signed-in person has voted in the current round") boolean voted) {

        static DecisionQueueItem of(DecisionQueueEntry e) {
            return new DecisionQueueItem(ChangeLogItem.of(e.request()), e.projectCode(), e.dueAt(),
                    e.timeLeft() == null ? null : e.timeLeft().toSeconds(), e.overdue(), e.voted());
        }
    }

    record ChangeBoardResponse(long projectId,
                         @Schema(description = "true while the project has no board of its own: its manager and "
                                 + "current gatekeepers, majority of more than half") boolean isDefault,
                         List<PersonRef> members, BoardRule rule, int quorum, PersonRef approver,
                         TargetBody standardTarget, TargetBody normalTarget, TargetBody emergencyTarget,
                         Instant changedAt, String changedBy,
                         @Schema(description = "null for the default board: send no version when setting it up")
                         Long version) {

        static ChangeBoardResponse of(ChangeBoard b, Map<Long, String> names) {
            return new ChangeBoardResponse(b.getProject(), b.isDefault(),
                    b.memberIds().stream().map(id -> new PersonRef(id, names.get(id))).toList(), b.getRule(),
                    b.getQuorum(), b.getApprover() == null ? null : new PersonRef(b.getApprover(), names.get(b.getApprover())),
                    TargetBody.of(b.getStandardTarget()), TargetBody.of(b.getNormalTarget()),
                    TargetBody.of(b.getEmergencyTarget()), b.getChangedAt(), b.getChangedBy(), b.getVersion());
        }
    }

    record EnvelopeResponse(long projectId,
                            @Schema(description = "false while no envelope is set: every other field is then null "
                                    + "and standard changes go to the board") boolean set,
                            Integer revision, BigDecimal maxCost, String currency, Integer maxScheduleDays,
                            List<String> categories, Instant changedAt, String changedBy, Long version) {

        static EnvelopeResponse of(long projectId, DelegatedEnvelope e) {
            if (e == null) {
                return new EnvelopeResponse(projectId, false, null, null, null, null, List.of(), null, null, null);
            }
            return new EnvelopeResponse(projectId, true, e.getRevision(), e.getMaxCost(), e.getCurrency(),
                    e.getMaxScheduleDays(), e.categoryNames(), e.getChangedAt(), e.getChangedBy(), e.getVersion());
        }
    }

    record GateChangesResponse(long reviewId, long projectId, int stageIndex,
                               @Schema(description = "Whether the signed-in person may decide these changes with the gate")
                               boolean mayDecide,
                               List<ChangeRequestResponse> changeRequests) {
    }
}
