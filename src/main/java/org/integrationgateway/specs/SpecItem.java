package org.integrationgateway.specs;

import java.time.Instant;
import java.util.Objects;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A spec item of a project: its stable key ({@code SPEC-<number>}, numbered per project), the current revision's
 * headline fields for lists, and the number of its current {@link ItemRevision}. Every edit writes a new revision.
 * Once a baseline contains the item ({@code lockedByBaseline}), it changes only by implementing an approved change
 * request: {@link #revise} refuses an edit without one.
 */
@Table("spec_item")
public class SpecItem extends AbstractAggregateRoot<SpecItem> {

    @Id
    private Long id;
    private final long project;
    private final int number;
    private final String itemKey;
    private String title;
    private String category;
    private ItemPriority priority;
    private ItemStatus status;
    private int currentRevision;
    private Long lockedByBaseline;
    private final Instant createdAt;
    private Instant revisedAt;
    @Version
    private Long version;

    @PersistenceCreator
    SpecItem(Long id, long project, int number, String itemKey, String title, String category, ItemPriority priority,
             ItemStatus status, int currentRevision, Long lockedByBaseline, Instant createdAt, Instant revisedAt,
             Long version) {
        this.id = id;
        this.project = project;
        this.number = number;
        this.itemKey = itemKey;
        this.title = title;
        this.category = category;
        this.priority = priority;
        this.status = status;
        this.currentRevision = currentRevision;
        this.lockedByBaseline = lockedByBaseline;
        this.createdAt = createdAt;
        this.revisedAt = revisedAt;
        this.version = version;
    }

    /** A new item numbered {@code number} in its project, without revisions yet (see {@link #revise}). */
    static SpecItem create(long project, int number, ItemContent content, Instant now) {
        ItemContent checked = ItemRules.check(content);
        return new SpecItem(null, project, number, "SPEC-" + number, checked.title(), checked.category(),
                checked.priority(), checked.status(), 0, null, now, null, null);
    }

    /**
     * The next revision of this item with {@code content}, written by {@code author} for {@code reason}, implementing
     * {@code changeRequest} (null for a direct edit).
     *
     * @throws RuleViolationException for a direct edit of a baselined item
     * @throws InvalidRequestException for invalid content, a missing reason, or content identical to the current
     */
    ItemRevision revise(ItemContent content, ItemRevision current, Long author, String authorName, String reason,
                        Long changeRequest, Instant now) {
        if (lockedByBaseline != null && changeRequest == null) {
            throw new RuleViolationException("baselined", null, itemKey + " is in a baseline, so it changes only through "
                    + "an approved change request: raise one, and implement it once approved.");
        }
        ItemContent checked = ItemRules.check(content);
        String why = ItemRules.reason(reason);
        if (current != null && Objects.equals(current.content(), checked)) {
            throw new InvalidRequestException("body", "Nothing has changed compared with revision " + current.revision() + ".");
        }
        currentRevision++;
        title = checked.title();
        category = checked.category();
        priority = checked.priority();
        status = checked.status();
        revisedAt = now;
        return new ItemRevision(null, id, project, itemKey, currentRevision, checked.title(), checked.body(),
                checked.category(), checked.priority(), checked.acceptanceCriterion(), checked.status(),
                checked.optionPrice(), checked.optionCurrency(), checked.leadTimeDays(), author, authorName, now, why,
                changeRequest);
    }

    /** Marks the item as baselined by {@code baselineId} (the first baseline that contains it stays recorded). */
    void lock(long baselineId) {
        if (lockedByBaseline == null) {
            lockedByBaseline = baselineId;
        }
    }

    public boolean isBaselined() {
        return lockedByBaseline != null;
    }

    public Long getId() {
        return id;
    }

    public long getProject() {
        return project;
    }

    public int getNumber() {
        return number;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getTitle() {
        return title;
    }

    public String getCategory() {
        return category;
    }

    public ItemPriority getPriority() {
        return priority;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public int getCurrentRevision() {
        return currentRevision;
    }

    public Long getLockedByBaseline() {
        return lockedByBaseline;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }

    public Long getVersion() {
        return version;
    }
}
