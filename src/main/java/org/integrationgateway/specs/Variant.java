package org.integrationgateway.specs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer's or an order's variant of a project's spec: a set of {@link VariantOverride}s on one baseline, never a
 * copy. The spec as delivered is computed from the baseline plus the overrides; carrying the variant forward to a
 * later baseline keeps the overrides and flags those whose item changed in between as conflicts.
 */
@Table("variant")
public class Variant extends AbstractAggregateRoot<Variant> {

    @Id
    private Long id;
    private final long project;
    private String name;
    private Long customer;
    private String orderReference;
    private long baseline;
    @MappedCollection(idColumn = "variant", keyColumn = "position")
    private List<VariantOverride> overrides;
    private final Instant createdAt;
    private final String createdBy;
    @Version
    private Long version;

    @PersistenceCreator
    Variant(Long id, long project, String name, Long customer, String orderReference, long baseline,
            List<VariantOverride> overrides, Instant createdAt, String createdBy, Long version) {
        this.id = id;
        this.project = project;
        this.name = name;
        this.customer = customer;
        this.orderReference = orderReference;
        this.baseline = baseline;
        this.overrides = new ArrayList<>(overrides);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.version = version;
    }

    static final int MAX_NAME = 200;
    static final int MAX_ORDER_REFERENCE = 100;

    /**
     * A new variant of {@code baseline} (of project {@code project}) without overrides.
     *
     * @throws InvalidRequestException for a missing or too long name or order reference
     */
    static Variant create(long project, String name, Long customer, String orderReference, Baseline baseline,
                          String by, Instant now) {
        if (baseline.getProject() != project) {
            throw new RuleViolationException("baseline-of-another-project", "baselineId", baseline.key()
                    + " belongs to another project; a variant is made on a baseline of its own project.");
        }
        return new Variant(null, project, ItemRules.text("name", name, MAX_NAME, true), customer,
                ItemRules.text("orderReference", orderReference, MAX_ORDER_REFERENCE, false), baseline.getId(),
                List.of(), now, by, null);
    }

    /** The override of item {@code itemKey} (case-insensitive), if the variant has one. */
    public Optional<VariantOverride> overrideOf(String itemKey) {
        String key = normaliseKey(itemKey);
        return overrides.stream().filter(o -> o.itemKey().equals(key)).findFirst();
    }

    public boolean hasConflicts() {
        return overrides.stream().anyMatch(VariantOverride::conflict);
    }

    /**
     * Adds or replaces the override of the item whose revision in this variant's baseline is {@code baselineRevision}:
     * the fields that differ from that revision (fields equal to it, or blank, keep the baseline's text), made
     * against that revision, without conflict. Replacing a conflicting override this way resolves it.
     *
     * @throws InvalidRequestException without a reason, with too long text, or when nothing differs from the baseline
     */
    VariantOverride override(ItemRevision baselineRevision, OverrideInput input) {
        if (input == null) {
            throw new InvalidRequestException("reason", "Give the overridden text and the reason for it.");
        }
        String title = differing(ItemRules.text("title", input.title(), ItemRules.MAX_TITLE, false),
                baselineRevision.title());
        String body = differing(ItemRules.text("body", input.body(), ItemRules.MAX_BODY, false), baselineRevision.body());
        String acceptance = differing(ItemRules.text("acceptanceCriterion", input.acceptanceCriterion(),
                ItemRules.MAX_ACCEPTANCE, false), baselineRevision.acceptanceCriterion());
        String reason = ItemRules.reason(input.reason());
        if (title == null && body == null && acceptance == null) {
            throw new InvalidRequestException("title", "The override changes nothing in " + baselineRevision.label()
                    + ": give a title, body or acceptance criterion that differs from the baseline's.");
        }
        VariantOverride override = new VariantOverride(baselineRevision.specItem(), baselineRevision.itemKey(),
                baselineRevision.revision(), title, body, acceptance, reason, false);
        replaceOrAdd(override);
        return override;
    }

    /** @throws NotFoundException if the variant does not override {@code itemKey} */
    VariantOverride removeOverride(String itemKey) {
        VariantOverride existing = requireOverride(itemKey);
        overrides.remove(existing);
        return existing;
    }

    /**
     * Moves the variant from {@code current} (its baseline) to {@code target}, a later baseline of the same project.
     * An override whose item has another revision in {@code target} than the one it was made against, or is not in
     * {@code target} at all, becomes a conflict; the others carry over unchanged.
     *
     * @return the keys of the items whose overrides are now in conflict
     * @throws RuleViolationException if {@code target} is of another project or not later than the current baseline
     */
    List<String> carryForward(Baseline current, Baseline target) {
        if (!Objects.equals(current.getId(), baseline)) {
            throw new IllegalArgumentException("Baseline " + current.getId() + " is not this variant's baseline");
        }
        if (target.getProject() != project) {
            throw new RuleViolationException("baseline-of-another-project", "baselineId", target.key()
                    + " belongs to another project; a variant moves only to a later baseline of its own project.");
        }
        if (target.getNumber() <= current.getNumber()) {
            throw new RuleViolationException("not-a-later-baseline", "baselineId", "The variant is on "
                    + current.key() + "; it can only be carried forward to a later baseline, not to " + target.key() + ".");
        }
        Map<Long, BaselineEntry> entries = target.entriesByKey().stream()
                .collect(Collectors.toMap(BaselineEntry::specItem, Function.identity()));
        List<String> conflicts = new ArrayList<>();
        overrides.replaceAll(o -> {
            BaselineEntry entry = entries.get(o.specItem());
            boolean conflict = entry == null || entry.revision() != o.baseRevision();
            if (conflict) {
                conflicts.add(o.itemKey());
            }
            return new VariantOverride(o.specItem(), o.itemKey(), o.baseRevision(), o.title(), o.body(),
                    o.acceptanceCriterion(), o.reason(), conflict);
        });
        baseline = target.getId();
        return conflicts;
    }

    /**
     * Resolves the conflict of the override of {@code itemKey}: {@code keep} re-bases it on {@code entry}, the
     * item's revision in the variant's baseline; otherwise the override is dropped.
     *
     * @param entry the item's entry in the variant's current baseline, or null when the baseline no longer has it
     * @throws NotFoundException if there is no such override
     * @throws ConflictException if the override is not in conflict
     * @throws RuleViolationException when keeping an override of an item the baseline no longer has
     */
    VariantOverride resolve(String itemKey, boolean keep, BaselineEntry entry) {
        VariantOverride existing = requireOverride(itemKey);
        if (!existing.conflict()) {
            throw new ConflictException("not-in-conflict", "The override of " + existing.itemKey()
                    + " is not in conflict, so there is nothing to resolve.");
        }
        if (!keep) {
            overrides.remove(existing);
            return existing;
        }
        if (entry == null || entry.specItem() != existing.specItem()) {
            throw new RuleViolationException("item-not-in-baseline", "itemKey", existing.itemKey()
                    + " is no longer in the variant's baseline, so its override cannot be kept; drop it instead.");
        }
        VariantOverride rebased = new VariantOverride(existing.specItem(), existing.itemKey(), entry.revision(),
                existing.title(), existing.body(), existing.acceptanceCriterion(), existing.reason(), false);
        replaceOrAdd(rebased);
        return rebased;
    }

    private VariantOverride requireOverride(String itemKey) {
        return overrideOf(itemKey).orElseThrow(() -> new NotFoundException("Override of " + normaliseKey(itemKey)
                + " in variant", id));
    }

    private void replaceOrAdd(VariantOverride override) {
        for (int i = 0; i < overrides.size(); i++) {
            if (overrides.get(i).specItem() == override.specItem()) {
                overrides.set(i, override);
                return;
            }
        }
        overrides.add(override);
    }

    private static String differing(String value, String baseline) {
        return value == null || value.equals(baseline == null ? null : baseline.strip()) ? null : value;
    }

    static String normaliseKey(String itemKey) {
        return itemKey == null ? "" : itemKey.strip().toUpperCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public long getProject() {
        return project;
    }

    public String getName() {
        return name;
    }

    public Long getCustomer() {
        return customer;
    }

    public String getOrderReference() {
        return orderReference;
    }

    public long getBaseline() {
        return baseline;
    }

    public List<VariantOverride> getOverrides() {
        return List.copyOf(overrides);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Long getVersion() {
        return version;
    }
}
