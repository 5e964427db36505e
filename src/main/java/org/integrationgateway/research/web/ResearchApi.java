package org.integrationgateway.research.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.research.ActionInput;
import org.integrationgateway.research.Bearing;
import org.integrationgateway.research.BearingInput;
import org.integrationgateway.research.Confidence;
import org.integrationgateway.research.EvidenceSource;
import org.integrationgateway.research.Finding;
import org.integrationgateway.research.FindingAction;
import org.integrationgateway.research.FindingDraft;
import org.integrationgateway.research.FindingRow;
import org.integrationgateway.research.FindingState;
import org.integrationgateway.research.Outcome;
import org.integrationgateway.shared.InvalidRequestException;

/** The JSON shapes of the research API. */
final class ResearchApi {

    private ResearchApi() {
    }

    static long required(Long version) {
        if (version == null) {
            throw new InvalidRequestException("version", "Give the version the change is based on.");
        }
        return version;
    }

    @Schema(description = "The facts of a finding; version is required on PUT.")
    record FindingBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String title,
                       @Schema(maxLength = 4000, description = "Markdown") String summary,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) EvidenceSource source,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String segment,
                       @Schema(maxLength = 10000, description = "Markdown") String evidence,
                       @Schema(description = "Up to 10 http(s) addresses") List<String> links,
                       @Schema(minimum = "0", maximum = "1000000000") Integer sampleSize,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Confidence confidence,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Not in the future") LocalDate observedOn,
                       Long version) {

        FindingDraft draft() {
            return new FindingDraft(title, summary, source, segment, evidence, links, sampleSize, confidence, observedOn);
        }
    }

    record BearingBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long projectId,
                       @Schema(description = "A spec item key of the project, e.g. SPEC-14") String itemKey,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String how,
                       @Schema(description = "Contradicts the item as baselined (then itemKey is required and must be in "
                               + "the project's current baseline); default false") Boolean contradicts) {

        BearingInput input() {
            return new BearingInput(projectId, itemKey, how, Boolean.TRUE.equals(contradicts));
        }
    }

    record InterpretationBody(@Schema(description = "1 to 20 bearings") List<BearingBody> bearings,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {

        List<BearingInput> inputs() {
            return bearings == null ? null : bearings.stream().map(b -> b == null ? null : b.input()).toList();
        }
    }

    record ChangeRequestBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long projectId, String title,
                             String description,
                             @Schema(allowableValues = {"STANDARD", "NORMAL", "EMERGENCY"}) String changeClass,
                             Integer targetStage, List<String> affectedItemKeys,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {

        ActionInput input() {
            return new ActionInput(projectId, title, description, changeClass, targetStage, affectedItemKeys);
        }
    }

    record EvidenceBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long projectId,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> itemKeys,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
    }

    record DismissalBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String reason,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
    }

    record BearingItem(long projectId, String itemKey, String how, boolean contradicts) {
        static BearingItem of(Bearing b) {
            return new BearingItem(b.project(), b.itemKey(), b.how(), b.contradicts());
        }
    }

    record ActionItem(Outcome kind, Long projectId, Long changeRequestId, String itemKey, String reason, String by,
                      Instant at) {
        static ActionItem of(FindingAction a) {
            return new ActionItem(a.kind(), a.project(), a.changeRequest(), a.itemKey(), a.note(), a.actorName(),
                    a.actedAt());
        }
    }

    record FindingResponse(long id, String key, String title, String summary, EvidenceSource source, String segment,
                           String evidence, List<String> links, Integer sampleSize, Confidence confidence,
                           LocalDate observedOn, Long surfacedBy, String surfacedByName, Instant surfacedAt,
                           FindingState state, Outcome outcome, String interpretedBy, Instant interpretedAt,
                           Instant actionedAt, String dismissal, List<BearingItem> bearings,
                           @Schema(description = "Bearings contradicting a baselined item while not actioned: the "
                                   + "project's flag and gate agenda") List<BearingItem> openContradictions,
                           List<ActionItem> actions, Long importBatch, long version) {

        static FindingResponse of(Finding f) {
            return new FindingResponse(f.getId(), f.key(), f.getTitle(), f.getSummary(), f.getSource(), f.getSegment(),
                    f.getEvidence(), f.getLinks(), f.getSampleSize(), f.getConfidence(), f.getObservedOn(),
                    f.getSurfacedBy(), f.getSurfacedByName(), f.getSurfacedAt(), f.getState(), f.getOutcome(),
                    f.getInterpretedBy(), f.getInterpretedAt(), f.getActionedAt(), f.dismissal(),
                    f.getBearings().stream().map(BearingItem::of).toList(),
                    f.openContradictions().stream().map(BearingItem::of).toList(),
                    f.getActions().stream().map(ActionItem::of).toList(), f.getImportBatch(), f.getVersion());
        }
    }

    record FindingItem(long id, String key, String title, EvidenceSource source, String segment, Confidence confidence,
                       Integer sampleSize, LocalDate observedOn, String surfacedByName, Instant surfacedAt,
                       FindingState state, Outcome outcome, int bearings, int openContradictions, long version) {

        static FindingItem of(FindingRow r) {
            return new FindingItem(r.id(), r.key(), r.title(), r.source(), r.segment(), r.confidence(), r.sampleSize(),
                    r.observedOn(), r.surfacedByName(), r.surfacedAt(), r.state(), r.outcome(), r.bearings(),
                    r.openContradictions(), r.version());
        }
    }
}
