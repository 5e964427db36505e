package org.integrationgateway.changecontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integrationgateway.changecontrol.ChangeRequestBuilder.NOW;
import static org.integrationgateway.changecontrol.ChangeRequestBuilder.actor;
import static org.integrationgateway.changecontrol.ChangeRequestBuilder.request;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.integrationgateway.changecontrol.ChangeRequestBuilder.Recorded;
import org.integrationgateway.changecontrol.events.ChangeRequestDecided;
import org.integrationgateway.changecontrol.events.ChangeRequestTransitioned;
import org.integrationgateway.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The delegated envelope and the policy that approves standard changes inside it; limits are inclusive. */
class EnvelopePolicyTests {

    /** K7's envelope: EUR 5,000, 5 days, categories option and mechanical. */
    private static DelegatedEnvelope k7() {
        return DelegatedEnvelope.create(10, new EnvelopeLimits(new BigDecimal("5000"), "EUR", 5,
                List.of("Option", " mechanical ")), "Sofia Marin", NOW);
    }

    private static ImpactAssessment impact(String cost, String currency, int days) {
        return new ImpactAssessment(new BigDecimal(cost), currency, days, Risk.LOW, null, 1L, "Lena", NOW);
    }

    private static final SpecItemRef MECHANICAL = new SpecItemRef("SPEC-22", "mechanical");

    static Stream<Arguments> boundaries() {
        return Stream.of(
                Arguments.of("cost exactly at the maximum", impact("5000.00", "EUR", 0), List.of(MECHANICAL), true),
                Arguments.of("cost one cent over", impact("5000.01", "EUR", 0), List.of(MECHANICAL), false),
                Arguments.of("schedule exactly at the maximum", impact("0", "EUR", 5), List.of(MECHANICAL), true),
                Arguments.of("schedule one day over", impact("0", "EUR", 6), List.of(MECHANICAL), false),
                Arguments.of("a saving", impact("-20000", "EUR", 0), List.of(MECHANICAL), true),
                Arguments.of("a schedule gain", impact("0", "EUR", -30), List.of(MECHANICAL), true),
                Arguments.of("cost in another currency", impact("1", "USD", 0), List.of(MECHANICAL), false),
                Arguments.of("a category not allowed", impact("1", "EUR", 0),
                        List.of(MECHANICAL, new SpecItemRef("SPEC-14", "enclosure")), false),
                Arguments.of("an item without a category", impact("1", "EUR", 0), List.of(new SpecItemRef("SPEC-9", null)),
                        false),
                Arguments.of("no items at all", impact("1", "EUR", 0), List.of(), true),
                Arguments.of("category written differently", impact("1", "EUR", 0),
                        List.of(new SpecItemRef("SPEC-3", " Option ")), true));
    }

    @ParameterizedTest(name = "{0}: inside {3}")
    @MethodSource("boundaries")
    void judgesAtTheBoundaries(String why, ImpactAssessment impact, List<SpecItemRef> items, boolean inside) {
        EnvelopePolicy.Verdict verdict = EnvelopePolicy.judge(k7(), impact, items);
        assertThat(verdict.inside()).isEqualTo(inside);
        assertThat(verdict.reasons().isEmpty()).isEqualTo(inside);
    }

    @Test
    void withoutAnEnvelopeNothingFits() {
        EnvelopePolicy.Verdict verdict = EnvelopePolicy.judge(null, impact("0", "EUR", 0), List.of());
        assertThat(verdict.inside()).isFalse();
        assertThat(verdict.reasons()).containsExactly("The project has no delegated envelope.");
    }

    @Test
    void everyReasonIsGiven() {
        EnvelopePolicy.Verdict verdict = EnvelopePolicy.judge(k7(), impact("18000", "EUR", 15),
                List.of(new SpecItemRef("SPEC-30", "material")));
        assertThat(verdict.reasons()).hasSize(3);
        assertThat(verdict.reasons().get(0)).contains("18000 EUR exceeds the envelope's 5000 EUR");
        assertThat(verdict.reasons().get(1)).contains("15 days");
        assertThat(verdict.reasons().get(2)).contains("SPEC-30").contains("material");
    }

    @Test
    void aStandardChangeInsideIsApprovedByTheEnvelopeWithItsRevision() {
        DelegatedEnvelope envelope = k7();
        envelope.change(new EnvelopeLimits(new BigDecimal("6000"), "EUR", 5, List.of("mechanical")), "Sofia", NOW);
        Recorded request = request().in(ChangeState.UNDER_ASSESSMENT).ofClass(ChangeClass.STANDARD)
                .impact("1200", "EUR", 3, MECHANICAL).build();

        EnvelopePolicy.Verdict verdict = request.completeAssessment(actor(EnumSet.of(ChangeRole.ASSESSOR)), "Fits",
                envelope, NOW);

        assertThat(verdict.inside()).isTrue();
        assertThat(request.getState()).isEqualTo(ChangeState.APPROVED);
        assertThat(request.getChangeClass()).isEqualTo(ChangeClass.STANDARD);
        assertThat(request.getDecision()).isEqualTo(VoteChoice.APPROVE);
        assertThat(request.getDecisionForum()).isEqualTo(DecisionForum.ENVELOPE);
        assertThat(request.getEnvelopeRevision()).isEqualTo(2);
        assertThat(request.getDecidedBy()).isEqualTo("Delegated envelope r2");
        assertThat(request.getTransitions()).extracting(TransitionRecord::action)
                .containsExactly("RAISE", "COMPLETE_ASSESSMENT", "DECIDE_APPROVE");
        assertThat(request.getTransitions()).last().satisfies(t -> {
            assertThat(t.actorPerson()).isNull();
            assertThat(t.comment()).contains("revision 2");
        });
        ChangeRequestDecided decided = request.events(ChangeRequestDecided.class).get(0);
        assertThat(decided.forum()).isEqualTo("ENVELOPE");
        assertThat(decided.envelopeRevision()).isEqualTo(2);
        assertThat(decided.fromState()).isEqualTo("AWAITING_DECISION");
    }

    @Test
    void aStandardChangeOutsideBecomesNormalAndWaitsForTheBoard() {
        Recorded request = request().in(ChangeState.UNDER_ASSESSMENT).ofClass(ChangeClass.STANDARD)
                .impact("18000", "EUR", 15, new SpecItemRef("SPEC-31", "material")).build();

        EnvelopePolicy.Verdict verdict = request.completeAssessment(actor(EnumSet.of(ChangeRole.ASSESSOR)), null, k7(), NOW);

        assertThat(verdict.inside()).isFalse();
        assertThat(request.getState()).isEqualTo(ChangeState.AWAITING_DECISION);
        assertThat(request.getChangeClass()).isEqualTo(ChangeClass.NORMAL);
        assertThat(request.getRequestedClass()).isEqualTo(ChangeClass.STANDARD);
        assertThat(request.getDecision()).isNull();
        assertThat(request.getEnvelopeRevision()).isNull();
        assertThat(request.getTransitions()).last().satisfies(t -> {
            assertThat(t.action()).isEqualTo("RECLASSIFY");
            assertThat(t.comment()).startsWith("Outside the delegated envelope").contains("18000 EUR")
                    .contains("15 days").contains("SPEC-31");
        });
        assertThat(request.events(ChangeRequestDecided.class)).isEmpty();
        assertThat(request.events(ChangeRequestTransitioned.class)).singleElement()
                .satisfies(e -> assertThat(e.changeRequest().changeClass()).isEqualTo("NORMAL"));
    }

    @Test
    void aStandardChangeWithoutAnEnvelopeBecomesNormal() {
        Recorded request = request().in(ChangeState.UNDER_ASSESSMENT).ofClass(ChangeClass.STANDARD).build();
        request.completeAssessment(actor(EnumSet.of(ChangeRole.ASSESSOR)), null, null, NOW);
        assertThat(request.getChangeClass()).isEqualTo(ChangeClass.NORMAL);
        assertThat(request.getTransitions()).last().extracting(TransitionRecord::comment).asString()
                .contains("no delegated envelope");
    }

    @Test
    void normalAndEmergencyChangesAreNotJudged() {
        Recorded request = request().in(ChangeState.UNDER_ASSESSMENT).build();
        assertThat(request.completeAssessment(actor(EnumSet.of(ChangeRole.ASSESSOR)), null, k7(), NOW)).isNull();
        assertThat(request.getState()).isEqualTo(ChangeState.AWAITING_DECISION);
        assertThat(request.getChangeClass()).isEqualTo(ChangeClass.NORMAL);
    }

    @Test
    void everyChangeOfTheEnvelopeCountsARevision() {
        DelegatedEnvelope envelope = k7();
        assertThat(envelope.getRevision()).isEqualTo(1);
        assertThat(envelope.getCurrency()).isEqualTo("EUR");
        assertThat(envelope.categoryNames()).containsExactly("mechanical", "option");
        envelope.change(new EnvelopeLimits(new BigDecimal("7500.50"), "usd", 0, List.of()), "Sofia", NOW);
        assertThat(envelope.getRevision()).isEqualTo(2);
        assertThat(envelope.getCurrency()).isEqualTo("USD");
        assertThat(envelope.getMaxScheduleDays()).isZero();
        assertThat(envelope.categoryNames()).isEmpty();
        assertThat(envelope.getChangedBy()).isEqualTo("Sofia");

        assertThatThrownBy(() -> envelope.change(new EnvelopeLimits(new BigDecimal("-1"), "EUR", 5, List.of()), "X", NOW))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(envelope.getRevision()).isEqualTo(2);
        assertThat(envelope.getMaxCost()).isEqualByComparingTo("7500.50");
    }

    static Stream<Arguments> badLimits() {
        return Stream.of(
                Arguments.of(new EnvelopeLimits(null, "EUR", 5, List.of()), "maxCost"),
                Arguments.of(new EnvelopeLimits(new BigDecimal("-0.01"), "EUR", 5, List.of()), "maxCost"),
                Arguments.of(new EnvelopeLimits(new BigDecimal("1.001"), "EUR", 5, List.of()), "maxCost"),
                Arguments.of(new EnvelopeLimits(new BigDecimal("1000000000000"), "EUR", 5, List.of()), "maxCost"),
                Arguments.of(new EnvelopeLimits(BigDecimal.TEN, "EURO", 5, List.of()), "currency"),
                Arguments.of(new EnvelopeLimits(BigDecimal.TEN, null, 5, List.of()), "currency"),
                Arguments.of(new EnvelopeLimits(BigDecimal.TEN, "EUR", null, List.of()), "maxScheduleDays"),
                Arguments.of(new EnvelopeLimits(BigDecimal.TEN, "EUR", -1, List.of()), "maxScheduleDays"),
                Arguments.of(new EnvelopeLimits(BigDecimal.TEN, "EUR", 3651, List.of()), "maxScheduleDays"),
                Arguments.of(new EnvelopeLimits(BigDecimal.TEN, "EUR", 5, List.of("9lives")), "categories"),
                Arguments.of(new EnvelopeLimits(BigDecimal.TEN, "EUR", 5, IntStream.rangeClosed(1, 21)
                        .mapToObj(i -> "cat" + i).toList()), "categories"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badLimits")
    void badLimitsAreRefused(EnvelopeLimits limits, String field) {
        assertThatThrownBy(() -> DelegatedEnvelope.create(10, limits, "Sofia", NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void blankCategoriesAreIgnoredAndDuplicatesMerged() {
        DelegatedEnvelope envelope = DelegatedEnvelope.create(10, new EnvelopeLimits(BigDecimal.ZERO, "EUR", 0,
                Arrays.asList("Option", null, " ", "option")), "Sofia", NOW);
        assertThat(envelope.categoryNames()).containsExactly("option");
    }
}
