package org.integrationgateway.specs;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer and order variants of a project's spec: overrides on a baseline, the spec as delivered computed from them,
 * and carrying a variant forward to a later baseline with conflicts shown until resolved.
 */
@Service
@Transactional(readOnly = true)
public class VariantCatalog {

    public List<Variant> variants(long projectId) {
        throw new UnsupportedOperationException("built by the specs domain helper");
    }

    public Variant variant(long id) {
        throw new UnsupportedOperationException("built by the specs domain helper");
    }

    @Transactional
    public Variant create(long projectId, VariantInput input) {
        throw new UnsupportedOperationException("built by the specs domain helper");
    }

    /** Adds or replaces the override of item {@code itemKey}, which must be in the variant's baseline. */
    @Transactional
    public Variant override(long variantId, Long expectedVersion, String itemKey, OverrideInput input) {
        throw new UnsupportedOperationException("built by the specs domain helper");
    }

    @Transactional
    public Variant removeOverride(long variantId, Long expectedVersion, String itemKey) {
        throw new UnsupportedOperationException("built by the specs domain helper");
    }

    /** Moves the variant onto a later baseline of its project; overrides of items changed in between become conflicts. */
    @Transactional
    public Variant carryForward(long variantId, Long expectedVersion, long baselineId) {
        throw new UnsupportedOperationException("built by the specs domain helper");
    }

    /** Resolves a conflict: {@code keep} re-bases the override on the new revision, otherwise it is dropped. */
    @Transactional
    public Variant resolve(long variantId, Long expectedVersion, String itemKey, boolean keep) {
        throw new UnsupportedOperationException("built by the specs domain helper");
    }

    public DeliveredSpec delivered(long variantId) {
        throw new UnsupportedOperationException("built by the specs domain helper");
    }
}
