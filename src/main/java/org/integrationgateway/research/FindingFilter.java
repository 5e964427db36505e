package org.integrationgateway.research;

/**
 * Filters of the research board and the finding list; null means any. {@code segment} matches exactly (segments are
 * stored in lower case); {@code projectId} keeps findings that bear on the project; {@code flagged} true keeps
 * findings with an open contradiction (on {@code projectId} when given), false those without; {@code q} searches
 * title, summary and evidence, case-insensitive.
 */
public record FindingFilter(FindingState state, String segment, EvidenceSource source, Long projectId,
                            Confidence confidence, Boolean flagged, String q) {

    public static final FindingFilter NONE = new FindingFilter(null, null, null, null, null, null, null);

    public static final int MAX_QUERY = 200;

    /** The same filter for another state (the board's columns share every other filter). */
    public FindingFilter inState(FindingState other) {
        return new FindingFilter(other, segment, source, projectId, confidence, flagged, q);
    }
}
