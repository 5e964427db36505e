package org.integrationgateway.research;

/**
 * NEW when surfaced → INTERPRETED once a marketing person wrote what it bears on → ACTIONED with an {@link Outcome}.
 * Interpreting again is allowed until it is actioned; raising further change requests or linking more evidence is
 * allowed after (the outcome records the first action).
 */
public enum FindingState {
    NEW, INTERPRETED, ACTIONED
}
