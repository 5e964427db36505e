package org.integrationgateway.specs;

import java.util.List;
import java.util.Optional;
import org.integrationgateway.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spec items a customer receives, for modules that show or accept them (the customer portal, acceptance). No
 * permission checks here: callers confine the customer to their own orders first. An order's items are its variant's
 * spec as delivered; a project's, without a variant, its latest baseline's.
 */
@Service
@Transactional(readOnly = true)
public class DeliveredItems {

    private final VariantCatalog variants;
    private final Baselines baselines;
    private final Baselining baselining;

    DeliveredItems(VariantCatalog variants, Baselines baselines, Baselining baselining) {
        this.variants = variants;
        this.baselines = baselines;
        this.baselining = baselining;
    }

    /**
     * Every item of the variant's baseline as delivered in that variant (items the baseline no longer holds are left
     * out: they are conflicts for the project team, not deliverables).
     *
     * @throws NotFoundException if there is no such variant
     */
    public List<DeliveredItem> ofVariant(long variantId) {
        DeliveredSpec spec = variants.delivered(variantId);
        return spec.items().stream().filter(i -> i.baselineRevision() != null)
                .map(i -> of(spec.baseline(), spec.variant(), i)).toList();
    }

    /**
     * One item as delivered: in {@code variantId} when given, otherwise in the project's latest baseline; empty when
     * the project has no baseline or the baseline does not hold the item (key compared without regard to case).
     */
    public Optional<DeliveredItem> item(long projectId, Long variantId, String itemKey) {
        if (itemKey == null || itemKey.isBlank()) {
            return Optional.empty();
        }
        if (variantId != null) {
            Variant variant = variants.variant(variantId);
            if (variant.getProject() != projectId) {
                return Optional.empty();
            }
            return ofVariant(variantId).stream().filter(i -> i.itemKey().equalsIgnoreCase(itemKey.strip())).findFirst();
        }
        return baselines.findByProjectOrderByNumberDesc(projectId).stream().findFirst()
                .flatMap(baseline -> baselining.contents(baseline.getId()).stream()
                        .filter(r -> r.itemKey().equalsIgnoreCase(itemKey.strip())).findFirst()
                        .map(r -> new DeliveredItem(projectId, baseline.getId(), baseline.key() + " " + baseline.getName(),
                                null, null, r.id(), r.itemKey(), r.revision(), r.title(), r.body(),
                                r.acceptanceCriterion(), false)));
    }

    private static DeliveredItem of(Baseline baseline, Variant variant, DeliveredSpec.Item item) {
        ItemRevision revision = item.baselineRevision();
        return new DeliveredItem(baseline.getProject(), baseline.getId(), baseline.key() + " " + baseline.getName(),
                variant.getId(), variant.getName(), revision.id(), item.itemKey(), revision.revision(), item.title(),
                item.body(), item.acceptanceCriterion(), item.overridden());
    }
}
