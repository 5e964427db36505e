package org.integrationgateway.specs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeRequestDraft;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.changecontrol.ImpactInput;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.Priority;
import org.integrationgateway.changecontrol.Risk;
import org.integrationgateway.changecontrol.SourceReference;
import org.integrationgateway.changecontrol.SpecItemRef;
import org.integrationgateway.changecontrol.VoteChoice;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.specs.DiffSegment.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Specifications against a real database: items and their revisions, the baseline lock, implementing approved change
 * requests (and every refusal of it writing nothing), and the comparisons of revisions and baselines on known text.
 * Runs on H2 and on PostgreSQL.
 */
abstract class SpecsFlowContract {

    @Autowired ChangeControlFixtures fixtures;
    @Autowired ChangeControl changeControl;
    @Autowired Specifications specifications;
    @Autowired Baselining baselining;
    @Autowired SpecComparisons comparisons;
    @Autowired JdbcTemplate jdbc;

    static ItemContent content(String title, String body) {
        return new ItemContent(title, body, "requirement", ItemPriority.MUST, "Measured at the FAT", ItemStatus.APPROVED,
                null, null, null);
    }

    // ---- items and revisions --------------------------------------------------------------------------------------

    @Test
    void everyEditIsANewRevisionWithItsAuthorAndReason() {
        Team team = fixtures.team(true);
        SpecItem conveyor = as(team.engineer(), () -> specifications.create(team.id(),
                content("Conveyor height", "The conveyor runs at 1,000 mm height."), "First draft"));
        SpecItem seal = as(team.engineer(), () -> specifications.create(team.id(),
                new ItemContent("Seal material", "EPDM", "Design Decision", ItemPriority.SHOULD, null, null, null, null,
                        null), "From the workshop"));
        assertThat(conveyor.getItemKey()).isEqualTo("SPEC-1");
        assertThat(seal.getItemKey()).isEqualTo("SPEC-2");
        assertThat(seal.getCategory()).isEqualTo("design decision");

        SpecItem revised = as(team.manager(), () -> specifications.revise(conveyor.getId(), conveyor.getVersion(),
                content("Conveyor height", "The conveyor runs at 1,050 mm height."), "Customer asked for 1,050 mm"));
        assertThat(revised.getCurrentRevision()).isEqualTo(2);
        assertThat(specifications.history(conveyor.getId())).extracting(ItemRevision::revision, ItemRevision::authorName,
                        ItemRevision::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Sofia Marin", "Customer asked for 1,050 mm"),
                        org.assertj.core.groups.Tuple.tuple(1, "Lena Vogt", "First draft"));
        ItemRevision first = specifications.revision(conveyor.getId(), 1);
        assertThat(first.body()).isEqualTo("The conveyor runs at 1,000 mm height.");
        assertThat(first.author()).isEqualTo(team.engineer().person());
        assertThat(first.changeRequest()).isNull();
        assertThat(specifications.currentRevision(conveyor.getId()).label()).isEqualTo("SPEC-1 r2");
        assertThat(specifications.itemByKey(team.id(), " spec-2 ").getId()).isEqualTo(seal.getId());
        assertThat(auditActions(conveyor.getId())).containsExactly("created", "revised");

        // a stale version changes nothing
        assertThatThrownBy(() -> specifications.revise(conveyor.getId(), conveyor.getVersion() - 1,
                content("Conveyor height", "Stale"), "Stale")).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo("stale-version"));
        assertThat(specifications.history(conveyor.getId())).hasSize(2);

        var page = specifications.items(team.id(), new ItemFilter("design decision", null, null),
                PageRequest.of(0, 20, Specifications.DEFAULT_SORT));
        assertThat(page.getContent()).extracting(SpecItemRow::itemKey).containsExactly("SPEC-2");
        assertThat(specifications.items(team.id(), new ItemFilter(null, null, "conveyor"),
                PageRequest.of(0, 20, Sort.by(Sort.Order.desc("key")))).getContent())
                .singleElement().satisfies(row -> {
                    assertThat(row.currentRevision()).isEqualTo(2);
                    assertThat(row.baselined()).isFalse();
                });
        assertThat(specifications.categories(team.id())).containsExactly("design decision", "requirement");
    }

    // ---- baselines and the lock -------------------------------------------------------------------------------------

    @Test
    void aManualFreezeLocksTheItemsAndDirectEditsAreRefused() {
        Team team = fixtures.team(true);
        assertThatThrownBy(() -> as(team.manager(), () -> baselining.freeze(team.id(), "Empty")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("empty-spec"));
        SpecItem conveyor = create(team, "Conveyor height", "1,000 mm");
        conveyor = as(team.engineer(), () -> specifications.revise(specifications.itemByKey(team.id(), "SPEC-1").getId(),
                null, content("Conveyor height", "1,020 mm"), "Measured"));
        SpecItem retired = create(team, "Old hopper", "Gone");
        long retiredId = retired.getId();
        as(team.engineer(), () -> specifications.revise(retiredId, null, new ItemContent("Old hopper", "Gone",
                "requirement", ItemPriority.COULD, null, ItemStatus.RETIRED, null, null, null), "Dropped"));

        Baseline b1 = as(team.manager(), () -> baselining.freeze(team.id(), "Design review"));
        assertThat(b1.key()).isEqualTo("B1");
        assertThat(b1.getSource()).isEqualTo(BaselineSource.MANUAL);
        assertThat(b1.getFrozenBy()).isNotBlank();
        assertThat(baselining.contents(b1.getId())).extracting(ItemRevision::label).containsExactly("SPEC-1 r2");

        long conveyorId = conveyor.getId();
        assertThat(specifications.item(conveyorId).getLockedByBaseline()).isEqualTo(b1.getId());
        assertThatThrownBy(() -> as(team.engineer(), () -> specifications.revise(conveyorId, null,
                content("Conveyor height", "1,100 mm"), "Quietly")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("baselined"));
        assertThat(specifications.history(conveyorId)).hasSize(2);
        assertThat(specifications.item(retiredId).isBaselined()).isFalse();

        SpecItem later = create(team, "Guard rail", "Yellow");
        assertThat(later.isBaselined()).isFalse();
        Baseline b2 = as(team.manager(), () -> baselining.freeze(team.id(), "Second review"));
        assertThat(b2.key()).isEqualTo("B2");
        assertThat(baselining.contents(b2.getId())).extracting(ItemRevision::label).containsExactly("SPEC-1 r2", "SPEC-3 r1");
        assertThat(specifications.item(conveyorId).getLockedByBaseline()).isEqualTo(b1.getId());
        assertThat(baselining.baselines(team.id())).extracting(Baseline::key).containsExactly("B2", "B1");
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'baseline' and entity_id = ?",
                String.class, String.valueOf(b1.getId()))).containsExactly("frozen");
    }

    // ---- implementing change requests -------------------------------------------------------------------------------

    @Test
    void anApprovedChangeIsImplementedAsRevisionsLinkedToIt() {
        Team team = fixtures.team(true);
        SpecItem conveyor = create(team, "Conveyor height", "The conveyor runs at 1,000 mm height.");
        create(team, "Seal material", "EPDM");
        as(team.manager(), () -> baselining.freeze(team.id(), "Design review"));
        ChangeRequest approved = approvedChange(team, "SPEC-1");

        List<ItemRevision> written = as(team.engineer(), () -> specifications.implement(approved.getId(),
                List.of(new ItemChange(" spec-1", content("Conveyor height", "The conveyor runs at 1,050 mm height."))),
                null));
        assertThat(written).singleElement().satisfies(r -> {
            assertThat(r.label()).isEqualTo("SPEC-1 r2");
            assertThat(r.changeRequest()).isEqualTo(approved.getId());
            assertThat(r.reason()).isEqualTo("Implements " + approved.key() + ": Conveyor at 1,050 mm");
            assertThat(r.authorName()).isEqualTo("Lena Vogt");
        });
        ChangeRequest implemented = changeControl.changeRequest(approved.getId());
        assertThat(implemented.getState()).isEqualTo(ChangeState.IMPLEMENTED);
        assertThat(specifications.revisionsOfChange(approved.getId())).extracting(ItemRevision::label)
                .containsExactly("SPEC-1 r2");
        assertThat(specifications.item(conveyor.getId()).isBaselined()).isTrue();
        assertThat(auditActions(conveyor.getId())).containsExactly("created", "revised");
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'change-request' and entity_id = ?"
                + " order by id", String.class, String.valueOf(approved.getId()))).endsWith("implement");
    }

    @Test
    void aChangeAffectingSpecItemsIsNotMarkedImplementedWithoutTheirNewRevisions() {
        Team team = fixtures.team(true);
        create(team, "Conveyor height", "The conveyor runs at 1,000 mm height.");
        as(team.manager(), () -> baselining.freeze(team.id(), "Design review"));
        ChangeRequest approved = approvedChange(team, "SPEC-1");

        assertRefused(() -> as(team.engineer(), () -> changeControl.implement(approved.getId(), null, "Done")),
                RuleViolationException.class, "implement-in-spec");
        assertThat(changeControl.changeRequest(approved.getId()).getState()).isEqualTo(ChangeState.APPROVED);

        ChangeRequest unknownItems = approvedChange(team, "SPEC-99");
        assertThat(as(team.engineer(), () -> changeControl.implement(unknownItems.getId(), null, "Outside the spec"))
                .getState()).isEqualTo(ChangeState.IMPLEMENTED);
    }

    @Test
    void implementingIsRefusedWritingNothingUnlessApprovedAffectedAndPermitted() {
        Team team = fixtures.team(true);
        SpecItem conveyor = create(team, "Conveyor height", "1,000 mm");
        SpecItem seal = create(team, "Seal material", "EPDM");
        as(team.manager(), () -> baselining.freeze(team.id(), "Design review"));
        List<ItemChange> conveyorChange = List.of(new ItemChange("SPEC-1", content("Conveyor height", "1,050 mm")));

        ChangeRequest waiting = raised(team, "SPEC-1");
        as(team.engineer(), () -> changeControl.assess(waiting.getId(), null, impact("SPEC-1")));
        as(team.engineer(), () -> changeControl.completeAssessment(waiting.getId(), null, null));
        assertRefused(() -> as(team.engineer(), () -> specifications.implement(waiting.getId(), conveyorChange, null)),
                ConflictException.class, "not-approved");

        ChangeRequest approved = approvedChange(team, "SPEC-1");
        assertRefused(() -> as(team.engineer(), () -> specifications.implement(approved.getId(), List.of(
                        conveyorChange.get(0), new ItemChange("SPEC-2", content("Seal material", "FKM"))), null)),
                RuleViolationException.class, "not-affected");
        for (Member notPermitted : List.of(team.seller(), team.marketer(), team.quality(), team.outsider())) {
            assertRefused(() -> as(notPermitted, () -> specifications.implement(approved.getId(), conveyorChange, null)),
                    NotPermittedException.class, "not-permitted");
        }
        assertRefused(() -> as(team.engineer(), () -> specifications.implement(approved.getId(), List.of(
                        new ItemChange("SPEC-1", content("Conveyor height", "1,000 mm"))), null)),
                org.integrationgateway.shared.InvalidRequestException.class, null);

        assertThat(specifications.history(conveyor.getId())).hasSize(1);
        assertThat(specifications.history(seal.getId())).hasSize(1);
        assertThat(changeControl.changeRequest(approved.getId()).getState()).isEqualTo(ChangeState.APPROVED);
        assertThat(changeControl.changeRequest(waiting.getId()).getState()).isEqualTo(ChangeState.AWAITING_DECISION);
        assertThat(specifications.revisionsOfChange(approved.getId())).isEmpty();

        // the manager may: the same change then goes through
        as(team.manager(), () -> specifications.implement(approved.getId(), conveyorChange, "Raised to 1,050 mm"));
        assertThat(specifications.currentRevision(conveyor.getId()).reason()).isEqualTo("Raised to 1,050 mm");
    }

    // ---- comparisons ------------------------------------------------------------------------------------------------

    @Test
    void baselinesAreComparedItemByItemWithTheTextDiffAndTheChangeRequests() {
        Team team = fixtures.team(true);
        create(team, "Conveyor height", "The conveyor runs at 1,000 mm height.");
        create(team, "Seal material", "EPDM");
        Baseline b1 = as(team.manager(), () -> baselining.freeze(team.id(), "Design review"));
        ChangeRequest approved = approvedChange(team, "SPEC-1", "SPEC-2");
        as(team.engineer(), () -> specifications.implement(approved.getId(), List.of(
                new ItemChange("SPEC-1", content("Conveyor height", "The conveyor runs at 1,050 mm height.")),
                new ItemChange("SPEC-2", new ItemContent("Seal material", "EPDM", "requirement", ItemPriority.MUST,
                        "Measured at the FAT", ItemStatus.RETIRED, null, null, null))), null));
        create(team, "Guard rail", "Yellow, 1,100 mm");
        Baseline b2 = as(team.manager(), () -> baselining.freeze(team.id(), "Build review"));

        BaselineComparison comparison = comparisons.baselines(b2.getId(), b1.getId());
        assertThat(comparison.from().key()).isEqualTo("B1");
        assertThat(comparison.to().key()).isEqualTo("B2");
        assertThat(comparison.added()).extracting(ItemRevision::label).containsExactly("SPEC-3 r1");
        assertThat(comparison.removed()).extracting(ItemRevision::label).containsExactly("SPEC-2 r1");
        assertThat(comparison.changed()).singleElement().satisfies(changed -> {
            assertThat(changed.itemKey()).isEqualTo("SPEC-1");
            assertThat(changed.before().revision()).isEqualTo(1);
            assertThat(changed.after().revision()).isEqualTo(2);
            assertThat(changed.changeRequests()).containsExactly(approved.getId());
            assertThat(changed.changes()).singleElement().satisfies(diff -> {
                assertThat(diff.field()).isEqualTo("body");
                assertThat(diff.segments()).containsExactly(new DiffSegment(Kind.EQUAL, "The conveyor runs at "),
                        new DiffSegment(Kind.DELETED, "1,000 "), new DiffSegment(Kind.INSERTED, "1,050 "),
                        new DiffSegment(Kind.EQUAL, "mm height."));
            });
        });
        assertThat(comparisons.baselines(b1.getId(), b1.getId()).changed()).isEmpty();

        Team other = fixtures.team(false);
        create(other, "Elsewhere", "Other project");
        Baseline foreign = as(other.manager(), () -> baselining.freeze(other.id(), "Other"));
        assertThatThrownBy(() -> comparisons.baselines(b1.getId(), foreign.getId()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("different-projects"));
        assertThatThrownBy(() -> comparisons.baselines(b1.getId(), Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void twoRevisionsAreComparedFieldByFieldInEitherOrder() {
        Team team = fixtures.team(true);
        SpecItem option = as(team.engineer(), () -> specifications.create(team.id(), new ItemContent("Heated hopper",
                "Keeps the product at 40 °C.", "option", ItemPriority.COULD, null, ItemStatus.DRAFT,
                new BigDecimal("1200"), "EUR", 20), "Offered by sales"));
        as(team.engineer(), () -> specifications.revise(option.getId(), null, new ItemContent("Heated hopper",
                "Keeps the product at 45 °C, insulated.", "option", ItemPriority.SHOULD, null, ItemStatus.DRAFT,
                new BigDecimal("1350.50"), "EUR", 20), "New heater"));

        RevisionComparison comparison = comparisons.revisions(option.getId(), 2, 1);
        assertThat(comparison.from().revision()).isEqualTo(1);
        assertThat(comparison.to().revision()).isEqualTo(2);
        assertThat(comparison.item().getItemKey()).isEqualTo("SPEC-1");
        assertThat(comparison.changes()).extracting(FieldDiff::field).containsExactly("body", "priority", "optionPrice");
        FieldDiff body = comparison.changes().get(0);
        assertThat(body.before()).isEqualTo("Keeps the product at 40 °C.");
        assertThat(body.segments()).containsExactly(new DiffSegment(Kind.EQUAL, "Keeps the product at "),
                new DiffSegment(Kind.DELETED, "40 °C."), new DiffSegment(Kind.INSERTED, "45 °C, insulated."));
        assertThat(comparison.changes().get(1).segments()).containsExactly(new DiffSegment(Kind.DELETED, "COULD"),
                new DiffSegment(Kind.INSERTED, "SHOULD"));
        assertThat(comparison.changes().get(2)).satisfies(price -> {
            assertThat(price.before()).isEqualTo("1200.00");
            assertThat(price.after()).isEqualTo("1350.50");
        });
        assertThat(comparisons.revisions(option.getId(), 1, 2).changes()).isEqualTo(comparison.changes());
        assertThat(comparisons.revisions(option.getId(), 2, 2).changes()).isEmpty();
        assertThatThrownBy(() -> comparisons.revisions(option.getId(), 1, 3)).isInstanceOf(NotFoundException.class);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private SpecItem create(Team team, String title, String body) {
        return as(team.engineer(), () -> specifications.create(team.id(), content(title, body), "First draft"));
    }

    private ChangeRequest raised(Team team, String... keys) {
        return as(team.seller(), () -> changeControl.raise(team.id(), new ChangeRequestDraft("Conveyor at 1,050 mm",
                "Orchid Pharma asks for 1,050 mm", Origin.SALES, SourceReference.NONE, Priority.MEDIUM,
                ChangeClass.NORMAL, null, refs(keys), List.of(), null, null), true));
    }

    private static ImpactInput impact(String... keys) {
        return new ImpactInput(new BigDecimal("800"), "EUR", 2, Risk.LOW, null, refs(keys), null, null);
    }

    private static List<SpecItemRef> refs(String... keys) {
        return Arrays.stream(keys).map(key -> new SpecItemRef(key, "mechanical")).toList();
    }

    /** Raised by sales, assessed by the engineer, approved by the manager's and Tom's votes (the default board). */
    private ChangeRequest approvedChange(Team team, String... keys) {
        ChangeRequest request = raised(team, keys);
        as(team.engineer(), () -> changeControl.assess(request.getId(), null, impact(keys)));
        as(team.engineer(), () -> changeControl.completeAssessment(request.getId(), null, "Assessed"));
        as(team.manager(), () -> changeControl.vote(request.getId(), VoteChoice.APPROVE, null, null));
        ChangeRequest decided = as(team.tom(), () -> changeControl.vote(request.getId(), VoteChoice.APPROVE, null, null));
        assertThat(decided.getState()).isEqualTo(ChangeState.APPROVED);
        return decided;
    }

    private static void assertRefused(Runnable action, Class<? extends DomainException> type, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(type, e -> {
            if (code != null) {
                assertThat(e.code()).isEqualTo(code);
            }
        });
    }

    private List<String> auditActions(long itemId) {
        return jdbc.queryForList("select action from audit_entry where entity_type = 'spec-item' and entity_id = ?"
                + " order by id", String.class, String.valueOf(itemId));
    }
}
