package org.integrationgateway.specs.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.shared.Paging;
import org.integrationgateway.shared.TraceNode;
import org.integrationgateway.specs.Baseline;
import org.integrationgateway.specs.BaselineComparison;
import org.integrationgateway.specs.BaselineSource;
import org.integrationgateway.specs.DeliveredSpec;
import org.integrationgateway.specs.DiffSegment;
import org.integrationgateway.specs.FieldDiff;
import org.integrationgateway.specs.ItemChange;
import org.integrationgateway.specs.ItemContent;
import org.integrationgateway.specs.ItemPriority;
import org.integrationgateway.specs.ItemRevision;
import org.integrationgateway.specs.ItemStatus;
import org.integrationgateway.specs.MarkdownRenderer;
import org.integrationgateway.specs.OverrideInput;
import org.integrationgateway.specs.RevisionComparison;
import org.integrationgateway.specs.SpecItem;
import org.integrationgateway.specs.SpecItemRow;
import org.integrationgateway.specs.SpecPermissions;
import org.integrationgateway.specs.TraceDirection;
import org.integrationgateway.specs.TraceGraph;
import org.integrationgateway.specs.TraceLink;
import org.integrationgateway.specs.Variant;
import org.integrationgateway.specs.VariantInput;
import org.integrationgateway.specs.VariantOverride;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The JSON bodies of the specifications API. Requests are checked by the domain, whose refusals name the request's own
 * fields (an error's {@code field} is the JSON property to fix). Bodies are Markdown, stored as written and answered
 * both raw ({@code body}) and rendered as safe HTML ({@code bodyHtml}: no script, style, event handler or
 * javascript: link ever survives). Option prices are JSON numbers with at most two decimals and an ISO 4217 currency.
 * Schema names carry a Spec, Baseline, Variant or Trace prefix so they stay unique in the OpenAPI document.
 */
final class SpecsApi {

    private SpecsApi() {
    }

    /** A page of an in-memory list that is short by nature (baselines, variants, suspect links of one project). */
    static <T> PageResponse<T> page(List<T> all, Integer page, Integer size) {
        PageRequest pageable = Paging.of(page, size, null, Set.of(), Sort.unsorted());
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        return PageResponse.of(new PageImpl<>(all.subList(from, to), pageable, all.size()), item -> item);
    }

    /**
     * Refuses a write to the spec of {@code projectId} unless the signed-in person may edit it (403 with code
     * not-permitted); used where the project is known only from the thing written to.
     */
    static void requireEdit(SpecPermissions permissions, long projectId) {
        if (!permissions.canEdit(projectId)) {
            throw new NotPermittedException("not-permitted", "Only the project manager, engineers and designers on the "
                    + "project (and administrators and PMO) change its spec.");
        }
    }

    // ---- shared pieces ------------------------------------------------------------------------------------------

    record SpecPrice(BigDecimal amount, String currency) {

        static SpecPrice of(BigDecimal amount, String currency) {
            return amount == null ? null : new SpecPrice(amount, currency);
        }
    }

    record SpecAuthor(@Schema(description = "The person, when the author is linked to one") Long id, String name) {
    }

    @Schema(description = "A change request, by id and key (CR-<id>)")
    record SpecChangeRef(long id, String key) {

        static SpecChangeRef of(Long id) {
            return id == null ? null : new SpecChangeRef(id, "CR-" + id);
        }
    }

    record SpecDiffSegment(@Schema(description = "EQUAL runs are in both texts, INSERTED only in the later one, "
            + "DELETED only in the earlier one") DiffSegment.Kind kind, String text) {
    }

    @Schema(description = "How one field differs, word by word: joining EQUAL and DELETED segments gives before, "
            + "EQUAL and INSERTED gives after")
    record SpecFieldDiff(String field, String before, String after, List<SpecDiffSegment> segments) {

        static List<SpecFieldDiff> of(List<FieldDiff> diffs) {
            return diffs.stream().map(d -> new SpecFieldDiff(d.field(), d.before(), d.after(),
                    d.segments().stream().map(s -> new SpecDiffSegment(s.kind(), s.text())).toList())).toList();
        }
    }

    // ---- items: requests ----------------------------------------------------------------------------------------

    @Schema(description = "A new spec item; it gets the project's next key (SPEC-<n>) and its first revision.")
    record SpecItemCreateRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String title,
                                 @Schema(description = "Markdown, up to 20,000 characters") String body,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                         description = "A lower-case word such as requirement, design decision, option")
                                 String category,
                                 @Schema(description = "Default SHOULD") ItemPriority priority,
                                 String acceptanceCriterion,
                                 @Schema(description = "Default DRAFT") ItemStatus status,
                                 @Schema(description = ">= 0, at most two decimals; for options") BigDecimal optionPrice,
                                 @Schema(description = "ISO 4217 code; required with optionPrice") String optionCurrency,
                                 @Schema(description = "0..3650") Integer leadTimeDays,
                                 @Schema(description = "Why the item is written; default \"New item\"") String reason) {

        ItemContent content() {
            return new ItemContent(title, body, category, priority, acceptanceCriterion, status, optionPrice,
                    optionCurrency, leadTimeDays);
        }

        String reasonOrDefault() {
            return reason == null || reason.isBlank() ? "New item" : reason;
        }
    }

    @Schema(description = "The next revision of an item that is not baselined: its complete new content, why, and the "
            + "item's version it is based on.")
    record SpecItemUpdateRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title, String body,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String category,
                                 ItemPriority priority, String acceptanceCriterion, ItemStatus status,
                                 BigDecimal optionPrice, String optionCurrency, Integer leadTimeDays,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Long version) {

        ItemContent content() {
            return new ItemContent(title, body, category, priority, acceptanceCriterion, status, optionPrice,
                    optionCurrency, leadTimeDays);
        }
    }

    @Schema(description = "The complete new content of one affected item of the change request")
    record SpecImplementationChange(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "e.g. SPEC-12")
                                    String itemKey,
                                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title, String body,
                                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String category,
                                    ItemPriority priority, String acceptanceCriterion, ItemStatus status,
                                    BigDecimal optionPrice, String optionCurrency, Integer leadTimeDays) {

        ItemChange change() {
            return new ItemChange(itemKey, new ItemContent(title, body, category, priority, acceptanceCriterion, status,
                    optionPrice, optionCurrency, leadTimeDays));
        }
    }

    record SpecImplementationRequest(@Schema(description = "One entry per affected item that changes")
                                     List<SpecImplementationChange> changes,
                                     @Schema(description = "The reason recorded on each revision; default "
                                             + "\"Implements CR-<id>: <title>\"") String comment) {

        List<ItemChange> itemChanges() {
            return changes == null ? List.of() : changes.stream().map(c -> c == null ? null : c.change()).toList();
        }
    }

    // ---- items: responses ---------------------------------------------------------------------------------------

    @Schema(description = "A spec item as lists show it")
    record SpecItemSummary(long id, String key, long projectId, String title, String category, ItemPriority priority,
                           ItemStatus status, int currentRevision, boolean baselined, Instant revisedAt, long version) {

        static SpecItemSummary of(SpecItemRow row) {
            return new SpecItemSummary(row.id(), row.itemKey(), row.projectId(), row.title(), row.category(),
                    row.priority(), row.status(), row.currentRevision(), row.baselined(), row.revisedAt(), row.version());
        }
    }

    @Schema(description = "A spec item with the content of its current revision")
    record SpecItemResponse(long id, String key, long projectId, String title,
                            @Schema(description = "Markdown as written") String body,
                            @Schema(description = "The body rendered as safe HTML") String bodyHtml,
                            String category, ItemPriority priority, String acceptanceCriterion, ItemStatus status,
                            SpecPrice optionPrice, Integer leadTimeDays, int currentRevision,
                            @Schema(description = "true once a baseline holds the item: it then changes only by "
                                    + "implementing an approved change request") boolean baselined,
                            @Schema(description = "The first baseline that holds the item") Long baselineId,
                            Instant createdAt, Instant revisedAt, SpecAuthor revisedBy, String reason,
                            @Schema(description = "The change request the current revision implements") SpecChangeRef changeRequest,
                            long version) {

        static SpecItemResponse of(SpecItem item, ItemRevision current, MarkdownRenderer markdown) {
            return new SpecItemResponse(item.getId(), item.getItemKey(), item.getProject(), current.title(),
                    current.body(), markdown.render(current.body()), current.category(), current.priority(),
                    current.acceptanceCriterion(), current.status(),
                    SpecPrice.of(current.optionPrice(), current.optionCurrency()), current.leadTimeDays(),
                    item.getCurrentRevision(), item.isBaselined(), item.getLockedByBaseline(), item.getCreatedAt(),
                    current.revisedAt(), new SpecAuthor(current.author(), current.authorName()), current.reason(),
                    SpecChangeRef.of(current.changeRequest()), item.getVersion());
        }
    }

    @Schema(description = "One revision of an item, as the history lists it")
    record SpecRevisionSummary(long id, long itemId, String key, int revision,
                               @Schema(description = "e.g. SPEC-14 r3") String label, String title, ItemStatus status,
                               SpecAuthor author, Instant revisedAt, String reason, SpecChangeRef changeRequest) {

        static SpecRevisionSummary of(ItemRevision r) {
            return new SpecRevisionSummary(r.id(), r.specItem(), r.itemKey(), r.revision(), r.label(), r.title(),
                    r.status(), new SpecAuthor(r.author(), r.authorName()), r.revisedAt(), r.reason(),
                    SpecChangeRef.of(r.changeRequest()));
        }
    }

    @Schema(description = "One revision of an item with its full content; revisions never change once written")
    record SpecRevisionResponse(long id, long itemId, long projectId, String key, int revision, String label,
                                String title, String body, String bodyHtml, String category, ItemPriority priority,
                                String acceptanceCriterion, ItemStatus status, SpecPrice optionPrice,
                                Integer leadTimeDays, SpecAuthor author, Instant revisedAt, String reason,
                                @Schema(description = "The change request this revision implements; null for edits "
                                        + "before the item was baselined") SpecChangeRef changeRequest) {

        static SpecRevisionResponse of(ItemRevision r, MarkdownRenderer markdown) {
            return new SpecRevisionResponse(r.id(), r.specItem(), r.project(), r.itemKey(), r.revision(), r.label(),
                    r.title(), r.body(), markdown.render(r.body()), r.category(), r.priority(), r.acceptanceCriterion(),
                    r.status(), SpecPrice.of(r.optionPrice(), r.optionCurrency()), r.leadTimeDays(),
                    new SpecAuthor(r.author(), r.authorName()), r.revisedAt(), r.reason(),
                    SpecChangeRef.of(r.changeRequest()));
        }
    }

    @Schema(description = "Two revisions of an item and the fields that differ (empty when the same)")
    record SpecRevisionComparison(long itemId, String key, SpecRevisionSummary from, SpecRevisionSummary to,
                                  List<SpecFieldDiff> changes) {

        static SpecRevisionComparison of(RevisionComparison c) {
            return new SpecRevisionComparison(c.item().getId(), c.item().getItemKey(), SpecRevisionSummary.of(c.from()),
                    SpecRevisionSummary.of(c.to()), SpecFieldDiff.of(c.changes()));
        }
    }

    @Schema(description = "What implementing a change request wrote: the change request's new state and the new "
            + "revisions, each linked to it")
    record SpecImplementationResponse(SpecChangeRef changeRequest, ChangeState state,
                                      List<SpecRevisionResponse> revisions) {
    }

    // ---- baselines ----------------------------------------------------------------------------------------------

    record BaselineFreezeRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200,
            description = "e.g. \"Before the customer workshop\"") String name) {
    }

    @Schema(description = "A frozen baseline of a project (B1, B2 …)")
    record BaselineSummary(long id, String key, long projectId, String name,
                           @Schema(description = "GATE when a GO froze it, MANUAL when frozen by hand") BaselineSource source,
                           @Schema(description = "The gate review whose GO froze it") Long gateReviewId,
                           Instant frozenAt, String frozenBy, int itemCount) {

        static BaselineSummary of(Baseline b) {
            return new BaselineSummary(b.getId(), b.key(), b.getProject(), b.getName(), b.getSource(), b.getGateReview(),
                    b.getFrozenAt(), b.getFrozenBy(), b.entriesByKey().size());
        }
    }

    @Schema(description = "One item revision held by a baseline")
    record BaselineItemRevision(long itemId, String itemKey, long revisionId, int revision, String label, String title,
                                String category, ItemStatus status, SpecChangeRef changeRequest) {

        static BaselineItemRevision of(ItemRevision r) {
            return new BaselineItemRevision(r.specItem(), r.itemKey(), r.id(), r.revision(), r.label(), r.title(),
                    r.category(), r.status(), SpecChangeRef.of(r.changeRequest()));
        }
    }

    @Schema(description = "A baseline with the item revisions it holds, by item key")
    record BaselineResponse(long id, String key, long projectId, String name, BaselineSource source, Long gateReviewId,
                            Instant frozenAt, String frozenBy, List<BaselineItemRevision> entries) {

        static BaselineResponse of(Baseline b, List<ItemRevision> contents) {
            return new BaselineResponse(b.getId(), b.key(), b.getProject(), b.getName(), b.getSource(), b.getGateReview(),
                    b.getFrozenAt(), b.getFrozenBy(), contents.stream().map(BaselineItemRevision::of).toList());
        }
    }

    @Schema(description = "An item whose revision differs between the two baselines")
    record BaselineChangedItem(String itemKey, BaselineItemRevision before, BaselineItemRevision after,
                               List<SpecFieldDiff> changes,
                               @Schema(description = "The change requests the newer revisions implement")
                               List<SpecChangeRef> changeRequests) {
    }

    @Schema(description = "What changed from one baseline to another: items added, removed and changed")
    record BaselineComparisonResponse(BaselineSummary from, BaselineSummary to, List<BaselineItemRevision> added,
                                      List<BaselineItemRevision> removed, List<BaselineChangedItem> changed) {

        static BaselineComparisonResponse of(BaselineComparison c) {
            return new BaselineComparisonResponse(BaselineSummary.of(c.from()), BaselineSummary.of(c.to()),
                    c.added().stream().map(BaselineItemRevision::of).toList(),
                    c.removed().stream().map(BaselineItemRevision::of).toList(),
                    c.changed().stream().map(i -> new BaselineChangedItem(i.itemKey(), BaselineItemRevision.of(i.before()),
                            BaselineItemRevision.of(i.after()), SpecFieldDiff.of(i.changes()),
                            i.changeRequests().stream().map(SpecChangeRef::of).toList())).toList());
        }
    }

    // ---- variants -----------------------------------------------------------------------------------------------

    @Schema(description = "A new variant of the project's spec for a customer and/or an order, on one baseline")
    record VariantCreateRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
                                @Schema(description = "The customer organisation") Long customerId,
                                String orderReference,
                                @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long baselineId) {

        VariantInput input() {
            return new VariantInput(name, customerId, orderReference, baselineId);
        }
    }

    @Schema(description = "What the variant changes in one item (null keeps the baseline's text), why, and the "
            + "variant's version")
    record VariantOverrideRequest(String title, String body, String acceptanceCriterion,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Long version) {

        OverrideInput input() {
            return new OverrideInput(title, body, acceptanceCriterion, reason);
        }
    }

    record VariantResolveRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "true re-bases the "
            + "override on the baseline's new revision, false drops it") @NotNull Boolean keep,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Long version) {
    }

    record VariantCarryForwardRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
            description = "A later baseline of the same project") @NotNull Long baselineId,
                                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Long version) {
    }

    @Schema(description = "A delta of a variant on one item")
    record VariantOverrideBody(long itemId, String itemKey,
                               @Schema(description = "The item revision the override was made against") int baseRevision,
                               String title, String body, String acceptanceCriterion, String reason,
                               @Schema(description = "Set after a carry-forward to a baseline holding another revision "
                                       + "of the item, until resolved") boolean conflict) {

        static VariantOverrideBody of(VariantOverride o) {
            return new VariantOverrideBody(o.specItem(), o.itemKey(), o.baseRevision(), o.title(), o.body(),
                    o.acceptanceCriterion(), o.reason(), o.conflict());
        }
    }

    @Schema(description = "A variant as lists show it")
    record VariantSummary(long id, long projectId, String name, Long customerId, String orderReference, long baselineId,
                          int overrides, int conflicts, Instant createdAt, String createdBy, Long version) {

        static VariantSummary of(Variant v) {
            List<VariantOverride> overrides = v.getOverrides();
            return new VariantSummary(v.getId(), v.getProject(), v.getName(), v.getCustomer(), v.getOrderReference(),
                    v.getBaseline(), overrides.size(), (int) overrides.stream().filter(VariantOverride::conflict).count(),
                    v.getCreatedAt(), v.getCreatedBy(), v.getVersion());
        }
    }

    @Schema(description = "A variant: its baseline and its overrides (never a copy of the spec)")
    record VariantResponse(long id, long projectId, String name, Long customerId, String orderReference, long baselineId,
                           List<VariantOverrideBody> overrides, Instant createdAt, String createdBy, Long version) {

        static VariantResponse of(Variant v) {
            return new VariantResponse(v.getId(), v.getProject(), v.getName(), v.getCustomer(), v.getOrderReference(),
                    v.getBaseline(), v.getOverrides().stream().map(VariantOverrideBody::of).toList(), v.getCreatedAt(),
                    v.getCreatedBy(), v.getVersion());
        }
    }

    @Schema(description = "One item as delivered: the baseline's revision with the variant's override applied")
    record VariantDeliveredItem(String itemKey, BaselineItemRevision baselineRevision, String title, String body,
                                String bodyHtml, String acceptanceCriterion, boolean overridden, boolean conflict,
                                Integer overrideBaseRevision, String overrideReason) {

        static VariantDeliveredItem of(DeliveredSpec.Item i, MarkdownRenderer markdown) {
            return new VariantDeliveredItem(i.itemKey(), i.baselineRevision() == null ? null
                    : BaselineItemRevision.of(i.baselineRevision()), i.title(), i.body(), markdown.render(i.body()),
                    i.acceptanceCriterion(), i.overridden(), i.conflict(), i.overrideBaseRevision(), i.overrideReason());
        }
    }

    @Schema(description = "The spec as delivered for a variant: its baseline plus its overrides, with conflicts")
    record VariantDeliveredResponse(VariantSummary variant, BaselineSummary baseline, long conflicts,
                                    List<VariantDeliveredItem> items) {

        static VariantDeliveredResponse of(DeliveredSpec spec, MarkdownRenderer markdown) {
            return new VariantDeliveredResponse(VariantSummary.of(spec.variant()), BaselineSummary.of(spec.baseline()),
                    spec.conflicts(), spec.items().stream().map(i -> VariantDeliveredItem.of(i, markdown)).toList());
        }
    }

    // ---- traceability -------------------------------------------------------------------------------------------

    @Schema(description = "A node of the traceability graph: a type such as CHANGE_REQUEST or ITEM_REVISION and the "
            + "owning module's id of it")
    record TraceNodeBody(String type, String id, String label, Long projectId) {

        static TraceNodeBody of(TraceNode node) {
            return new TraceNodeBody(node.type(), node.id(), node.label(), node.projectId());
        }
    }

    @Schema(description = "A typed link: from led to to by relation; suspect until reviewed once the item revision "
            + "it comes from was superseded")
    record TraceLinkBody(long id, TraceNodeBody from, TraceNodeBody to, String relation, Instant recordedAt,
                         boolean suspect, Instant suspectSince, String suspectReason, String reviewedBy,
                         Instant reviewedAt, Long version) {

        static TraceLinkBody of(TraceLink l) {
            return new TraceLinkBody(l.id(), new TraceNodeBody(l.fromType(), l.fromId(), l.fromLabel(), l.fromProject()),
                    new TraceNodeBody(l.toType(), l.toId(), l.toLabel(), l.toProject()), l.relation(), l.recordedAt(),
                    l.suspect(), l.suspectSince(), l.suspectReason(), l.reviewedBy(), l.reviewedAt(), l.version());
        }
    }

    @Schema(description = "The part of the graph a walk reached: its start, nodes and the links between them")
    record TraceGraphResponse(TraceNodeBody start, TraceDirection direction, List<TraceNodeBody> nodes,
                              List<TraceLinkBody> links) {

        static TraceGraphResponse of(TraceGraph graph) {
            return new TraceGraphResponse(TraceNodeBody.of(graph.start()), graph.direction(),
                    graph.nodes().stream().map(TraceNodeBody::of).toList(),
                    graph.links().stream().map(TraceLinkBody::of).toList());
        }
    }

    record TraceReviewRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
            description = "The link's version; 409 if stale") @NotNull Long version) {
    }
}
