package org.integrationgateway.research;

import java.time.LocalDate;
import java.util.List;

/**
 * What someone surfacing a finding writes: title (1–200), summary (up to 4,000, Markdown), source, segment (1–100,
 * e.g. "food"), evidence (up to 10,000, Markdown) and up to 10 http(s) links, sample size (optional, 0–1,000,000,000),
 * confidence and the date observed (not in the future).
 */
public record FindingDraft(String title, String summary, EvidenceSource source, String segment, String evidence,
                           List<String> links, Integer sampleSize, Confidence confidence, LocalDate observedOn) {
}
