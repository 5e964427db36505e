package org.integrationgateway.research;

/**
 * One thing a finding bears on, as its interpreter writes it: a project, optionally one of its spec items (key, e.g.
 * SPEC-14), how it bears on it (1–2,000 characters), and whether it contradicts that item as baselined (then the
 * item is required and must be in one of the project's baselines).
 */
public record BearingInput(Long projectId, String itemKey, String how, boolean contradicts) {
}
