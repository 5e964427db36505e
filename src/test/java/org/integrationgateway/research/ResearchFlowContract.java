package org.integrationgateway.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;
import static org.integrationgateway.research.ResearchFixtures.draft;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.SourceKind;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.research.ResearchFixtures.Lab;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.stagegate.GateReview;
import org.integrationgateway.stagegate.Gatekeeping;
import org.integrationgateway.stagegate.spi.AgendaItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Market research against a real database: the finding's lifecycle from surfaced to actioned, the references checked
 * against portfolio and specs, the conflicts, who may read and write, a contradiction of the baseline reaching the
 * project's gate review agenda and leaving it once actioned, the change request it raises, and the audit trail; a
 * refused write changes nothing. Runs on H2 and on PostgreSQL.
 */
abstract class ResearchFlowContract {

    @Autowired ResearchFixtures fixtures;
    @Autowired Research research;
    @Autowired ChangeControl changeControl;
    @Autowired Gatekeeping gatekeeping;
    @Autowired JdbcTemplate jdbc;

    Lab lab;

    @BeforeEach
    void setUp() {
        lab = fixtures.lab();
    }

    Finding surface(String title) {
        return as(lab.priya(), () -> research.surface(draft(title)));
    }

    Finding contradicting(String title) {
        Finding finding = surface(title);
        return as(lab.priya(), () -> research.interpret(finding.getId(), finding.getVersion(), List.of(
                new BearingInput(lab.project(), "spec-1", "IP65 is not enough for daily washdown", true),
                new BearingInput(lab.project(), null, "Food plants are the K7's main market", false))));
    }

    static <T> T asUser(CurrentUser user, Supplier<T> action) {
        return as(new Member(0, user), action);
    }

    /** The project's open contradictions as a staff member outside marketing sees them. */
    List<Finding> contradictions() {
        return as(lab.team().engineer(), () -> research.openContradictions(lab.project()));
    }

    /** The finding as a staff member outside marketing reads it. */
    Finding read(long id) {
        return as(lab.team().engineer(), () -> research.finding(id));
    }

    GateReview schedule(int days) {
        return gatekeeping.schedule(lab.project(), LocalDate.now().plusDays(days), lab.team().manager().person(),
                List.of(lab.team().manager().person(), lab.team().tom().person(), lab.team().ines().person()));
    }

    List<AgendaItem> researchAgenda(long reviewId) {
        return gatekeeping.view(reviewId).agenda().stream().filter(a -> a.title().startsWith("Finding ")).toList();
    }

    List<String> audit(long findingId) {
        return jdbc.queryForList("select action from audit_entry where entity_type = 'finding' and entity_id = ? order by id",
                String.class, String.valueOf(findingId));
    }

    long changeRequests() {
        return jdbc.queryForObject("select count(*) from change_request where project = ?", Long.class, lab.project());
    }

    static void assertRule(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    static void assertConflict(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    // ---- lifecycle ----------------------------------------------------------------------------------------------------

    @Test
    void aContradictingFindingFlagsTheProjectIsOnTheGateAgendaAndRaisesAChangeRequest() {
        Finding surfaced = surface("Food plants need washdown-rated enclosures (IP69K)");
        assertThat(surfaced.getState()).isEqualTo(FindingState.NEW);
        assertThat(surfaced.key()).isEqualTo("F-" + surfaced.getId());
        assertThat(surfaced.getSurfacedBy()).isEqualTo(lab.priya().person());
        assertThat(surfaced.getSurfacedByName()).isEqualTo("Priya Natarajan");
        Finding reloaded = read(surfaced.getId());
        assertThat(reloaded.getSegment()).isEqualTo("food");
        assertThat(reloaded.getLinks()).containsExactly("https://example.com/interviews");

        GateReview review = schedule(10);
        assertThat(researchAgenda(review.getId())).isEmpty();

        Finding interpreted = as(lab.priya(), () -> research.interpret(surfaced.getId(), surfaced.getVersion(), List.of(
                new BearingInput(lab.project(), "spec-1", "IP65 is not enough for daily washdown", true),
                new BearingInput(lab.project(), null, "Food plants are the K7's main market", false))));
        assertThat(interpreted.getState()).isEqualTo(FindingState.INTERPRETED);
        assertThat(interpreted.getInterpretedBy()).isEqualTo("Priya Natarajan");
        assertThat(read(surfaced.getId()).getBearings()).extracting(Bearing::itemKey)
                .containsExactly("SPEC-1", null);
        assertThat(contradictions())
                .extracting(Finding::getId).containsExactly(surfaced.getId());
        assertThat(researchAgenda(review.getId())).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Finding " + surfaced.key() + " contradicts SPEC-1: "
                    + surfaced.getTitle());
            assertThat(item.link()).isEqualTo("/research/findings/" + surfaced.getId());
        });

        Finding actioned = as(lab.priya(), () -> research.raiseChange(surfaced.getId(), interpreted.getVersion(),
                new ActionInput(lab.project(), null, null, "normal", 2, List.of("spec-1"))));
        assertThat(actioned.getState()).isEqualTo(FindingState.ACTIONED);
        assertThat(actioned.getOutcome()).isEqualTo(Outcome.RAISED_CHANGE);
        FindingAction action = actioned.getActions().get(0);
        ChangeRequest raised = changeControl.changeRequest(action.changeRequest());
        assertThat(raised.getProject()).isEqualTo(lab.project());
        assertThat(raised.getOrigin()).isEqualTo(Origin.MARKET_RESEARCH);
        assertThat(raised.getSource().kind()).isEqualTo(SourceKind.RESEARCH_FINDING);
        assertThat(raised.getSource().reference()).isEqualTo(String.valueOf(surfaced.getId()));
        assertThat(raised.getSource().label()).isEqualTo("Finding " + surfaced.key());
        assertThat(raised.getRequester()).isEqualTo(lab.priya().person());
        assertThat(raised.getTitle()).isEqualTo(surfaced.getTitle());
        assertThat(raised.getDescription()).contains(surfaced.key()).contains("SPEC-1: contradicts the baseline.");
        assertThat(raised.getChangeClass()).isEqualTo(ChangeClass.NORMAL);
        assertThat(raised.getTargetStage()).isEqualTo(2);
        assertThat(raised.getState()).isEqualTo(ChangeState.SUBMITTED);

        assertThat(contradictions()).isEmpty();
        assertThat(researchAgenda(review.getId())).isEmpty();
        assertThat(audit(surfaced.getId())).containsExactly("surfaced", "interpreted", "raised-change");
    }

    @Test
    void aFindingIsLinkedAsEvidenceOrDismissedWithAReason() {
        Finding supporting = surface("Operators like the frame height");
        Finding interpreted = as(lab.priya(), () -> research.interpret(supporting.getId(), null,
                List.of(new BearingInput(lab.project(), "SPEC-2", "Supports the 900 mm frame", false))));
        Finding linked = as(lab.priya(), () -> research.linkAsEvidence(supporting.getId(), interpreted.getVersion(),
                lab.project(), List.of("spec-2", "SPEC-3", "spec-2")));
        assertThat(linked.getOutcome()).isEqualTo(Outcome.LINKED_AS_EVIDENCE);
        assertThat(linked.getActions()).extracting(FindingAction::itemKey).containsExactly("SPEC-2", "SPEC-3");
        assertConflict(() -> as(lab.priya(), () -> research.dismiss(supporting.getId(), null, "No")), "finding-actioned");
        assertThat(audit(supporting.getId())).containsExactly("surfaced", "interpreted", "linked-as-evidence",
                "linked-as-evidence");

        Finding noise = contradicting("One plant wants a pink enclosure");
        Finding dismissed = as(lab.priya(),
                () -> research.dismiss(noise.getId(), noise.getVersion(), "A single plant; not a market"));
        assertThat(dismissed.getOutcome()).isEqualTo(Outcome.DISMISSED);
        assertThat(read(noise.getId()).dismissal()).isEqualTo("A single plant; not a market");
        assertThat(contradictions()).isEmpty();
        long before = changeRequests();
        assertConflict(() -> as(lab.priya(), () -> research.raiseChange(noise.getId(), null,
                new ActionInput(lab.project(), null, null, null, null, null))), "finding-dismissed");
        assertThat(changeRequests()).isEqualTo(before);
        assertThat(audit(noise.getId())).containsExactly("surfaced", "interpreted", "dismissed");
    }

    @Test
    void editingCorrectsTheFactsUntilActioned() {
        Finding finding = surface("Food plants need IP69");
        Finding edited = as(lab.priya(), () -> research.edit(finding.getId(), finding.getVersion(),
                draft("Food plants need IP69K")));
        assertThat(edited.getTitle()).isEqualTo("Food plants need IP69K");
        assertConflict(() -> as(lab.priya(), () -> research.edit(finding.getId(), finding.getVersion(),
                draft("Lost update"))), "stale-version");
        assertThat(read(finding.getId()).getTitle()).isEqualTo("Food plants need IP69K");
        assertThat(audit(finding.getId())).containsExactly("surfaced", "edited");
    }

    // ---- rules --------------------------------------------------------------------------------------------------------

    @Test
    void referencesAreCheckedAndARefusedInterpretationChangesNothing() {
        Finding finding = surface("Washdown");
        long id = finding.getId();
        assertRule(() -> as(lab.priya(), () -> research.interpret(id, null,
                List.of(new BearingInput(lab.project() + 100_000, null, "Somewhere", false)))), "unknown-project");
        assertRule(() -> as(lab.priya(), () -> research.interpret(id, null,
                List.of(new BearingInput(lab.project(), "SPEC-99", "No such item", false)))), "unknown-item");
        assertRule(() -> as(lab.priya(), () -> research.interpret(id, null,
                List.of(new BearingInput(lab.project(), "SPEC-3", "Added after the freeze", true)))), "not-baselined");
        assertThatThrownBy(() -> as(lab.priya(), () -> research.interpret(id, null,
                List.of(new BearingInput(lab.project(), null, "Which item?", true)))))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> as(lab.priya(), () -> research.interpret(id, null,
                List.of(new BearingInput(lab.project(), "SPEC-1", " ", false)))))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> as(lab.priya(), () -> research.interpret(id, null, List.of())))
                .isInstanceOf(InvalidRequestException.class);
        Finding unchanged = read(id);
        assertThat(unchanged.getState()).isEqualTo(FindingState.NEW);
        assertThat(unchanged.getBearings()).isEmpty();
        assertThat(unchanged.getVersion()).isEqualTo(finding.getVersion());
        assertThat(audit(id)).containsExactly("surfaced");
        // an item that is not baselined may be borne on, just not contradicted
        assertThat(as(lab.priya(), () -> research.interpret(id, null,
                List.of(new BearingInput(lab.project(), "SPEC-3", "Printers matter", false)))).getState())
                .isEqualTo(FindingState.INTERPRETED);
    }

    @Test
    void actionsNeedAnInterpretationAndABearingAndRefusalsRaiseNothing() {
        Finding fresh = surface("Not yet interpreted");
        long before = changeRequests();
        assertConflict(() -> as(lab.priya(), () -> research.raiseChange(fresh.getId(), null,
                new ActionInput(lab.project(), null, null, null, null, null))), "not-interpreted");
        assertConflict(() -> as(lab.priya(), () -> research.linkAsEvidence(fresh.getId(), null, lab.project(),
                List.of("SPEC-1"))), "not-interpreted");
        assertConflict(() -> as(lab.priya(), () -> research.dismiss(fresh.getId(), null, "Noise")), "not-interpreted");

        Finding finding = contradicting("Washdown");
        long other = fixtures.lab().project();
        assertRule(() -> as(lab.priya(), () -> research.raiseChange(finding.getId(), null,
                new ActionInput(other, null, null, null, null, null))), "not-a-bearing");
        assertRule(() -> as(lab.priya(), () -> research.linkAsEvidence(finding.getId(), null, other,
                List.of("SPEC-1"))), "not-a-bearing");
        assertRule(() -> as(lab.priya(), () -> research.raiseChange(finding.getId(), null,
                new ActionInput(lab.project(), null, null, null, null, List.of("SPEC-42")))), "unknown-item");
        assertRule(() -> as(lab.priya(), () -> research.linkAsEvidence(finding.getId(), null, lab.project(),
                List.of("SPEC-1", "SPEC-42"))), "unknown-item");
        assertThatThrownBy(() -> as(lab.priya(), () -> research.raiseChange(finding.getId(), null,
                new ActionInput(lab.project(), null, null, "whenever", null, null))))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> as(lab.priya(), () -> research.raiseChange(finding.getId(), null,
                new ActionInput(null, null, null, null, null, null)))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> as(lab.priya(), () -> research.linkAsEvidence(finding.getId(), null, lab.project(),
                List.of()))).isInstanceOf(InvalidRequestException.class);
        assertConflict(() -> as(lab.priya(), () -> research.dismiss(finding.getId(), finding.getVersion() - 1,
                "Stale")), "stale-version");

        assertThat(changeRequests()).isEqualTo(before);
        Finding unchanged = read(finding.getId());
        assertThat(unchanged.getState()).isEqualTo(FindingState.INTERPRETED);
        assertThat(unchanged.getActions()).isEmpty();
        assertThat(contradictions()).extracting(Finding::getId).containsExactly(finding.getId());
    }

    @Test
    void surfacingABatchIsAllOrNothing() {
        long before = jdbc.queryForObject("select count(*) from research_finding", Long.class);
        assertThatThrownBy(() -> as(lab.priya(), () -> research.surfaceAll(List.of(draft("Good one"), draft(" ")), null)))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(jdbc.queryForObject("select count(*) from research_finding", Long.class)).isEqualTo(before);
        // (the import batch each finding records is covered by ResearchImportContract)
        List<Finding> saved = as(lab.priya(), () -> research.surfaceAll(List.of(draft("One"), draft("Two")), null));
        assertThat(saved).extracting(Finding::getState).containsOnly(FindingState.NEW);
        assertThat(jdbc.queryForObject("select count(*) from research_finding", Long.class)).isEqualTo(before + 2);
    }

    // ---- permissions --------------------------------------------------------------------------------------------------

    @Test
    void marketingAdministratorsAndPmoWriteOtherStaffReadCustomersSeeNothing() {
        Finding mia = as(lab.otherMarketer(), () -> research.surface(draft("Marketing need not be on the project")));
        Finding interpreted = as(lab.otherMarketer(), () -> research.interpret(mia.getId(), null,
                List.of(new BearingInput(lab.project(), "SPEC-1", "Contradicts", true))));
        Finding raised = as(lab.otherMarketer(), () -> research.raiseChange(mia.getId(), interpreted.getVersion(),
                new ActionInput(lab.project(), "Washdown enclosure", "Why", "STANDARD", null, null)));
        ChangeRequest request = changeControl.changeRequest(raised.getActions().get(0).changeRequest());
        assertThat(request.getRequester()).isEqualTo(lab.otherMarketer().person());
        assertThat(request.getTitle()).isEqualTo("Washdown enclosure");

        Finding byAdmin = asUser(lab.admin(), () -> research.surface(draft("By the administrator")));
        assertThat(byAdmin.getSurfacedBy()).isNull();
        assertThat(asUser(lab.admin(), () -> research.interpret(byAdmin.getId(), null,
                List.of(new BearingInput(lab.project(), null, "Relevant", false)))).getState())
                .isEqualTo(FindingState.INTERPRETED);
        assertThat(asUser(lab.pmo(), () -> research.dismiss(byAdmin.getId(), null, "Covered")).getOutcome())
                .isEqualTo(Outcome.DISMISSED);

        for (Member staff : List.of(lab.team().engineer(), lab.team().manager(), lab.team().seller(), lab.team().outsider())) {
            assertThat(as(staff, () -> research.finding(mia.getId())).getTitle()).isEqualTo(mia.getTitle());
            assertThatThrownBy(() -> as(staff, () -> research.surface(draft("Not mine"))))
                    .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.code()).isEqualTo("not-in-marketing"));
            assertThatThrownBy(() -> as(staff, () -> research.dismiss(byAdmin.getId(), null, "x")))
                    .isInstanceOf(NotPermittedException.class);
        }
        assertThatThrownBy(() -> asUser(lab.customer(), () -> research.finding(mia.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asUser(lab.customer(), () -> research.surface(draft("Customer"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> research.finding(mia.getId())).isInstanceOf(NotFoundException.class);
        Finding open = contradicting("Still open");
        assertThat(contradictions()).extracting(Finding::getId).containsExactly(open.getId());
        assertThat(asUser(lab.customer(), () -> research.openContradictions(lab.project()))).isEmpty();
        assertThat(research.openContradictions(lab.project())).isEmpty();
        assertThatThrownBy(() -> research.surface(draft("Nobody"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(lab.priya(), () -> research.finding(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
    }
}
