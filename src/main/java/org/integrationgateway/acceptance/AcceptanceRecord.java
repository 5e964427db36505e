package org.integrationgateway.acceptance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.integrationgateway.acceptance.events.AcceptanceSnapshot;
import org.integrationgateway.acceptance.events.DeliverableAccepted;
import org.integrationgateway.acceptance.events.DeliverableRejected;
import org.integrationgateway.shared.Inputs;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.specs.DeliveredItem;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The customer's decision on a deliverable, as a transaction: who (contact and account), when, which deliverable at
 * which baseline, variant and item revision, the item's content as the customer received it, their comment, a
 * rejection's defects, whether it is the deliverable's first decision, and the SHA-256 of the exact document all of
 * that makes ({@link AcceptanceDocument}). It is written once and has no way to change: the repository is only ever
 * asked to insert it, and {@link #verify} rebuilds the document from its fields to show nothing was altered since.
 */
@Table("acceptance_record")
public class AcceptanceRecord extends AbstractAggregateRoot<AcceptanceRecord> {

    public static final int MAX_COMMENT = 2_000;
    public static final int MAX_DEFECTS = 30;
    public static final int MAX_DEFECT_TITLE = 200;
    public static final int MAX_DEFECT_DESCRIPTION = 2_000;

    @Id
    private Long id;
    private final long acceptanceTask;
    private final AcceptanceOutcome outcome;
    private final long project;
    private final long customer;
    private final Long salesOrder;
    private final String deliverableKey;
    private final long baseline;
    private final String baselineLabel;
    private final Long variant;
    private final String variantName;
    private final long itemRevision;
    private final String revisionLabel;
    private final String itemTitle;
    private final String itemBody;
    private final String itemCriterion;
    private final long decidedByContact;
    private final long decidedByAccount;
    private final String decidedByName;
    private final Instant decidedAt;
    private final String comment;
    private final boolean firstTime;
    private String content;
    private String contentHash;
    @MappedCollection(idColumn = "acceptance_record", keyColumn = "position")
    private final List<Defect> defects;

    @PersistenceCreator
    AcceptanceRecord(Long id, long acceptanceTask, AcceptanceOutcome outcome, long project, long customer,
                     Long salesOrder, String deliverableKey, long baseline, String baselineLabel, Long variant,
                     String variantName, long itemRevision, String revisionLabel, String itemTitle, String itemBody,
                     String itemCriterion, long decidedByContact, long decidedByAccount, String decidedByName,
                     Instant decidedAt, String comment, boolean firstTime, String content, String contentHash,
                     List<Defect> defects) {
        this.id = id;
        this.acceptanceTask = acceptanceTask;
        this.outcome = outcome;
        this.project = project;
        this.customer = customer;
        this.salesOrder = salesOrder;
        this.deliverableKey = deliverableKey;
        this.baseline = baseline;
        this.baselineLabel = baselineLabel;
        this.variant = variant;
        this.variantName = variantName;
        this.itemRevision = itemRevision;
        this.revisionLabel = revisionLabel;
        this.itemTitle = itemTitle;
        this.itemBody = itemBody;
        this.itemCriterion = itemCriterion;
        this.decidedByContact = decidedByContact;
        this.decidedByAccount = decidedByAccount;
        this.decidedByName = decidedByName;
        this.decidedAt = decidedAt;
        this.comment = comment;
        this.firstTime = firstTime;
        this.content = content;
        this.contentHash = contentHash;
        this.defects = List.copyOf(defects);
    }

    /**
     * The record of {@code task}'s decision (the task has been closed by {@link AcceptanceTask#decide}) on
     * {@code item} as delivered, by the contact; its document and hash are computed here. {@code decidedAt} should
     * be truncated to what the database keeps (microseconds) so that the document can be rebuilt from the row.
     *
     * @throws InvalidRequestException for a long comment; for a rejection without defects, with more than
     *                                 {@link #MAX_DEFECTS}, a defect without a title, long texts or an unknown step
     */
    static AcceptanceRecord decide(AcceptanceTask task, AcceptanceOutcome outcome, DeliveredItem item,
                                   long contactId, long accountId, String contactName, Instant decidedAt,
                                   String comment, List<DefectInput> defects, boolean firstTime) {
        String checkedComment = Inputs.text("comment", comment, MAX_COMMENT, false);
        List<Defect> checked = new ArrayList<>();
        if (outcome == AcceptanceOutcome.REJECTED) {
            if (defects == null || defects.isEmpty()) {
                throw new InvalidRequestException("defects", "List at least one defect to reject the deliverable.");
            }
            if (defects.size() > MAX_DEFECTS) {
                throw new InvalidRequestException("defects", "A rejection lists at most " + MAX_DEFECTS + " defects.");
            }
            for (int i = 0; i < defects.size(); i++) {
                DefectInput defect = defects.get(i);
                if (defect == null) {
                    throw new InvalidRequestException("defects[" + i + "]", "Defect " + (i + 1) + " is empty.");
                }
                if (defect.step() != null && (defect.step() < 1 || defect.step() > task.getSteps().size())) {
                    throw new InvalidRequestException("defects[" + i + "].step",
                            "This task has steps 1 to " + task.getSteps().size() + ".");
                }
                checked.add(new Defect(Inputs.text("defects[" + i + "].title", defect.title(), MAX_DEFECT_TITLE, true),
                        Inputs.text("defects[" + i + "].description", defect.description(), MAX_DEFECT_DESCRIPTION,
                                false), defect.step()));
            }
        } else if (defects != null && !defects.isEmpty()) {
            throw new InvalidRequestException("defects", "An acceptance lists no defects; reject the deliverable instead.");
        }
        AcceptanceRecord record = new AcceptanceRecord(null, task.getId(), outcome, task.getProject(),
                task.getCustomer(), task.getSalesOrder(), task.getDeliverableKey(), item.baselineId(),
                item.baselineLabel(), item.variantId(), item.variantName(), item.itemRevisionId(), item.revisionLabel(),
                item.title(), item.body(), item.acceptanceCriterion(), contactId, accountId, contactName, decidedAt,
                checkedComment, firstTime, null, null, checked);
        record.content = AcceptanceDocument.render(record, task.getSteps());
        record.contentHash = AcceptanceDocument.sha256(record.content);
        return record;
    }

    /** Registers {@link DeliverableAccepted} or {@link DeliverableRejected} once the record has its id. */
    void recorded(String orderNumber) {
        AcceptanceSnapshot snapshot = snapshot(orderNumber);
        registerEvent(outcome == AcceptanceOutcome.ACCEPTED ? new DeliverableAccepted(snapshot)
                : new DeliverableRejected(snapshot));
    }

    /**
     * Re-verifies the record against {@code steps} (its task's): the stored hash is the SHA-256 of the stored
     * document, and the document rebuilt from the record's own fields is the stored one.
     */
    public HashVerification verify(List<AcceptanceStep> steps) {
        String recomputed = AcceptanceDocument.sha256(content);
        String rebuilt = AcceptanceDocument.render(this, steps);
        return new HashVerification(id, contentHash, recomputed, recomputed.equals(contentHash),
                rebuilt.equals(content), null);
    }

    public AcceptanceSnapshot snapshot(String orderNumber) {
        return new AcceptanceSnapshot(id == null ? 0 : id, acceptanceTask, outcome.name(), project, customer,
                salesOrder, orderNumber, deliverableKey, baseline, baselineLabel, variant, itemRevision, revisionLabel,
                decidedByContact, decidedByName, decidedAt, comment, firstTime, contentHash,
                defects.stream().map(Defect::title).toList());
    }

    /** e.g. {@code A-7}. */
    public String key() {
        return "A-" + id;
    }

    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    public Long getId() { return id; }

    public long getAcceptanceTask() { return acceptanceTask; }

    public AcceptanceOutcome getOutcome() { return outcome; }

    public long getProject() { return project; }

    public long getCustomer() { return customer; }

    public Long getSalesOrder() { return salesOrder; }

    public String getDeliverableKey() { return deliverableKey; }

    public long getBaseline() { return baseline; }

    public String getBaselineLabel() { return baselineLabel; }

    public Long getVariant() { return variant; }

    public String getVariantName() { return variantName; }

    public long getItemRevision() { return itemRevision; }

    public String getRevisionLabel() { return revisionLabel; }

    public String getItemTitle() { return itemTitle; }

    public String getItemBody() { return itemBody; }

    public String getItemCriterion() { return itemCriterion; }

    public long getDecidedByContact() { return decidedByContact; }

    public long getDecidedByAccount() { return decidedByAccount; }

    public String getDecidedByName() { return decidedByName; }

    public Instant getDecidedAt() { return decidedAt; }

    public String getComment() { return comment; }

    public boolean isFirstTime() { return firstTime; }

    public String getContent() { return content; }

    public String getContentHash() { return contentHash; }

    public List<Defect> getDefects() { return defects; }
}
