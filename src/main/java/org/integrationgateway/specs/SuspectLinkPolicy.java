package org.integrationgateway.specs;

import java.util.Set;
import org.integrationgateway.shared.TraceNode;

/**
 * When a link becomes suspect: an item revision was superseded by a newer one, so every link from an earlier revision
 * of that item to something built on it downstream (a variant, a deliverable, an acceptance) must be reviewed.
 * Links to other revisions, change requests or baselines record history and never become suspect.
 */
final class SuspectLinkPolicy {

    /** Node types downstream of an item revision: their links from a superseded revision become suspect. */
    static final Set<String> DOWNSTREAM = Set.of(TraceNode.Types.VARIANT, TraceNode.Types.DELIVERABLE,
            TraceNode.Types.ACCEPTANCE);

    private SuspectLinkPolicy() {
    }

    /** e.g. {@code SPEC-22 r2 superseded by r3}. */
    static String reason(String itemKey, int supersededRevision, int newRevision) {
        return itemKey + " r" + supersededRevision + " superseded by r" + newRevision;
    }
}
