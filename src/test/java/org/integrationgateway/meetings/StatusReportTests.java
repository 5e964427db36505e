package org.integrationgateway.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.integrationgateway.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;

class StatusReportTests {

    static final ReportingPeriod WEEK = Cadence.WEEKLY.periodOf(LocalDate.of(2026, 11, 26));

    static StatusReportDraft draft(Rag scope, String narrative, List<String> risks) {
        return new StatusReportDraft(null, scope, Rag.GREEN, Rag.AMBER, Rag.GREEN, narrative, risks);
    }

    static StatusReport write(StatusReportDraft draft) {
        return StatusReport.write(7, Cadence.WEEKLY, WEEK, draft, 3L, "Sofia Marin", Instant.EPOCH);
    }

    @Test
    void writesTheRatingsNarrativeAndRisksLeavingBlankRisksOut() {
        StatusReport report = write(draft(Rag.RED, "  **On** track  ", List.of("Supplier late", " ", "Scope creep ")));
        assertThat(report.getNarrative()).isEqualTo("**On** track");
        assertThat(report.getKeyRisks()).containsExactly("Supplier late", "Scope creep");
        assertThat(report.period()).isEqualTo(WEEK);
        assertThat(report.overall()).isEqualTo(Rag.RED);
        assertThat(report.snapshot().keyRisks()).isEqualTo(2);
        assertThat(report.snapshot().cost()).isEqualTo("AMBER");
    }

    @Test
    void theOverallRatingIsTheWorst() {
        assertThat(write(draft(Rag.GREEN, "n", null)).overall()).isEqualTo(Rag.AMBER);
    }

    @Test
    void refusesAMissingRating() {
        assertThatThrownBy(() -> write(draft(null, "n", null))).isInstanceOf(InvalidRequestException.class)
                .extracting("field").isEqualTo("scope");
        assertThatThrownBy(() -> write(new StatusReportDraft(null, Rag.GREEN, Rag.GREEN, Rag.GREEN, null, "n", null)))
                .extracting("field").isEqualTo("quality");
    }

    @Test
    void refusesAMissingOrTooLongNarrative() {
        assertThatThrownBy(() -> write(draft(Rag.GREEN, "  ", null))).extracting("field").isEqualTo("narrative");
        assertThatThrownBy(() -> write(draft(Rag.GREEN, "x".repeat(StatusReport.MAX_NARRATIVE + 1), null)))
                .extracting("field").isEqualTo("narrative");
    }

    @Test
    void refusesMoreThanTenRisksOrALongOne() {
        List<String> eleven = new ArrayList<>(Collections.nCopies(11, "risk"));
        assertThatThrownBy(() -> write(draft(Rag.GREEN, "n", eleven))).extracting("field").isEqualTo("keyRisks");
        assertThat(write(draft(Rag.GREEN, "n", eleven.subList(0, 10))).getKeyRisks()).hasSize(10);
        assertThatThrownBy(() -> write(draft(Rag.GREEN, "n", List.of("r".repeat(501))))).extracting("field")
                .isEqualTo("keyRisks");
    }
}
