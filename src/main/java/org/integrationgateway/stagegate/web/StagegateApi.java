package org.integrationgateway.stagegate.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.stagegate.Board;
import org.integrationgateway.stagegate.CriterionKind;
import org.integrationgateway.stagegate.Decision;
import org.integrationgateway.stagegate.DecisionInput;
import org.integrationgateway.stagegate.DecisionRule;
import org.integrationgateway.stagegate.DeliverableStatus;
import org.integrationgateway.stagegate.GateDecision;
import org.integrationgateway.stagegate.GatePassPolicy;
import org.integrationgateway.stagegate.Interruption;
import org.integrationgateway.stagegate.LifecycleState;
import org.integrationgateway.stagegate.LifecycleView;
import org.integrationgateway.stagegate.ProcessTemplate;
import org.integrationgateway.stagegate.ReviewView;
import org.integrationgateway.stagegate.ScorecardInput;
import org.integrationgateway.stagegate.TemplateDefinition;
import org.integrationgateway.stagegate.TemplateStage;
import org.integrationgateway.stagegate.spi.AgendaItem;

/** The JSON bodies of the stage-gate API. */
final class StagegateApi {

    static final String CODE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]*$";

    private StagegateApi() {
    }

    record CriterionBody(@NotNull CriterionKind kind, @NotBlank @Size(max = 200) String name,
                         @Size(max = 2000) String description,
                         @Schema(description = "1..10 for a should-meet criterion; ignored for a must-meet one")
                         @Min(0) @Max(10) int weight) {
    }

    record DeliverableBody(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description) {
    }

    record StageBody(@NotBlank @Size(max = 100) String name, @Size(max = 2000) String description,
                     @NotBlank @Size(max = 100) String gateName,
                     @Schema(description = "Minimum weighted should-meet score in percent") @Min(0) @Max(100) int passThreshold,
                     @NotEmpty @Size(max = 15) List<@Valid CriterionBody> criteria,
                     @NotNull @Size(max = 15) List<@Valid DeliverableBody> deliverables) {
    }

    record TemplateRequest(
            @Schema(description = "Required when creating; the code of an existing template cannot change")
            @Size(max = 20) @Pattern(regexp = CODE_PATTERN) String code,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String description,
            @NotNull DecisionRule decisionRule,
            @NotEmpty @Size(max = 12) List<@Valid StageBody> stages,
            @Schema(description = "Required when editing: the revision the edit is based on (must be the latest)") Integer version) {

        TemplateDefinition definition() {
            return new TemplateDefinition(name, description, decisionRule, stages.stream()
                    .map(s -> new TemplateDefinition.StageDefinition(s.name(), s.description(), s.gateName(),
                            s.passThreshold(), s.criteria().stream().map(c -> new TemplateDefinition.CriterionDefinition(
                                    c.kind(), c.name(), c.description(), c.weight())).toList(),
                            s.deliverables().stream().map(d -> new TemplateDefinition.DeliverableDefinition(d.name(),
                                    d.description())).toList()))
                    .toList());
        }
    }

    record TemplateResponse(long id, String code, int revision, String name, String description,
                            DecisionRule decisionRule, Instant createdAt, List<StageResponse> stages,
                            @Schema(description = "The revision, to send back as version when editing") int version) {

        static TemplateResponse of(ProcessTemplate t) {
            return new TemplateResponse(t.getId(), t.getCode(), t.getRevision(), t.getName(), t.getDescription(),
                    t.getDecisionRule(), t.getCreatedAt(), t.getStages().stream().map(StageResponse::of).toList(),
                    t.getRevision());
        }
    }

    record StageResponse(String name, String description, String gateName, int passThreshold,
                         List<CriterionBody> criteria, List<DeliverableBody> deliverables) {

        static StageResponse of(TemplateStage s) {
            return new StageResponse(s.getName(), s.getDescription(), s.getGateName(), s.getPassThreshold(),
                    s.getCriteria().stream().map(c -> new CriterionBody(c.kind(), c.name(), c.description(), c.weight()))
                            .toList(),
                    s.getDeliverables().stream().map(d -> new DeliverableBody(d.name(), d.description())).toList());
        }
    }

    record StartRequest(@Schema(description = "Template revision id; default: latest standard template") Long templateId) {
    }

    record DeliverableRequest(@NotNull DeliverableStatus status, @Size(max = 1000) String link, @NotNull Long version) {
    }

    record LifecycleResponse(long projectId, String projectCode, String projectName, boolean started, Long templateId,
                             String templateCode, Integer templateRevision, Integer currentStage, String currentStageName,
                             LifecycleState state, Instant startedAt, Instant endedAt, Long version,
                             List<StageProgress> stages, List<DecisionResponse> decisions, ReviewSummary nextReview,
                             List<InterruptionResponse> interruptions) {

        static LifecycleResponse of(LifecycleView v) {
            var p = v.project();
            if (!v.started()) {
                return new LifecycleResponse(p.getId(), p.getCode(), p.getName(), false, null, null, null, null, null,
                        null, null, null, null, List.of(), List.of(), null, List.of());
            }
            var l = v.lifecycle();
            Instant now = Instant.now();
            return new LifecycleResponse(p.getId(), p.getCode(), p.getName(), true, v.template().getId(),
                    v.template().getCode(), v.template().getRevision(), l.getCurrentStage(),
                    v.template().stage(l.getCurrentStage()).getName(), l.getState(), l.getStartedAt(), l.getEndedAt(),
                    l.getVersion(), v.stages().stream().map(StageProgress::of).toList(),
                    v.decisions().stream().map(d -> DecisionResponse.of(d.decision(), d.stageName(), d.gateName()))
                            .toList(),
                    v.nextReview() == null ? null : new ReviewSummary(v.nextReview().getId(),
                            v.nextReview().getStageIndex(), v.nextReview().getScheduledOn(), v.nextReview().getState().name()),
                    l.getInterruptions().stream().map(i -> InterruptionResponse.of(i, now)).toList());
        }
    }

    record StageProgress(int index, String name, String gateName, LifecycleView.Position position,
                         List<LifecycleView.DeliverableView> deliverables) {

        static StageProgress of(LifecycleView.StageView s) {
            return new StageProgress(s.index(), s.stage().getName(), s.stage().getGateName(), s.position(), s.deliverables());
        }
    }

    record ReviewSummary(long id, int stageIndex, LocalDate scheduledOn, String state) {
    }

    record InterruptionResponse(String source, String reference, String reason, Instant startedAt, Instant endedAt,
                                long durationSeconds) {

        static InterruptionResponse of(Interruption i, Instant now) {
            return new InterruptionResponse(i.source(), i.reference(), i.reason(), i.startedAt(), i.endedAt(),
                    i.duration(now).toSeconds());
        }
    }

    record ConditionBody(@NotBlank @Size(max = 1000) String text, @NotNull Long ownerId, @NotNull LocalDate dueOn) {
    }

    record DecisionResponse(long id, long reviewId, int stageIndex, String stageName, String gateName, Decision decision,
                            String rationale, String overrideJustification, boolean gatePassed,
                            List<ConditionBody> conditions, List<Integer> reopenedDeliverables, String decidedBy,
                            Instant decidedAt) {

        static DecisionResponse of(GateDecision d, String stageName, String gateName) {
            return new DecisionResponse(d.getId(), d.getGateReview(), d.getStageIndex(), stageName, gateName,
                    d.getDecision(), d.getRationale(), d.getOverrideJustification(), d.isGatePassed(),
                    d.getConditions().stream().map(c -> new ConditionBody(c.text(), c.owner(), c.dueOn())).toList(),
                    d.getReopened(), d.getDecidedBy(), d.getDecidedAt());
        }
    }

    record ScheduleRequest(@NotNull LocalDate scheduledOn, @NotNull Long chairId,
                           @Schema(description = "Default: the people with the gatekeeper role on the project")
                           @Size(max = 12) List<@NotNull Long> gatekeeperIds) {
    }

    record AnswerBody(@NotNull Integer criterionIndex, Boolean met, @Min(0) @Max(10) Integer score,
                      @Size(max = 1000) String comment) {
    }

    record ScorecardRequest(@NotNull Decision recommendation, @Size(max = 2000) String comment,
                            @NotNull @Size(max = 15) List<@Valid @NotNull AnswerBody> answers) {

        ScorecardInput input() {
            return new ScorecardInput(recommendation, comment, answers.stream()
                    .map(a -> new ScorecardInput.Answer(a.criterionIndex(), a.met(), a.score(), a.comment())).toList());
        }
    }

    record DecisionRequest(@NotNull Decision decision, @NotBlank @Size(max = 4000) String rationale,
                           @Size(max = 4000) String overrideJustification,
                           @Size(max = 20) List<@Valid @NotNull ConditionBody> conditions,
                           @Size(max = 15) List<@NotNull Integer> reopenDeliverables,
                           @Schema(description = "The review version the decision is based on") @NotNull Long version) {

        DecisionInput input() {
            return new DecisionInput(decision, rationale, overrideJustification, conditions == null ? List.of()
                    : conditions.stream().map(c -> new DecisionInput.Condition(c.text(), c.ownerId(), c.dueOn())).toList(),
                    reopenDeliverables == null ? List.of() : reopenDeliverables, version);
        }
    }

    record CriterionResultResponse(int index, CriterionKind kind, String name, int weight, boolean met, int metCount,
                                   int notMetCount, Double averageScore) {
    }

    record ScoreResponse(int criterionIndex, Boolean met, Integer score, String comment) {
    }

    record ScorecardResponse(long gatekeeperId, String gatekeeperName, boolean submitted, Decision recommendation,
                             String comment, Instant scoredAt, List<ScoreResponse> scores) {
    }

    record ResultResponse(String policy, int scorecards, boolean mustMeetsMet, Integer weightedScore, int threshold,
                          boolean thresholdReached, boolean passed, List<CriterionResultResponse> criteria) {

        static ResultResponse of(GatePassPolicy.Result r) {
            return new ResultResponse("all must-meets met by every gatekeeper and weighted should-meet score >= threshold",
                    r.scorecards(), r.mustMeetsMet(), r.weightedScore(), r.threshold(), r.thresholdReached(), r.passed(),
                    r.criteria().stream().map(c -> new CriterionResultResponse(c.index(), c.criterion().kind(),
                            c.criterion().name(), c.criterion().weight(), c.met(), c.metCount(), c.notMetCount(),
                            c.average())).toList());
        }
    }

    record ReviewResponse(long id, long projectId, String projectCode, int stageIndex, String stageName, String gateName,
                          boolean lastGate, LocalDate scheduledOn, long chairId, String chairName,
                          List<Long> gatekeeperIds, String state, DecisionRule decisionRule, Decision majority,
                          List<String> missingLiaisons, List<ScorecardResponse> scorecards, ResultResponse result,
                          List<AgendaItem> agenda, DecisionResponse decision, long version) {

        static ReviewResponse of(ReviewView v) {
            var r = v.review();
            return new ReviewResponse(r.getId(), r.getProject(), v.project().getCode(), r.getStageIndex(),
                    v.gate().getName(), v.gate().getGateName(), v.lastGate(), r.getScheduledOn(), r.getChair(),
                    v.name(r.getChair()), r.gatekeeperIds(), r.getState().name(), v.decisionRule(),
                    v.majority().orElse(null), v.missingLiaisons(),
                    v.scorecards().stream().map(c -> new ScorecardResponse(c.gatekeeper(), c.name(), c.submitted(),
                            c.submitted() ? c.card().recommendation() : null, c.submitted() ? c.card().comment() : null,
                            c.submitted() ? c.card().scoredAt() : null, c.scores().stream()
                                    .map(s -> new ScoreResponse(s.criterionIndex(), s.met(), s.score(), s.comment()))
                                    .toList())).toList(),
                    ResultResponse.of(v.result()), v.agenda(),
                    v.decision() == null ? null : DecisionResponse.of(v.decision(), v.gate().getName(), v.gate().getGateName()),
                    r.getVersion());
        }
    }

    record BoardResponse(List<Board.Column> columns) {
    }
}
