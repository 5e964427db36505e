package org.integrationgateway.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;

import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.research.ResearchFixtures.Lab;
import org.integrationgateway.shared.InvalidRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The research board's read side against a real database: filters (state, segment, source, project through the
 * bearings, confidence, flagged), case-insensitive search over title, summary and evidence with wildcards taken
 * literally, sorting, paging and the counts per state; nothing for customers. Runs on H2 and on PostgreSQL. Each test
 * makes its own project and uses a unique segment, so findings of other tests never count.
 */
abstract class ResearchQueriesContract {

    @Autowired ResearchFixtures fixtures;
    @Autowired Research research;
    @Autowired ResearchQueries queries;

    Lab lab;
    String segment;

    @BeforeEach
    void setUp() {
        lab = fixtures.lab();
        segment = "seg-" + lab.team().code().toLowerCase();
    }

    Finding surface(String title, EvidenceSource source, Confidence confidence, String evidence, int daysAgo) {
        return as(lab.priya(), () -> research.surface(new FindingDraft(title, "Summary of " + title, source,
                segment.toUpperCase(), evidence, List.of(), 10, confidence, LocalDate.now().minusDays(daysAgo))));
    }

    Page<FindingRow> page(Member who, FindingFilter filter, PageRequest page) {
        return as(who, () -> queries.findings(filter, page));
    }

    FindingFilter seg() {
        return new FindingFilter(null, segment, null, null, null, null, null);
    }

    List<Long> ids(FindingFilter filter) {
        return page(lab.team().engineer(), filter, PageRequest.of(0, 50, ResearchQueries.DEFAULT_SORT)).getContent()
                .stream().map(FindingRow::id).toList();
    }

    @Test
    void filtersSearchCountsAndTheRow() {
        Finding washdown = surface("Washdown enclosures", EvidenceSource.INTERVIEW, Confidence.HIGH,
                "9 of 12 need IP69K", 1);
        Finding survey = surface("Faster changeover", EvidenceSource.SURVEY, Confidence.MEDIUM, "100% of plants_x", 2);
        Finding usage = surface("Idle time at night", EvidenceSource.USAGE_DATA, Confidence.LOW, null, 3);
        Finding interpreted = as(lab.priya(), () -> research.interpret(washdown.getId(), null, List.of(
                new BearingInput(lab.project(), "SPEC-1", "Contradicts IP65", true),
                new BearingInput(lab.project(), "SPEC-2", "Frame too", false))));
        as(lab.priya(), () -> research.interpret(survey.getId(), null,
                List.of(new BearingInput(lab.project(), null, "Changeover", false))));
        as(lab.priya(), () -> research.dismiss(survey.getId(), null, "Old news"));

        assertThat(ids(seg())).containsExactly(washdown.getId(), survey.getId(), usage.getId());
        assertThat(ids(seg().inState(FindingState.NEW))).containsExactly(usage.getId());
        assertThat(ids(seg().inState(FindingState.INTERPRETED))).containsExactly(washdown.getId());
        assertThat(ids(seg().inState(FindingState.ACTIONED))).containsExactly(survey.getId());
        assertThat(ids(new FindingFilter(null, " " + segment.toUpperCase() + " ", EvidenceSource.SURVEY, null, null,
                null, null))).containsExactly(survey.getId());
        assertThat(ids(new FindingFilter(null, segment, null, null, Confidence.LOW, null, null)))
                .containsExactly(usage.getId());
        assertThat(ids(new FindingFilter(null, null, null, lab.project(), null, null, null)))
                .containsExactly(washdown.getId(), survey.getId());
        assertThat(ids(new FindingFilter(null, null, null, lab.project(), null, true, null)))
                .containsExactly(washdown.getId());
        assertThat(ids(new FindingFilter(null, segment, null, null, null, false, null)))
                .containsExactly(survey.getId(), usage.getId());
        assertThat(ids(new FindingFilter(null, segment, null, null, null, null, "ip69k"))).containsExactly(washdown.getId());
        assertThat(ids(new FindingFilter(null, segment, null, null, null, null, "WASHDOWN"))).containsExactly(washdown.getId());
        assertThat(ids(new FindingFilter(null, segment, null, null, null, null, "summary of idle")))
                .containsExactly(usage.getId());
        assertThat(ids(new FindingFilter(null, segment, null, null, null, null, "100%"))).containsExactly(survey.getId());
        assertThat(ids(new FindingFilter(null, segment, null, null, null, null, "s_x"))).containsExactly(survey.getId());
        assertThat(ids(new FindingFilter(null, segment, null, null, null, null, "0%"))).containsExactly(survey.getId());
        assertThat(ids(new FindingFilter(null, segment, null, null, null, null, "%"))).containsExactly(survey.getId());
        assertThat(ids(new FindingFilter(null, segment, null, null, null, null, "nothing like it"))).isEmpty();
        assertThatThrownBy(() -> ids(new FindingFilter(null, segment, null, null, null, null, "x".repeat(201))))
                .isInstanceOf(InvalidRequestException.class);

        StateCounts counts = as(lab.team().engineer(), () -> queries.counts(seg().inState(FindingState.NEW)));
        assertThat(counts).isEqualTo(new StateCounts(1, 1, 1));
        assertThat(counts.total()).isEqualTo(3);
        assertThat(as(lab.team().engineer(), () -> queries.counts(new FindingFilter(null, segment, null, null, null,
                null, "washdown")))).isEqualTo(new StateCounts(0, 1, 0));
        assertThat(as(lab.team().engineer(), () -> queries.segments())).contains(segment);

        FindingRow row = page(lab.team().engineer(), seg().inState(FindingState.INTERPRETED),
                PageRequest.of(0, 5, ResearchQueries.DEFAULT_SORT)).getContent().get(0);
        assertThat(row.key()).isEqualTo(washdown.key());
        assertThat(row.title()).isEqualTo("Washdown enclosures");
        assertThat(row.source()).isEqualTo(EvidenceSource.INTERVIEW);
        assertThat(row.segment()).isEqualTo(segment);
        assertThat(row.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(row.sampleSize()).isEqualTo(10);
        assertThat(row.observedOn()).isEqualTo(LocalDate.now().minusDays(1));
        assertThat(row.surfacedByName()).isEqualTo("Priya Natarajan");
        assertThat(row.surfacedAt()).isNotNull();
        assertThat(row.state()).isEqualTo(FindingState.INTERPRETED);
        assertThat(row.outcome()).isNull();
        assertThat(row.bearings()).isEqualTo(2);
        assertThat(row.openContradictions()).isEqualTo(1);
        assertThat(row.flagged()).isTrue();
        assertThat(row.version()).isEqualTo(interpreted.getVersion());
    }

    @Test
    void sortingAndPaging() {
        Finding b = surface("bravo", EvidenceSource.SURVEY, Confidence.HIGH, null, 5);
        Finding a = surface("Alpha", EvidenceSource.SURVEY, Confidence.LOW, null, 1);
        Finding c = surface("charlie", EvidenceSource.SURVEY, Confidence.MEDIUM, null, 3);
        Page<FindingRow> first = page(lab.team().engineer(), seg(), PageRequest.of(0, 2, ResearchQueries.DEFAULT_SORT));
        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(first.getTotalPages()).isEqualTo(2);
        assertThat(first.getContent()).extracting(FindingRow::id).containsExactly(a.getId(), c.getId());
        assertThat(page(lab.team().engineer(), seg(), PageRequest.of(1, 2, ResearchQueries.DEFAULT_SORT)).getContent())
                .extracting(FindingRow::id).containsExactly(b.getId());
        assertThat(page(lab.team().engineer(), seg(), PageRequest.of(9, 2, ResearchQueries.DEFAULT_SORT)).getContent())
                .isEmpty();
        assertThat(page(lab.team().engineer(), seg(), PageRequest.of(0, 5, Sort.by("title"))).getContent())
                .extracting(FindingRow::id).containsExactly(a.getId(), b.getId(), c.getId());
        assertThat(page(lab.team().engineer(), seg(), PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "confidence")))
                .getContent()).extracting(FindingRow::id).containsExactly(b.getId(), c.getId(), a.getId());
        assertThat(page(lab.team().engineer(), seg(), PageRequest.of(0, 5, Sort.by("id"))).getContent())
                .extracting(FindingRow::id).containsExactly(b.getId(), a.getId(), c.getId());
        assertThatThrownBy(() -> page(lab.team().engineer(), seg(), PageRequest.of(0, 5, Sort.by("segment; drop"))))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void customersAndAnonymousSeeNothing() {
        surface("Visible to staff", EvidenceSource.SURVEY, Confidence.HIGH, null, 1);
        assertThat(page(lab.priya(), seg(), PageRequest.of(0, 5, ResearchQueries.DEFAULT_SORT)).getTotalElements())
                .isEqualTo(1);
        Member customer = new Member(0, lab.customer());
        assertThat(page(customer, seg(), PageRequest.of(0, 5, ResearchQueries.DEFAULT_SORT)).getTotalElements()).isZero();
        assertThat(as(customer, () -> queries.counts(seg()))).isEqualTo(new StateCounts(0, 0, 0));
        assertThat(as(customer, () -> queries.segments())).isEmpty();
        assertThat(queries.findings(seg(), PageRequest.of(0, 5, ResearchQueries.DEFAULT_SORT)).getTotalElements()).isZero();
    }
}
