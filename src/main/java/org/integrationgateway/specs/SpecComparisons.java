package org.integrationgateway.specs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Compares two revisions of an item, and two baselines of a project, field by field and word by word. */
@Service
@Transactional(readOnly = true)
public class SpecComparisons {

    /** Revision {@code from} against revision {@code to} of the item (either order). */
    public RevisionComparison revisions(long itemId, int from, int to) {
        throw new UnsupportedOperationException("built by the specs domain helper");
    }

    /** Baseline {@code fromId} against {@code toId} (both of one project, or 422). */
    public BaselineComparison baselines(long fromId, long toId) {
        throw new UnsupportedOperationException("built by the specs domain helper");
    }
}
