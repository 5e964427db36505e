package org.integrationgateway.specs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The spec item aggregate and its content rules: revision numbering, the baseline lock, normalisation, refusals. */
class SpecItemTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    static ItemContent content(String title, String body) {
        return new ItemContent(title, body, "requirement", ItemPriority.MUST, "Measured at FAT", ItemStatus.DRAFT, null,
                null, null);
    }

    /** An item as stored (id 7) with its first revision. */
    private static SpecItem stored(ItemContent content) {
        SpecItem created = SpecItem.create(3, 14, content, NOW);
        return new SpecItem(7L, created.getProject(), created.getNumber(), created.getItemKey(), created.getTitle(),
                created.getCategory(), created.getPriority(), created.getStatus(), 0, null, NOW, null, 0L);
    }

    @Test
    void anItemIsKeyedByItsNumberAndEveryEditIsTheNextRevision() {
        SpecItem item = stored(content("Conveyor height", "1,000 mm"));
        assertThat(item.getItemKey()).isEqualTo("SPEC-14");
        ItemRevision first = item.revise(content("Conveyor height", "1,000 mm"), null, 5L, "Lena Vogt", "First draft", null, NOW);
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.label()).isEqualTo("SPEC-14 r1");
        assertThat(first.specItem()).isEqualTo(7L);
        assertThat(first.project()).isEqualTo(3L);
        assertThat(first.author()).isEqualTo(5L);

        ItemRevision second = item.revise(content("Conveyor height (adjustable)", "1,050 mm"), first, 5L, "Lena Vogt",
                "Customer asked", null, NOW.plusSeconds(60));
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.reason()).isEqualTo("Customer asked");
        assertThat(item.getCurrentRevision()).isEqualTo(2);
        assertThat(item.getTitle()).isEqualTo("Conveyor height (adjustable)");
        assertThat(item.getRevisedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aBaselinedItemChangesOnlyThroughAChangeRequest() {
        SpecItem item = stored(content("Seal", "EPDM"));
        ItemRevision first = item.revise(content("Seal", "EPDM"), null, 5L, "Lena", "First", null, NOW);
        item.lock(11L);
        item.lock(12L);
        assertThat(item.isBaselined()).isTrue();
        assertThat(item.getLockedByBaseline()).isEqualTo(11L);

        assertThatThrownBy(() -> item.revise(content("Seal", "FKM"), first, 5L, "Lena", "Direct", null, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("baselined"));
        assertThat(item.getCurrentRevision()).isEqualTo(1);

        ItemRevision viaChange = item.revise(content("Seal", "FKM"), first, 5L, "Lena", "Implements CR-9", 9L, NOW);
        assertThat(viaChange.changeRequest()).isEqualTo(9L);
        assertThat(viaChange.revision()).isEqualTo(2);
    }

    @Test
    void anEditThatChangesNothingOrLacksAReasonIsRefused() {
        SpecItem item = stored(content("Seal", "EPDM"));
        ItemRevision first = item.revise(content("Seal", "EPDM"), null, 5L, "Lena", "First", null, NOW);
        assertThatThrownBy(() -> item.revise(content(" Seal ", "EPDM\n"), first, 5L, "Lena", "Again", null, NOW))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("Nothing has changed");
        assertThatThrownBy(() -> item.revise(content("Seal", "FKM"), first, 5L, "Lena", "  ", null, NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(item.getCurrentRevision()).isEqualTo(1);
    }

    @Test
    void contentIsNormalisedWithDefaults() {
        ItemContent checked = ItemRules.check(new ItemContent("  Option: heated hopper ", "", " Design Decision ", null,
                " ", null, new BigDecimal("1200.5"), "eur", 21));
        assertThat(checked.title()).isEqualTo("Option: heated hopper");
        assertThat(checked.body()).isNull();
        assertThat(checked.category()).isEqualTo("design decision");
        assertThat(checked.priority()).isEqualTo(ItemPriority.SHOULD);
        assertThat(checked.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(checked.acceptanceCriterion()).isNull();
        assertThat(checked.optionCurrency()).isEqualTo("EUR");
        assertThat(ItemRules.check(content("No price", null)).optionCurrency()).isNull();
    }

    @Test
    void badContentIsRefusedNamingTheField() {
        assertField(null, "title");
        assertField(content(" ", "x"), "title");
        assertField(content("x".repeat(ItemRules.MAX_TITLE + 1), "x"), "title");
        assertField(content("t", "x".repeat(ItemRules.MAX_BODY + 1)), "body");
        assertField(new ItemContent("t", null, null, null, null, null, null, null, null), "category");
        assertField(new ItemContent("t", null, "<script>", null, null, null, null, null, null), "category");
        assertField(new ItemContent("t", null, "option", null, null, null, new BigDecimal("-1"), "EUR", null), "optionPrice");
        assertField(new ItemContent("t", null, "option", null, null, null, new BigDecimal("1.005"), "EUR", null), "optionPrice");
        assertField(new ItemContent("t", null, "option", null, null, null, new BigDecimal("10"), null, null), "optionCurrency");
        assertField(new ItemContent("t", null, "option", null, null, null, new BigDecimal("10"), "XYZ", null), "optionCurrency");
        assertField(new ItemContent("t", null, "option", null, null, null, null, null, -1), "leadTimeDays");
        assertField(new ItemContent("t", null, "option", null, null, null, null, null, 3651), "leadTimeDays");
    }

    private static void assertField(ItemContent content, String field) {
        assertThatThrownBy(() -> ItemRules.check(content))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
