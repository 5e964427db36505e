package org.integrationgateway.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.integrationgateway.research.events.FindingActioned;
import org.integrationgateway.research.events.FindingEdited;
import org.integrationgateway.research.events.FindingInterpreted;
import org.integrationgateway.research.events.FindingSurfaced;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The finding's own rules: the facts it accepts, NEW → INTERPRETED → ACTIONED, its actions, contradictions, events. */
class FindingTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    static final long PRIYA = 3;
    static final long K7 = 7;
    static final long M2 = 8;

    static FindingDraft draft() {
        return new FindingDraft("Food plants need washdown-rated enclosures",
                "12 plant-manager interviews in the food segment: 9 need IP69K.", EvidenceSource.INTERVIEW, " Food ",
                "Interview notes, **9 of 12**.", List.of("https://example.com/notes", " "), 12, Confidence.HIGH,
                TODAY.minusDays(3));
    }

    static FindingDraft withTitle(String title) {
        FindingDraft d = draft();
        return new FindingDraft(title, d.summary(), d.source(), d.segment(), d.evidence(), d.links(), d.sampleSize(),
                d.confidence(), d.observedOn());
    }

    static Finding surfaced() {
        Finding finding = Finding.surface(draft(), PRIYA, "Priya Natarajan", null, TODAY, NOW);
        finding.surfaced();
        return finding;
    }

    static Finding interpreted() {
        Finding finding = surfaced();
        finding.interpret(List.of(new Bearing(K7, "SPEC-14", "IP65 is not enough for washdown", true),
                new Bearing(M2, null, "The M2 line sells to food plants too", false)), "Priya Natarajan", NOW);
        return finding;
    }

    static void assertConflict(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    static void assertInvalid(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void aSurfacedFindingIsNewWithItsFactsAndWhoSurfacedIt() {
        Finding finding = surfaced();
        assertThat(finding.getState()).isEqualTo(FindingState.NEW);
        assertThat(finding.getOutcome()).isNull();
        assertThat(finding.getSegment()).isEqualTo("food");
        assertThat(finding.getLinks()).containsExactly("https://example.com/notes");
        assertThat(finding.getSampleSize()).isEqualTo(12);
        assertThat(finding.getConfidence()).isEqualTo(Confidence.HIGH);
        assertThat(finding.getSurfacedBy()).isEqualTo(PRIYA);
        assertThat(finding.getSurfacedByName()).isEqualTo("Priya Natarajan");
        assertThat(finding.getSurfacedAt()).isEqualTo(NOW);
        assertThat(finding.key()).isEqualTo("F-new");
        assertThat(finding.openContradictions()).isEmpty();
        assertThat(finding.pendingEvents()).singleElement().isInstanceOf(FindingSurfaced.class);
    }

    @Test
    void theFactsAreChecked() {
        assertInvalid(() -> Finding.surface(null, PRIYA, "P", null, TODAY, NOW), "title");
        assertInvalid(() -> Finding.surface(withTitle(" "), PRIYA, "P", null, TODAY, NOW), "title");
        assertInvalid(() -> Finding.surface(withTitle("x".repeat(201)), PRIYA, "P", null, TODAY, NOW), "title");
        FindingDraft d = draft();
        assertInvalid(() -> Finding.surface(new FindingDraft(d.title(), d.summary(), null, d.segment(), d.evidence(),
                d.links(), d.sampleSize(), d.confidence(), d.observedOn()), PRIYA, "P", null, TODAY, NOW), "source");
        assertInvalid(() -> Finding.surface(new FindingDraft(d.title(), d.summary(), d.source(), "", d.evidence(),
                d.links(), d.sampleSize(), d.confidence(), d.observedOn()), PRIYA, "P", null, TODAY, NOW), "segment");
        assertInvalid(() -> Finding.surface(new FindingDraft(d.title(), d.summary(), d.source(), d.segment(),
                "x".repeat(10_001), d.links(), d.sampleSize(), d.confidence(), d.observedOn()), PRIYA, "P", null, TODAY,
                NOW), "evidence");
        assertInvalid(() -> Finding.surface(new FindingDraft(d.title(), d.summary(), d.source(), d.segment(),
                d.evidence(), d.links(), -1, d.confidence(), d.observedOn()), PRIYA, "P", null, TODAY, NOW), "sampleSize");
        assertInvalid(() -> Finding.surface(new FindingDraft(d.title(), d.summary(), d.source(), d.segment(),
                d.evidence(), d.links(), d.sampleSize(), null, d.observedOn()), PRIYA, "P", null, TODAY, NOW), "confidence");
        assertInvalid(() -> Finding.surface(new FindingDraft(d.title(), d.summary(), d.source(), d.segment(),
                d.evidence(), d.links(), d.sampleSize(), d.confidence(), null), PRIYA, "P", null, TODAY, NOW), "observedOn");
        assertInvalid(() -> Finding.surface(new FindingDraft(d.title(), d.summary(), d.source(), d.segment(),
                d.evidence(), d.links(), d.sampleSize(), d.confidence(), TODAY.plusDays(1)), PRIYA, "P", null, TODAY, NOW),
                "observedOn");
        List<String> eleven = Collections.nCopies(11, "https://example.com/x");
        assertInvalid(() -> Finding.surface(new FindingDraft(d.title(), d.summary(), d.source(), d.segment(),
                d.evidence(), eleven, d.sampleSize(), d.confidence(), d.observedOn()), PRIYA, "P", null, TODAY, NOW), "links");
        // today itself, no sample size and no links are fine
        Finding finding = Finding.surface(new FindingDraft(d.title(), null, d.source(), d.segment(), null, null, null,
                Confidence.LOW, TODAY), null, "Admin", 42L, TODAY, NOW);
        assertThat(finding.getImportBatch()).isEqualTo(42L);
        assertThat(finding.getLinks()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.com/file", "example.com", "http://", "not a link"})
    void linksAreWebAddresses(String link) {
        FindingDraft d = draft();
        assertInvalid(() -> Finding.surface(new FindingDraft(d.title(), d.summary(), d.source(), d.segment(),
                d.evidence(), List.of(link), d.sampleSize(), d.confidence(), d.observedOn()), PRIYA, "P", null, TODAY,
                NOW), "links");
    }

    @Test
    void interpretingMovesItToInterpretedAndMayBeRewrittenUntilActioned() {
        Finding finding = interpreted();
        assertThat(finding.getState()).isEqualTo(FindingState.INTERPRETED);
        assertThat(finding.getInterpretedBy()).isEqualTo("Priya Natarajan");
        assertThat(finding.getInterpretedAt()).isEqualTo(NOW);
        assertThat(finding.bearsOn(K7)).isTrue();
        assertThat(finding.bearsOn(M2)).isTrue();
        assertThat(finding.bearsOn(99)).isFalse();
        assertThat(finding.openContradictions()).extracting(Bearing::itemKey).containsExactly("SPEC-14");
        assertThat(finding.snapshot().contradictions()).containsExactly(K7 + ":SPEC-14");
        assertThat(finding.snapshot().projectIds()).containsExactly(K7, M2);
        assertThat(finding.pendingEvents()).last().isInstanceOf(FindingInterpreted.class);

        finding.interpret(List.of(new Bearing(M2, null, "Only M2 after all", false)), "Priya Natarajan", NOW);
        assertThat(finding.getBearings()).hasSize(1);
        assertThat(finding.openContradictions()).isEmpty();
    }

    @Test
    void anInterpretationHasOneToTwentyBearings() {
        Finding finding = surfaced();
        assertInvalid(() -> finding.interpret(List.of(), "P", NOW), "bearings");
        assertInvalid(() -> finding.interpret(null, "P", NOW), "bearings");
        List<Bearing> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(new Bearing(K7, null, "Bearing " + i, false));
        }
        assertInvalid(() -> finding.interpret(many, "P", NOW), "bearings");
        assertThat(finding.getState()).isEqualTo(FindingState.NEW);
    }

    @Test
    void aNewFindingCannotBeActioned() {
        Finding finding = surfaced();
        assertConflict(() -> finding.raisedChange(K7, 5, PRIYA, "P", NOW), "not-interpreted");
        assertConflict(() -> finding.linkedAsEvidence(K7, "SPEC-1", PRIYA, "P", NOW), "not-interpreted");
        assertConflict(() -> finding.dismiss("Not relevant", PRIYA, "P", NOW), "not-interpreted");
        assertThat(finding.getActions()).isEmpty();
    }

    @Test
    void theFirstActionSetsTheOutcomeAndResolvesContradictionsFurtherActionsAreRecorded() {
        Finding finding = interpreted();
        finding.raisedChange(K7, 5, PRIYA, "Priya Natarajan", NOW);
        assertThat(finding.getState()).isEqualTo(FindingState.ACTIONED);
        assertThat(finding.getOutcome()).isEqualTo(Outcome.RAISED_CHANGE);
        assertThat(finding.getActionedAt()).isEqualTo(NOW);
        assertThat(finding.openContradictions()).isEmpty();
        FindingActioned event = (FindingActioned) finding.pendingEvents().get(finding.pendingEvents().size() - 1);
        assertThat(event.action()).isEqualTo("raised-change");
        assertThat(event.changeRequestId()).isEqualTo(5L);
        assertThat(event.projectId()).isEqualTo(K7);

        finding.linkedAsEvidence(M2, "SPEC-3", PRIYA, "Priya Natarajan", NOW.plusSeconds(60));
        assertThat(finding.getOutcome()).isEqualTo(Outcome.RAISED_CHANGE);
        assertThat(finding.getActionedAt()).isEqualTo(NOW);
        assertThat(finding.getActions()).extracting(FindingAction::kind)
                .containsExactly(Outcome.RAISED_CHANGE, Outcome.LINKED_AS_EVIDENCE);
        assertThat(((FindingActioned) finding.pendingEvents().get(finding.pendingEvents().size() - 1)).action())
                .isEqualTo("linked-as-evidence");

        assertConflict(() -> finding.dismiss("Changed my mind", PRIYA, "P", NOW), "finding-actioned");
        assertConflict(() -> finding.interpret(List.of(new Bearing(K7, null, "again", false)), "P", NOW), "finding-actioned");
        assertConflict(() -> finding.edit(draft(), "P", TODAY), "finding-actioned");
    }

    @Test
    void aDismissedFindingTakesNoFurtherAction() {
        Finding finding = interpreted();
        assertInvalid(() -> finding.dismiss(" ", PRIYA, "P", NOW), "reason");
        assertInvalid(() -> finding.dismiss("x".repeat(2_001), PRIYA, "P", NOW), "reason");
        finding.dismiss("Only two plants are in our market", PRIYA, "Priya Natarajan", NOW);
        assertThat(finding.getOutcome()).isEqualTo(Outcome.DISMISSED);
        assertThat(finding.dismissal()).isEqualTo("Only two plants are in our market");
        assertThat(finding.openContradictions()).isEmpty();
        assertThat(((FindingActioned) finding.pendingEvents().get(finding.pendingEvents().size() - 1)).action())
                .isEqualTo("dismissed");
        assertConflict(() -> finding.raisedChange(K7, 5, PRIYA, "P", NOW), "finding-dismissed");
        assertConflict(() -> finding.linkedAsEvidence(K7, "SPEC-1", PRIYA, "P", NOW), "finding-dismissed");
        assertConflict(() -> finding.dismiss("again", PRIYA, "P", NOW), "finding-dismissed");
        assertThat(finding.getActions()).hasSize(1);
    }

    @Test
    void editingCorrectsTheFactsAndRecordsBeforeAndAfter() {
        Finding finding = interpreted();
        finding.edit(withTitle("Food plants need IP69K"), "Priya Natarajan", TODAY);
        assertThat(finding.getTitle()).isEqualTo("Food plants need IP69K");
        assertThat(finding.getState()).isEqualTo(FindingState.INTERPRETED);
        FindingEdited edited = (FindingEdited) finding.pendingEvents().get(finding.pendingEvents().size() - 1);
        assertThat(edited.before()).extracting("title").isEqualTo("Food plants need washdown-rated enclosures");
        assertThat(edited.entityType()).isEqualTo("finding");
        assertThat(edited.action()).isEqualTo("edited");
        assertInvalid(() -> finding.edit(withTitle(""), "P", TODAY), "title");
        assertThat(finding.getTitle()).isEqualTo("Food plants need IP69K");
    }
}
