package org.integrationgateway.specs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class VariantTests {

    private static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");
    private static final long PROJECT = 7;

    private final ItemRevision conveyorR1 = revision(101, 1, "SPEC-1", 1, "Conveyor height", "900 mm", "Measured");
    private final ItemRevision conveyorR2 = revision(102, 1, "SPEC-1", 2, "Conveyor height", "1,050 mm", "Measured");
    private final ItemRevision guardR1 = revision(201, 2, "SPEC-2", 1, "Guarding", "Interlocked doors", null);
    private final ItemRevision labelR1 = revision(301, 3, "SPEC-3", 1, "Labels", "English", null);

    private final Baseline b1 = baseline(11, 1, conveyorR1, guardR1, labelR1);
    private final Baseline b2 = baseline(12, 2, conveyorR2, guardR1);

    @Test
    void anOrdersOverrideIsTheBaselineBodyPlusAParagraphPerCustomisation() {
        OverrideInput input = OrderVariants.overrideFor(conveyorR1, "O-7", List.of(
                new OrderCustomisation("SPEC-1", " 1,100 mm for tall operators ", "CR-12"),
                new OrderCustomisation("spec-1", "Anti-slip belt", "CR-13")));

        assertThat(input.title()).isNull();
        assertThat(input.acceptanceCriterion()).isNull();
        assertThat(input.body()).isEqualTo("900 mm\n\n**Customisation for order O-7 (CR-12):** 1,100 mm for tall operators"
                + "\n\n**Customisation for order O-7 (CR-13):** Anti-slip belt");
        assertThat(input.reason()).isEqualTo("Order O-7: CR-12, CR-13");

        Variant variant = Variant.create(PROJECT, OrderVariants.variantName("O-7"), 4L, "O-7", b1, "Marco", NOW);
        variant.override(conveyorR1, input);
        assertThat(variant.getName()).isEqualTo("Order O-7");
        assertThat(variant.overrideOf("SPEC-1")).get().satisfies(o -> {
            assertThat(o.body()).startsWith("900 mm\n\n**Customisation for order O-7 (CR-12):**");
            assertThat(o.reason()).isEqualTo("Order O-7: CR-12, CR-13");
            assertThat(o.baseRevision()).isEqualTo(1);
        });
    }

    @Test
    void anOrdersCustomisationOfAnItemWithoutBodyIsItsOnlyParagraphAndNeedsWording() {
        ItemRevision empty = revision(401, 4, "SPEC-4", 1, "Colour", null, null);
        assertThat(OrderVariants.overrideFor(empty, "O-8", List.of(new OrderCustomisation("SPEC-4", "RAL 5015", "CR-3")))
                .body()).isEqualTo("**Customisation for order O-8 (CR-3):** RAL 5015");
        assertThatThrownBy(() -> OrderVariants.overrideFor(empty, "O-8",
                List.of(new OrderCustomisation("SPEC-4", " ", "CR-3")))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aVariantNeedsANameOfAtMost200CharactersAndAnOrderReferenceOfAtMost100() {
        assertThatThrownBy(() -> Variant.create(PROJECT, "  ", null, null, b1, "Sofia", NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> Variant.create(PROJECT, "x".repeat(201), null, null, b1, "Sofia", NOW))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> Variant.create(PROJECT, "Orchid", null, "o".repeat(101), b1, "Sofia", NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("orderReference"));

        Variant variant = Variant.create(PROJECT, "  Orchid Pharma ", 4L, " PO-881 ", b1, "Sofia", NOW);
        assertThat(variant.getName()).isEqualTo("Orchid Pharma");
        assertThat(variant.getOrderReference()).isEqualTo("PO-881");
        assertThat(variant.getCustomer()).isEqualTo(4L);
        assertThat(variant.getBaseline()).isEqualTo(11L);
        assertThat(variant.getOverrides()).isEmpty();
    }

    @Test
    void aVariantIsMadeOnABaselineOfItsOwnProject() {
        assertThatThrownBy(() -> Variant.create(PROJECT + 1, "Orchid", null, null, b1, "Sofia", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("baseline-of-another-project"));
    }

    @Test
    void anOverrideKeepsOnlyTheFieldsThatDifferAndIsMadeAgainstTheBaselineRevision() {
        Variant variant = variant();
        VariantOverride override = variant.override(conveyorR1,
                new OverrideInput("Conveyor height", "1,100 mm for tall operators", " ", "Orchid's operators are tall"));

        assertThat(override.title()).isNull();
        assertThat(override.body()).isEqualTo("1,100 mm for tall operators");
        assertThat(override.acceptanceCriterion()).isNull();
        assertThat(override.baseRevision()).isEqualTo(1);
        assertThat(override.itemKey()).isEqualTo("SPEC-1");
        assertThat(override.conflict()).isFalse();
        assertThat(variant.overrideOf("spec-1")).contains(override);
    }

    @Test
    void anOverrideNeedsAReasonAndAChange() {
        Variant variant = variant();
        assertThatThrownBy(() -> variant.override(conveyorR1, new OverrideInput(null, "1,100 mm", null, " ")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> variant.override(conveyorR1, new OverrideInput("Conveyor height", "900 mm", null, "Same")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.getMessage()).contains("SPEC-1 r1"));
        assertThatThrownBy(() -> variant.override(conveyorR1, null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> variant.override(conveyorR1, new OverrideInput("t".repeat(201), null, null, "Long")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThat(variant.getOverrides()).isEmpty();
    }

    @Test
    void overridingAnItemAgainReplacesItsOverride() {
        Variant variant = variant();
        variant.override(conveyorR1, new OverrideInput(null, "1,100 mm", null, "Tall operators"));
        variant.override(guardR1, new OverrideInput(null, "Light curtains", null, "Open access"));
        variant.override(conveyorR1, new OverrideInput(null, "1,150 mm", null, "Even taller"));

        assertThat(variant.getOverrides()).extracting(VariantOverride::itemKey).containsExactly("SPEC-1", "SPEC-2");
        assertThat(variant.overrideOf("SPEC-1").orElseThrow().body()).isEqualTo("1,150 mm");
    }

    @Test
    void carryingForwardFlagsOverridesOfChangedAndRemovedItemsAndKeepsTheOthers() {
        Variant variant = variant();
        variant.override(conveyorR1, new OverrideInput(null, "1,100 mm", null, "Tall operators"));
        variant.override(guardR1, new OverrideInput(null, "Light curtains", null, "Open access"));
        variant.override(labelR1, new OverrideInput(null, "German", null, "Plant in Munich"));

        List<String> conflicts = variant.carryForward(b1, b2);

        assertThat(conflicts).containsExactly("SPEC-1", "SPEC-3");
        assertThat(variant.getBaseline()).isEqualTo(12L);
        assertThat(variant.overrideOf("SPEC-1").orElseThrow()).satisfies(o -> {
            assertThat(o.conflict()).isTrue();
            assertThat(o.baseRevision()).isEqualTo(1);
            assertThat(o.body()).isEqualTo("1,100 mm");
        });
        assertThat(variant.overrideOf("SPEC-2").orElseThrow().conflict()).isFalse();
        assertThat(variant.overrideOf("SPEC-3").orElseThrow().conflict()).isTrue();
        assertThat(variant.hasConflicts()).isTrue();
    }

    @Test
    void aVariantIsCarriedForwardOnlyToALaterBaselineOfItsProject() {
        Variant variant = variant();
        assertThatThrownBy(() -> variant.carryForward(b1, b1))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("not-a-later-baseline"));
        Baseline foreign = new Baseline(13L, PROJECT + 1, 5, "Other", BaselineSource.MANUAL, null, NOW, "Olga", Set.of());
        assertThatThrownBy(() -> variant.carryForward(b1, foreign))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("baseline-of-another-project"));
        assertThat(variant.getBaseline()).isEqualTo(11L);
    }

    @Test
    void keepingAConflictRebasesItsOverrideOnTheNewRevisionAndDroppingRemovesIt() {
        Variant variant = variant();
        variant.override(conveyorR1, new OverrideInput(null, "1,100 mm", null, "Tall operators"));
        variant.override(labelR1, new OverrideInput(null, "German", null, "Plant in Munich"));
        variant.carryForward(b1, b2);

        VariantOverride kept = variant.resolve("spec-1", true, entry(conveyorR2));
        assertThat(kept.conflict()).isFalse();
        assertThat(kept.baseRevision()).isEqualTo(2);
        assertThat(kept.body()).isEqualTo("1,100 mm");

        assertThatThrownBy(() -> variant.resolve("SPEC-3", true, null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("item-not-in-baseline"));
        variant.resolve("SPEC-3", false, null);
        assertThat(variant.getOverrides()).extracting(VariantOverride::itemKey).containsExactly("SPEC-1");
        assertThat(variant.hasConflicts()).isFalse();

        assertThatThrownBy(() -> variant.resolve("SPEC-1", false, entry(conveyorR2)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("not-in-conflict"));
        assertThatThrownBy(() -> variant.resolve("SPEC-9", true, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void removingAnOverrideTheVariantDoesNotHaveIsNotFound() {
        Variant variant = variant();
        variant.override(guardR1, new OverrideInput(null, "Light curtains", null, "Open access"));
        assertThatThrownBy(() -> variant.removeOverride("SPEC-1")).isInstanceOf(NotFoundException.class);
        assertThat(variant.removeOverride("spec-2").itemKey()).isEqualTo("SPEC-2");
        assertThat(variant.getOverrides()).isEmpty();
    }

    private Variant variant() {
        return new Variant(50L, PROJECT, "Orchid Pharma", null, null, 11L, List.of(), NOW, "Sofia", 0L);
    }

    private static Baseline baseline(long id, int number, ItemRevision... revisions) {
        return new Baseline(id, PROJECT, number, "B" + number, BaselineSource.MANUAL, null, NOW, "Sofia",
                Set.of(revisions).stream().map(VariantTests::entry).collect(java.util.stream.Collectors.toSet()));
    }

    private static BaselineEntry entry(ItemRevision revision) {
        return new BaselineEntry(revision.specItem(), revision.itemKey(), revision.id(), revision.revision());
    }

    private static ItemRevision revision(long id, long item, String key, int revision, String title, String body,
                                         String acceptance) {
        return new ItemRevision(id, item, PROJECT, key, revision, title, body, "requirement", ItemPriority.MUST,
                acceptance, ItemStatus.APPROVED, null, null, null, null, "Lena Vogt", NOW, "Why", null);
    }
}
