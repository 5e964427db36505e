package org.integrationgateway.specs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.organisation.CustomerManagement;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.specs.events.VariantChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer and order variants of a project's spec: overrides on a baseline, the spec as delivered computed from them,
 * and carrying a variant forward to a later baseline with conflicts shown until resolved. Every write checks that the
 * signed-in person may edit the project's spec ({@link SpecPermissions#canEdit}), takes the {@code version} it was
 * based on (null skips the check; a stale one answers 409) and publishes {@link VariantChanged}.
 */
@Service
@Transactional(readOnly = true)
public class VariantCatalog {

    private final Variants variants;
    private final Baselining baselining;
    private final ItemRevisions revisions;
    private final Portfolio portfolio;
    private final CustomerManagement customers;
    private final SpecPermissions permissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VariantCatalog(Variants variants, Baselining baselining, ItemRevisions revisions, Portfolio portfolio,
                   CustomerManagement customers, SpecPermissions permissions, ApplicationEventPublisher events,
                   Clock clock) {
        this.variants = variants;
        this.baselining = baselining;
        this.revisions = revisions;
        this.portfolio = portfolio;
        this.customers = customers;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    /** The project's variants by name. */
    public List<Variant> variants(long projectId) {
        portfolio.project(projectId);
        return variants.findByProjectOrderByName(projectId);
    }

    public Variant variant(long id) {
        return variants.findById(id).orElseThrow(() -> new NotFoundException("Variant", id));
    }

    /**
     * A new variant of the project's spec: named (required, at most 200 characters), for an existing customer
     * organisation and/or an order reference (at most 100 characters), on the given baseline of the project or,
     * without one, on its latest baseline.
     *
     * @throws RuleViolationException if the project has no baseline yet, the baseline is another project's or does
     *                                not exist, or the customer does not exist
     */
    @Transactional
    public Variant create(long projectId, VariantInput input) {
        portfolio.project(projectId);
        requireEditor(projectId);
        if (input == null) {
            throw new InvalidRequestException("name", "Fill in the name.");
        }
        ItemRules.text("name", input.name(), Variant.MAX_NAME, true);
        if (input.customerId() != null) {
            requireCustomer(input.customerId());
        }
        Baseline baseline = input.baselineId() != null ? baselineFor(projectId, input.baselineId())
                : baselining.baselines(projectId).stream().findFirst().orElseThrow(() -> new RuleViolationException(
                "no-baseline", "baselineId", "The project has no baseline yet. A variant is a set of changes to a "
                + "baseline: freeze one (a GO at a gate freezes one too), then create the variant."));
        Variant variant = variants.save(Variant.create(projectId, input.name(), input.customerId(),
                input.orderReference(), baseline, actor(), clock.instant()));
        publish(variant, "created", null, null);
        return variant;
    }

    /**
     * The order's variant, without the editor check (see {@link OrderVariants}): on the latest baseline, one override
     * per item of it that the customisations change; empty without a baseline. An order that has its variant already
     * gets that one back unchanged.
     */
    @Transactional
    Optional<Long> createForOrder(long projectId, long customerId, String orderNumber,
                                  List<OrderCustomisation> customisations) {
        portfolio.project(projectId);
        String number = ItemRules.text("orderNumber", orderNumber, Variant.MAX_ORDER_REFERENCE, true);
        String name = OrderVariants.variantName(number);
        Optional<Variant> existing = variants.findByProjectAndOrderReference(projectId, number).stream()
                .filter(v -> v.getName().equals(name)).findFirst();
        if (existing.isPresent()) {
            return Optional.of(existing.get().getId());
        }
        Optional<Baseline> latest = baselining.baselines(projectId).stream().findFirst();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        requireCustomer(customerId);
        Baseline baseline = latest.get();
        Map<String, List<OrderCustomisation>> byItem = new LinkedHashMap<>();
        for (OrderCustomisation customisation : customisations) {
            if (customisation != null && entry(baseline, customisation.itemKey()) != null) {
                byItem.computeIfAbsent(Variant.normaliseKey(customisation.itemKey()), key -> new ArrayList<>())
                        .add(customisation);
            }
        }
        Variant variant = Variant.create(projectId, name, customerId, number, baseline, actor(), clock.instant());
        List<ItemRevision> overridden = new ArrayList<>();
        byItem.forEach((key, onItem) -> {
            ItemRevision revision = revisions.findById(entry(baseline, key).itemRevision()).orElseThrow();
            variant.override(revision, OrderVariants.overrideFor(revision, number, onItem));
            overridden.add(revision);
        });
        Variant saved = variants.save(variant);
        publish(saved, "created", null, null);
        overridden.forEach(revision -> publish(saved, "overridden", revision.itemKey(), revision));
        return Optional.of(saved.getId());
    }

    /**
     * Adds or replaces the override of item {@code itemKey}, which must be in the variant's baseline: the override is
     * made against the item's revision in that baseline, and links that revision to the variant ("overridden in").
     */
    @Transactional
    public Variant override(long variantId, Long expectedVersion, String itemKey, OverrideInput input) {
        Variant variant = editable(variantId, expectedVersion);
        Baseline baseline = baselining.baseline(variant.getBaseline());
        BaselineEntry entry = entry(baseline, itemKey);
        if (entry == null) {
            throw new RuleViolationException("item-not-in-baseline", "itemKey", Variant.normaliseKey(itemKey)
                    + " is not in " + baseline.key() + ", the baseline this variant is made on.");
        }
        ItemRevision revision = revisions.findById(entry.itemRevision()).orElseThrow();
        variant.override(revision, input);
        Variant saved = variants.save(variant);
        publish(saved, "overridden", revision.itemKey(), revision);
        return saved;
    }

    @Transactional
    public Variant removeOverride(long variantId, Long expectedVersion, String itemKey) {
        Variant variant = editable(variantId, expectedVersion);
        VariantOverride removed = variant.removeOverride(itemKey);
        Variant saved = variants.save(variant);
        publish(saved, "override-removed", removed.itemKey(), null);
        return saved;
    }

    /**
     * Moves the variant onto a later baseline of its project. Overrides of items that have another revision in the
     * new baseline, or are not in it, become conflicts (shown until resolved); the others carry over silently.
     */
    @Transactional
    public Variant carryForward(long variantId, Long expectedVersion, long baselineId) {
        Variant variant = editable(variantId, expectedVersion);
        Baseline target = baselineFor(variant.getProject(), baselineId);
        variant.carryForward(baselining.baseline(variant.getBaseline()), target);
        Variant saved = variants.save(variant);
        publish(saved, "carried-forward", null, null);
        return saved;
    }

    /**
     * Resolves a conflict: {@code keep} re-bases the override on the item's revision in the new baseline (linking
     * that revision to the variant), otherwise it is dropped.
     *
     * @throws ConflictException if the override is not in conflict
     */
    @Transactional
    public Variant resolve(long variantId, Long expectedVersion, String itemKey, boolean keep) {
        Variant variant = editable(variantId, expectedVersion);
        BaselineEntry entry = entry(baselining.baseline(variant.getBaseline()), itemKey);
        VariantOverride resolved = variant.resolve(itemKey, keep, entry);
        Variant saved = variants.save(variant);
        publish(saved, "conflict-resolved", resolved.itemKey(),
                keep ? revisions.findById(entry.itemRevision()).orElseThrow() : null);
        return saved;
    }

    /**
     * The spec as delivered: every item of the variant's baseline, by key, with the override applied where there is
     * one; then the overrides of items the baseline no longer has (always conflicts).
     */
    public DeliveredSpec delivered(long variantId) {
        Variant variant = variant(variantId);
        Baseline baseline = baselining.baseline(variant.getBaseline());
        Map<Long, VariantOverride> overrides = variant.getOverrides().stream()
                .collect(Collectors.toMap(VariantOverride::specItem, Function.identity()));
        List<DeliveredSpec.Item> items = new ArrayList<>();
        for (ItemRevision revision : baselining.contents(baseline.getId())) {
            VariantOverride o = overrides.remove(revision.specItem());
            items.add(o == null
                    ? new DeliveredSpec.Item(revision.itemKey(), revision, revision.title(), revision.body(),
                    revision.acceptanceCriterion(), false, false, null, null)
                    : new DeliveredSpec.Item(revision.itemKey(), revision, or(o.title(), revision.title()),
                    or(o.body(), revision.body()), or(o.acceptanceCriterion(), revision.acceptanceCriterion()), true,
                    o.conflict(), o.baseRevision(), o.reason()));
        }
        for (VariantOverride o : variant.getOverrides()) {
            if (overrides.containsKey(o.specItem())) {
                items.add(new DeliveredSpec.Item(o.itemKey(), null, or(o.title(), o.itemKey()), o.body(),
                        o.acceptanceCriterion(), true, true, o.baseRevision(), o.reason()));
            }
        }
        return new DeliveredSpec(variant, baseline, items);
    }

    private Variant editable(long variantId, Long expectedVersion) {
        Variant variant = variant(variantId);
        requireEditor(variant.getProject());
        if (expectedVersion != null && !Objects.equals(expectedVersion, variant.getVersion())) {
            throw ConflictException.staleVersion("The variant");
        }
        return variant;
    }

    private void requireCustomer(long customerId) {
        try {
            customers.get(customerId);
        } catch (NotFoundException unknown) {
            throw new RuleViolationException("unknown-customer", "customerId", "There is no customer organisation "
                    + customerId + ".");
        }
    }

    private void requireEditor(long projectId) {
        if (!permissions.canEdit(projectId)) {
            throw new NotPermittedException("not-a-spec-editor",
                    "Only the project's manager, engineers and designers (and PMO) change its variants.");
        }
    }

    /** Baseline {@code baselineId}, which must be one of the project's. */
    private Baseline baselineFor(long projectId, long baselineId) {
        Baseline baseline;
        try {
            baseline = baselining.baseline(baselineId);
        } catch (NotFoundException unknown) {
            throw new RuleViolationException("unknown-baseline", "baselineId", "There is no baseline " + baselineId + ".");
        }
        if (baseline.getProject() != projectId) {
            throw new RuleViolationException("baseline-of-another-project", "baselineId", baseline.key()
                    + " belongs to another project; a variant uses the baselines of its own project.");
        }
        return baseline;
    }

    private static BaselineEntry entry(Baseline baseline, String itemKey) {
        String key = Variant.normaliseKey(itemKey);
        return baseline.entriesByKey().stream().filter(e -> e.itemKey().equals(key)).findFirst().orElse(null);
    }

    private void publish(Variant variant, String change, String itemKey, ItemRevision revision) {
        events.publishEvent(new VariantChanged(variant.getProject(), variant.getId(), variant.getName(), change, itemKey,
                revision == null ? null : revision.id(),
                revision == null ? null : revision.label() + " " + revision.title(), variant.getBaseline(), actor(),
                clock.instant()));
    }

    private String actor() {
        PersonSummary person = permissions.currentPerson();
        return person != null ? person.fullName() : CurrentUser.actorName();
    }

    private static String or(String override, String baseline) {
        return override != null ? override : baseline;
    }
}
