package org.integrationgateway.research;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A finding as the board lists it: its facts without the long texts, who surfaced it, its state and outcome, how
 * many things it bears on and how many of them are open contradictions of a baselined item.
 */
public record FindingRow(long id, String title, EvidenceSource source, String segment, Confidence confidence,
                         Integer sampleSize, LocalDate observedOn, String surfacedByName, Instant surfacedAt,
                         FindingState state, Outcome outcome, int bearings, int openContradictions, long version) {

    public String key() {
        return Finding.key(id);
    }

    public boolean flagged() {
        return openContradictions > 0;
    }
}
