package org.integrationgateway.specs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControl.GateChoice;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeRequestDraft;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.changecontrol.ImpactInput;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.Priority;
import org.integrationgateway.changecontrol.Risk;
import org.integrationgateway.changecontrol.SourceKind;
import org.integrationgateway.changecontrol.SourceReference;
import org.integrationgateway.changecontrol.SpecItemRef;
import org.integrationgateway.changecontrol.VoteChoice;
import org.integrationgateway.organisation.CustomerDetails;
import org.integrationgateway.organisation.CustomerManagement;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.shared.TraceLinked;
import org.integrationgateway.shared.TraceNode;
import org.integrationgateway.stagegate.GateReview;
import org.integrationgateway.stagegate.Gatekeeping;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Variants and the traceability graph against a real database. The story: a project's spec of three items is frozen
 * in B1; Orchid Pharma's variant overrides all three; a change request raised from research finding RF-… is approved
 * at a gate review and implemented (SPEC-1 gets r2, SPEC-3 is retired); B2 is frozen; the variant carried forward to
 * B2 shows SPEC-1 and SPEC-3 in conflict. Runs on H2 and on PostgreSQL.
 */
abstract class VariantsAndTraceFlowContract {

    @Autowired ChangeControlFixtures fixtures;
    @Autowired Specifications specifications;
    @Autowired Baselining baselining;
    @Autowired VariantCatalog catalog;
    @Autowired OfferCatalogue offers;
    @Autowired OrderVariants orderVariants;
    @Autowired Traceability traceability;
    @Autowired ChangeControl changeControl;
    @Autowired Gatekeeping gatekeeping;
    @Autowired CustomerManagement customers;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    // ---- variants ---------------------------------------------------------------------------------------------------

    @Test
    void aVariantIsItsBaselinePlusOverridesAndCarriesForwardWithConflicts() {
        Story story = story();

        DeliveredSpec before = catalog.delivered(story.variant().getId());
        assertThat(before.baseline().key()).isEqualTo("B1");
        assertThat(before.items()).extracting(DeliveredSpec.Item::body)
                .containsExactly("1,100 mm for tall operators", "Light curtains", "German and English");

        Variant moved = as(story.team().engineer(), () -> catalog.carryForward(story.variant().getId(),
                story.variant().getVersion(), story.b2().getId()));
        assertThat(moved.getBaseline()).isEqualTo(story.b2().getId());

        DeliveredSpec delivered = catalog.delivered(moved.getId());
        assertThat(delivered.baseline().key()).isEqualTo("B2");
        assertThat(delivered.conflicts()).isEqualTo(2);
        assertThat(delivered.items()).extracting(DeliveredSpec.Item::itemKey).containsExactly("SPEC-1", "SPEC-2", "SPEC-3");
        DeliveredSpec.Item conveyor = delivered.items().get(0);
        assertThat(conveyor.baselineRevision().revision()).isEqualTo(2);
        assertThat(conveyor.title()).isEqualTo("Conveyor height");
        assertThat(conveyor.body()).isEqualTo("1,100 mm for tall operators");
        assertThat(conveyor.acceptanceCriterion()).isEqualTo("Measured at the infeed");
        assertThat(conveyor.conflict()).isTrue();
        assertThat(conveyor.overrideBaseRevision()).isEqualTo(1);
        DeliveredSpec.Item guarding = delivered.items().get(1);
        assertThat(guarding.overridden()).isTrue();
        assertThat(guarding.conflict()).isFalse();
        assertThat(guarding.body()).isEqualTo("Light curtains");
        DeliveredSpec.Item labels = delivered.items().get(2);
        assertThat(labels.baselineRevision()).isNull();
        assertThat(labels.conflict()).isTrue();

        assertThatThrownBy(() -> as(story.team().engineer(), () -> catalog.resolve(moved.getId(),
                story.variant().getVersion(), "SPEC-1", true)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("stale-version"));
        Variant kept = as(story.team().engineer(), () -> catalog.resolve(moved.getId(), moved.getVersion(), "spec-1", true));
        Variant resolved = as(story.team().engineer(), () -> catalog.resolve(moved.getId(), kept.getVersion(), "SPEC-3",
                false));
        assertThatThrownBy(() -> as(story.team().engineer(), () -> catalog.resolve(moved.getId(), resolved.getVersion(),
                "SPEC-2", true)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("not-in-conflict"));

        DeliveredSpec after = catalog.delivered(moved.getId());
        assertThat(after.conflicts()).isZero();
        assertThat(after.items()).extracting(DeliveredSpec.Item::itemKey).containsExactly("SPEC-1", "SPEC-2");
        assertThat(after.items().get(0).overrideBaseRevision()).isEqualTo(2);
        assertThat(after.items().get(0).body()).isEqualTo("1,100 mm for tall operators");
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'variant' and entity_id = ?"
                + " order by id", String.class, String.valueOf(moved.getId()))).containsExactly("created", "overridden",
                "overridden", "overridden", "carried-forward", "conflict-resolved", "conflict-resolved");
        assertThat(jdbc.queryForObject("select count(*) from variant_override where variant = ?", Integer.class,
                moved.getId())).isEqualTo(2);
    }

    @Test
    void aVariantNeedsABaselineOfItsProjectAndAnExistingCustomer() {
        Team team = fixtures.team(true);
        long item = as(team.engineer(), () -> specifications.create(team.id(), content("Conveyor height", "900 mm", null),
                "First draft")).getId();
        assertThatThrownBy(() -> as(team.engineer(), () -> catalog.create(team.id(),
                new VariantInput("Orchid Pharma", null, null, null))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("no-baseline");
                    assertThat(e.getMessage()).contains("no baseline yet");
                });
        Baseline b1 = baselining.freeze(team.id(), "Concept");
        Team other = fixtures.team(true);
        as(other.engineer(), () -> specifications.create(other.id(), content("Foreign", "x", null), "Other project"));
        Baseline foreign = baselining.freeze(other.id(), "Foreign");

        assertThatThrownBy(() -> as(team.engineer(), () -> catalog.create(team.id(),
                new VariantInput("Orchid", null, null, foreign.getId()))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("baseline-of-another-project"));
        assertThatThrownBy(() -> as(team.engineer(), () -> catalog.create(team.id(),
                new VariantInput("Orchid", Long.MAX_VALUE, null, null))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("unknown-customer"));
        assertThatThrownBy(() -> as(team.engineer(), () -> catalog.create(team.id(), new VariantInput(" ", null, null, null))))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> as(team.outsider(), () -> catalog.create(team.id(),
                new VariantInput("Orchid", null, null, null)))).isInstanceOf(NotPermittedException.class);
        assertThat(catalog.variants(team.id())).isEmpty();

        Variant variant = as(team.engineer(), () -> catalog.create(team.id(), new VariantInput("Orchid", null, "PO-1", null)));
        assertThat(variant.getBaseline()).isEqualTo(b1.getId());
        assertThatThrownBy(() -> as(team.engineer(), () -> catalog.override(variant.getId(), null, "SPEC-9",
                new OverrideInput(null, "x", null, "Why"))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("item-not-in-baseline"));
        assertThatThrownBy(() -> as(team.outsider(), () -> catalog.override(variant.getId(), null, "SPEC-1",
                new OverrideInput(null, "x", null, "Why")))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(team.engineer(), () -> catalog.carryForward(variant.getId(), null, b1.getId())))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("not-a-later-baseline"));
        Variant overridden = as(team.engineer(), () -> catalog.override(variant.getId(), variant.getVersion(), "SPEC-1",
                new OverrideInput(null, "950 mm", null, "Why")));
        assertThatThrownBy(() -> as(team.engineer(), () -> catalog.removeOverride(variant.getId(), variant.getVersion(),
                "SPEC-1"))).isInstanceOf(ConflictException.class);
        Variant removed = as(team.engineer(), () -> catalog.removeOverride(variant.getId(), overridden.getVersion(), "SPEC-1"));
        assertThat(removed.getOverrides()).isEmpty();
        assertThat(catalog.delivered(variant.getId()).items()).singleElement()
                .satisfies(i -> assertThat(i.body()).isEqualTo("900 mm"));
        assertThat(specifications.item(item).getCurrentRevision()).isEqualTo(1);
    }

    // ---- traceability -------------------------------------------------------------------------------------------

    @Test
    void fromTheFindingForwardToTheRevisionAndTheVariantAndBackFromTheRevision() {
        Story story = story();
        Variant moved = as(story.team().engineer(), () -> catalog.carryForward(story.variant().getId(), null,
                story.b2().getId()));
        as(story.team().engineer(), () -> catalog.resolve(moved.getId(), null, "SPEC-1", true));
        String r2 = String.valueOf(story.conveyorR2().id());
        String variant = String.valueOf(story.variant().getId());
        String cr = String.valueOf(story.request().getId());

        TraceGraph forward = traceability.walk(SourceKind.RESEARCH_FINDING.name(), story.finding(), TraceDirection.FORWARD, 3);
        assertThat(forward.start().label()).isEqualTo("Finding " + story.finding());
        assertThat(nodes(forward)).contains("CHANGE_REQUEST:" + cr, "GATE_REVIEW:" + story.review().getId(),
                "ITEM_REVISION:" + r2, "VARIANT:" + variant);
        assertThat(forward.links()).extracting(TraceLink::relation).contains("raised", "decided at", "revised",
                "overridden in");
        assertThat(nodes(forward)).doesNotContain("ITEM_REVISION:" + story.conveyorR1().id());
        assertThat(nodes(traceability.walk(SourceKind.RESEARCH_FINDING.name(), story.finding(), TraceDirection.FORWARD, 2)))
                .doesNotContain("VARIANT:" + variant);

        TraceGraph backward = traceability.walk("item_revision", r2, TraceDirection.BACKWARD, 5);
        assertThat(nodes(backward)).containsExactlyInAnyOrder("ITEM_REVISION:" + r2, "CHANGE_REQUEST:" + cr,
                "ITEM_REVISION:" + story.conveyorR1().id(), "RESEARCH_FINDING:" + story.finding());
        assertThat(backward.nodes()).filteredOn(n -> n.type().equals("CHANGE_REQUEST")).singleElement()
                .satisfies(n -> assertThat(n.label()).isEqualTo("CR-" + cr + " Taller conveyor for Orchid"));
        assertThat(backward.nodes()).filteredOn(n -> n.type().equals("ITEM_REVISION")
                        && n.id().equals(String.valueOf(story.conveyorR1().id())))
                .singleElement().satisfies(n -> assertThat(n.label()).isEqualTo("SPEC-1 r1 Conveyor height"));

        TraceGraph both = traceability.walk("ITEM_REVISION", r2, TraceDirection.BOTH, 1);
        assertThat(nodes(both)).containsExactlyInAnyOrder("ITEM_REVISION:" + r2, "CHANGE_REQUEST:" + cr,
                "ITEM_REVISION:" + story.conveyorR1().id(), "VARIANT:" + variant);
        assertThat(traceability.svg(both)).startsWith("<svg").contains("overridden in", "revised");
    }

    @Test
    void aNewRevisionMakesLinksToDownstreamThingsSuspectUntilReviewed() {
        Story story = story();
        List<TraceLink> suspects = traceability.suspects(story.team().id());

        assertThat(suspects).extracting(TraceLink::fromId).containsExactlyInAnyOrder(
                String.valueOf(story.conveyorR1().id()), String.valueOf(story.labelsR1().id()));
        assertThat(suspects).allSatisfy(link -> {
            assertThat(link.toType()).isEqualTo("VARIANT");
            assertThat(link.relation()).isEqualTo("overridden in");
            assertThat(link.suspectSince()).isNotNull();
        });
        assertThat(suspects).extracting(TraceLink::suspectReason).containsExactlyInAnyOrder(
                "SPEC-1 r1 superseded by r2", "SPEC-3 r1 superseded by r2");
        assertThat(jdbc.queryForObject("select count(*) from trace_link where suspect = true and to_type <> 'VARIANT'"
                + " and (from_project = ? or to_project = ?)", Integer.class, story.team().id(), story.team().id())).isZero();

        TraceLink conveyor = suspects.stream().filter(l -> l.suspectReason().startsWith("SPEC-1")).findFirst().orElseThrow();
        assertThatThrownBy(() -> as(story.team().outsider(), () -> traceability.review(conveyor.id(), conveyor.version())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(story.team().engineer(), () -> traceability.review(conveyor.id(), conveyor.version() - 1)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("stale-version"));
        TraceLink reviewed = as(story.team().engineer(), () -> traceability.review(conveyor.id(), conveyor.version()));

        assertThat(reviewed.suspect()).isFalse();
        assertThat(reviewed.reviewedBy()).isEqualTo("Lena Vogt");
        assertThat(reviewed.reviewedAt()).isNotNull();
        assertThat(reviewed.suspectReason()).isEqualTo("SPEC-1 r1 superseded by r2");
        assertThat(traceability.suspects(story.team().id())).extracting(TraceLink::id).doesNotContain(conveyor.id());
        assertThatThrownBy(() -> as(story.team().engineer(), () -> traceability.review(conveyor.id(), null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("not-suspect"));
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'trace-link' and entity_id = ?",
                String.class, String.valueOf(conveyor.id()))).containsExactly("reviewed");
        assertThatThrownBy(() -> traceability.review(Long.MAX_VALUE, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theSameEventTwiceRecordsOneLinkAndAFullerLabelRefreshesTheNode() {
        String source = "RF-" + UUID.randomUUID();
        TraceNode finding = new TraceNode("RESEARCH_FINDING", source, "Finding " + source, null);
        TraceNode bare = new TraceNode("MEETING", source, "Meeting", 1L);
        Linked event = new Linked(List.of(new TraceLinked.Edge(finding, bare, "discussed at")));

        publish(event);
        publish(event);
        publish(new Linked(List.of(new TraceLinked.Edge(new TraceNode("RESEARCH_FINDING", source, "Finding", null),
                new TraceNode("MEETING", source, "Meeting of 3 March", 1L), "discussed at"))));

        assertThat(jdbc.queryForObject("select count(*) from trace_link where from_id = ?", Integer.class, source)).isEqualTo(1);
        TraceGraph graph = traceability.walk("RESEARCH_FINDING", source, TraceDirection.FORWARD, 1);
        assertThat(graph.start().label()).isEqualTo("Finding " + source);
        assertThat(graph.nodes()).extracting(TraceNode::label).containsExactly("Finding " + source, "Meeting of 3 March");
    }

    @Test
    void walksEndOnCyclesStayBoundedAndCheckTheirDepth() {
        String a = "A-" + UUID.randomUUID();
        String b = "B-" + UUID.randomUUID();
        publish(new Linked(List.of(new TraceLinked.Edge(node(a), node(b), "led to"),
                new TraceLinked.Edge(node(b), node(a), "led to"))));
        TraceGraph cycle = traceability.walk("MEETING", a, TraceDirection.BOTH, 10);
        assertThat(cycle.links()).hasSize(2);
        assertThat(cycle.nodes()).hasSize(2);

        String hub = "H-" + UUID.randomUUID();
        List<TraceLinked.Edge> spokes = new ArrayList<>();
        for (int i = 0; i < Traceability.MAX_LINKS + 10; i++) {
            spokes.add(new TraceLinked.Edge(node(hub), node(hub + "/" + i), "led to"));
        }
        publish(new Linked(spokes));
        TraceGraph limited = traceability.walk("MEETING", hub, TraceDirection.FORWARD, 1);
        assertThat(limited.links()).hasSize(Traceability.MAX_LINKS);
        assertThat(limited.nodes()).hasSize(Traceability.MAX_LINKS + 1);
        assertThat(limited.limited()).isTrue();
        assertThat(cycle.limited()).isFalse();

        for (int depth : new int[] {0, 11, -1}) {
            assertThatThrownBy(() -> traceability.walk("MEETING", a, TraceDirection.FORWARD, depth))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("depth"));
        }
        assertThatThrownBy(() -> traceability.walk("MEETING", a, null, 2)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> traceability.walk(" ", a, TraceDirection.FORWARD, 2)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> traceability.walk("MEETING", "nowhere", TraceDirection.FORWARD, 2))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> traceability.node("ITEM_REVISION", String.valueOf(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aHostileItemTitleNeverReachesThePictureUnescaped() {
        Team team = fixtures.team(true);
        String hostile = "<script>alert('x')</script> & \"quotes\"";
        as(team.engineer(), () -> specifications.create(team.id(), content(hostile, "Body", null), "Test"));
        baselining.freeze(team.id(), "B");
        Variant variant = as(team.engineer(), () -> catalog.create(team.id(), new VariantInput("<img src=x onerror=alert(1)>",
                null, null, null)));
        as(team.engineer(), () -> catalog.override(variant.getId(), null, "SPEC-1", new OverrideInput(null, "Other", null,
                "Test")));
        ItemRevision revision = specifications.currentRevision(specifications.itemByKey(team.id(), "SPEC-1").getId());

        TraceGraph graph = traceability.walk("ITEM_REVISION", String.valueOf(revision.id()), TraceDirection.FORWARD, 1);
        assertThat(graph.nodes()).extracting(TraceNode::label).contains("SPEC-1 r1 " + hostile);
        String svg = traceability.svg(graph);

        assertThat(svg).doesNotContain("<script").doesNotContain("<img").doesNotContain("\"quotes\"")
                .contains("&lt;script&gt;").contains("&lt;img src=x");
    }

    // ---- for sales: the offer catalogue and the order's variant -------------------------------------------------------

    @Test
    void theOfferIsThePricedOptionsAsFrozenInTheLatestBaseline() {
        Team team = fixtures.team(true);
        as(team.engineer(), () -> {
            specifications.create(team.id(), option("Stainless frame", "option", "1200", 10), "Catalogue");
            specifications.create(team.id(), option("Servo film feeder", "Option", "8500.50", null), "Catalogue");
            specifications.create(team.id(), option("Colour to order", "option", null, 5), "Priced per quote");
            return specifications.create(team.id(), content("Conveyor height", "900 mm", null), "First draft");
        });
        Offer none = offers.offer(team.id());
        assertThat(none.baselineId()).isNull();
        assertThat(none.options()).isEmpty();

        Baseline b1 = as(team.manager(), () -> baselining.freeze(team.id(), "Concept"));
        Offer first = offers.offer(team.id());
        assertThat(first.baselineId()).isEqualTo(b1.getId());
        assertThat(first.baselineName()).isEqualTo("Concept");
        assertThat(first.frozenAt()).isNotNull();
        assertThat(first.options()).extracting(OfferOption::itemKey).containsExactly("SPEC-1", "SPEC-2");
        OfferOption frame = first.options().get(0);
        assertThat(frame.specItemId()).isEqualTo(specifications.itemByKey(team.id(), "SPEC-1").getId());
        assertThat(frame.revision()).isEqualTo(1);
        assertThat(frame.title()).isEqualTo("Stainless frame");
        assertThat(frame.price()).isEqualByComparingTo("1200");
        assertThat(frame.currency()).isEqualTo("EUR");
        assertThat(frame.leadTimeDays()).isEqualTo(10);
        assertThat(first.options().get(1).leadTimeDays()).isNull();

        ChangeRequest raised = approvedAtGate(team, "Dearer stainless frame", "SPEC-1");
        as(team.engineer(), () -> specifications.implement(raised.getId(), List.of(new ItemChange("SPEC-1",
                option("Stainless frame 316L", "option", "1500", 12))), null));
        assertThat(offers.option(team.id(), "spec-1")).get().satisfies(o -> {
            assertThat(o.revision()).isEqualTo(1);
            assertThat(o.title()).isEqualTo("Stainless frame");
            assertThat(o.price()).isEqualByComparingTo("1200");
        });

        as(team.manager(), () -> baselining.freeze(team.id(), "Design"));
        assertThat(offers.option(team.id(), " SPEC-1 ")).get().satisfies(o -> {
            assertThat(o.revision()).isEqualTo(2);
            assertThat(o.title()).isEqualTo("Stainless frame 316L");
            assertThat(o.price()).isEqualByComparingTo("1500");
            assertThat(o.leadTimeDays()).isEqualTo(12);
        });
        assertThat(offers.option(team.id(), "SPEC-3")).isEmpty();
        assertThat(offers.option(team.id(), "SPEC-4")).isEmpty();
        assertThat(offers.option(team.id(), null)).isEmpty();
        assertThatThrownBy(() -> offers.offer(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anOrderMakesItsCustomersVariantWithOneOverridePerCustomisedItem() {
        Team team = fixtures.team(true);
        long customer = customers.create(new CustomerDetails("Bellamy Foods " + UUID.randomUUID(), "Food", null)).id();
        as(team.engineer(), () -> {
            specifications.create(team.id(), content("Conveyor height", "900 mm", "Measured at the infeed"), "First draft");
            return specifications.create(team.id(), content("Guarding", "Interlocked doors", null), "First draft");
        });
        String order = "O-" + team.code();
        List<OrderCustomisation> customisations = List.of(
                new OrderCustomisation("SPEC-1", "1,100 mm for tall operators", "CR-11"),
                new OrderCustomisation("SPEC-2", "Light curtains on the infeed", "CR-12"),
                new OrderCustomisation("spec-1", "Anti-slip belt", "CR-13"),
                new OrderCustomisation("SPEC-9", "Not in the design", "CR-14"));
        assertThat(as(team.seller(), () -> orderVariants.createForOrder(team.id(), customer, order, customisations)))
                .isEmpty();
        Baseline b1 = as(team.manager(), () -> baselining.freeze(team.id(), "Concept"));

        long id = as(team.outsider(), () -> orderVariants.createForOrder(team.id(), customer, order, customisations))
                .orElseThrow();

        Variant variant = catalog.variant(id);
        assertThat(variant.getName()).isEqualTo("Order " + order);
        assertThat(variant.getCustomer()).isEqualTo(customer);
        assertThat(variant.getOrderReference()).isEqualTo(order);
        assertThat(variant.getBaseline()).isEqualTo(b1.getId());
        assertThat(variant.getCreatedBy()).isEqualTo("Olga Outside");
        assertThat(variant.getOverrides()).extracting(VariantOverride::itemKey).containsExactly("SPEC-1", "SPEC-2");
        DeliveredSpec delivered = catalog.delivered(id);
        assertThat(delivered.items().get(0).body()).isEqualTo("900 mm\n\n**Customisation for order " + order
                + " (CR-11):** 1,100 mm for tall operators\n\n**Customisation for order " + order
                + " (CR-13):** Anti-slip belt");
        assertThat(delivered.items().get(0).overrideReason()).isEqualTo("Order " + order + ": CR-11, CR-13");
        assertThat(delivered.items().get(0).acceptanceCriterion()).isEqualTo("Measured at the infeed");
        assertThat(delivered.items().get(1).body()).isEqualTo("Interlocked doors\n\n**Customisation for order " + order
                + " (CR-12):** Light curtains on the infeed");
        assertThat(delivered.items().get(1).overrideReason()).isEqualTo("Order " + order + ": CR-12");
        assertThat(variantAudit(id)).containsExactly("created", "overridden", "overridden");
        assertThat(jdbc.queryForObject("select count(*) from trace_link where to_type = 'VARIANT' and to_id = ?"
                + " and relation = 'overridden in'", Integer.class, String.valueOf(id))).isEqualTo(2);

        assertThat(as(team.seller(), () -> orderVariants.createForOrder(team.id(), customer, order, customisations)))
                .contains(id);
        assertThat(variantAudit(id)).hasSize(3);
        assertThat(catalog.variants(team.id())).hasSize(1);
        assertThatThrownBy(() -> orderVariants.createForOrder(team.id(), Long.MAX_VALUE, order + "-2", customisations))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("unknown-customer"));
        assertThatThrownBy(() -> orderVariants.createForOrder(Long.MAX_VALUE, customer, order, customisations))
                .isInstanceOf(NotFoundException.class);
        assertThat(catalog.variants(team.id())).hasSize(1);
    }

    private List<String> variantAudit(long variantId) {
        return jdbc.queryForList("select action from audit_entry where entity_type = 'variant' and entity_id = ?"
                + " order by id", String.class, String.valueOf(variantId));
    }

    private ChangeRequest approvedAtGate(Team team, String title, String itemKey) {
        List<SpecItemRef> affected = List.of(new SpecItemRef(itemKey, "option"));
        ChangeRequest raised = as(team.marketer(), () -> changeControl.raise(team.id(), new ChangeRequestDraft(title,
                null, Origin.MARKETING, SourceReference.NONE, Priority.MEDIUM, ChangeClass.NORMAL, 0, affected,
                List.of(), null, null), true));
        as(team.engineer(), () -> changeControl.assess(raised.getId(), null, new ImpactInput(new BigDecimal("300"),
                "EUR", 2, Risk.LOW, null, affected, null, null)));
        as(team.engineer(), () -> changeControl.completeAssessment(raised.getId(), null, null));
        GateReview review = gatekeeping.schedule(team.id(), LocalDate.now().plusDays(1), team.manager().person(),
                List.of(team.manager().person(), team.tom().person(), team.ines().person()));
        as(team.manager(), () -> changeControl.decideAtGate(review.getId(),
                List.of(new GateChoice(raised.getId(), null, VoteChoice.APPROVE, null, null))));
        return raised;
    }

    private static ItemContent option(String title, String category, String price, Integer leadTimeDays) {
        return new ItemContent(title, "A standard option", category, ItemPriority.SHOULD, null, ItemStatus.APPROVED,
                price == null ? null : new BigDecimal(price), price == null ? null : "EUR", leadTimeDays);
    }

    // ---- the story --------------------------------------------------------------------------------------------------

    private Story story() {
        Team team = fixtures.team(true);
        long customer = customers.create(new CustomerDetails("Orchid Pharma " + UUID.randomUUID(), "Pharma", null)).id();
        as(team.engineer(), () -> {
            specifications.create(team.id(), content("Conveyor height", "900 mm", "Measured at the infeed"), "First draft");
            specifications.create(team.id(), content("Guarding", "Interlocked doors", null), "First draft");
            return specifications.create(team.id(), content("Labels", "English", null), "First draft");
        });
        ItemRevision conveyorR1 = current(team, "SPEC-1");
        ItemRevision labelsR1 = current(team, "SPEC-3");
        Baseline b1 = as(team.manager(), () -> baselining.freeze(team.id(), "Concept"));

        Variant created = as(team.engineer(), () -> catalog.create(team.id(),
                new VariantInput("Orchid Pharma", customer, "PO-881", null)));
        assertThat(created.getBaseline()).isEqualTo(b1.getId());
        Variant variant = as(team.engineer(), () -> {
            catalog.override(created.getId(), created.getVersion(), "SPEC-1",
                    new OverrideInput(null, "1,100 mm for tall operators", null, "Orchid's operators are tall"));
            catalog.override(created.getId(), null, "SPEC-2", new OverrideInput(null, "Light curtains", null, "Open access"));
            return catalog.override(created.getId(), null, "spec-3",
                    new OverrideInput(null, "German and English", null, "Plant in Munich"));
        });

        String finding = "RF-" + UUID.randomUUID().toString().substring(0, 8);
        List<SpecItemRef> affected = List.of(new SpecItemRef("SPEC-1", "requirement"), new SpecItemRef("SPEC-3", "requirement"));
        ChangeRequest raised = as(team.marketer(), () -> changeControl.raise(team.id(), new ChangeRequestDraft(
                "Taller conveyor for Orchid", "Operators are taller than planned", Origin.MARKET_RESEARCH,
                new SourceReference(SourceKind.RESEARCH_FINDING, finding, "Finding " + finding), Priority.MEDIUM,
                ChangeClass.NORMAL, 0, affected, List.of(), null, null), true));
        as(team.engineer(), () -> changeControl.assess(raised.getId(), null, new ImpactInput(new BigDecimal("18000"),
                "EUR", 15, Risk.LOW, null, affected, null, null)));
        as(team.engineer(), () -> changeControl.completeAssessment(raised.getId(), null, null));
        GateReview review = gatekeeping.schedule(team.id(), LocalDate.now().plusDays(1), team.manager().person(),
                List.of(team.manager().person(), team.tom().person(), team.ines().person()));
        as(team.manager(), () -> changeControl.decideAtGate(review.getId(),
                List.of(new GateChoice(raised.getId(), null, VoteChoice.APPROVE, null, "With the gate"))));
        as(team.engineer(), () -> specifications.implement(raised.getId(), List.of(
                new ItemChange("SPEC-1", content("Conveyor height", "1,050 mm", "Measured at the infeed")),
                new ItemChange("SPEC-3", new ItemContent("Labels", "English", "requirement", ItemPriority.SHOULD, null,
                        ItemStatus.RETIRED, null, null, null))), null));
        assertThat(changeControl.changeRequest(raised.getId()).getState()).isEqualTo(ChangeState.IMPLEMENTED);
        ItemRevision conveyorR2 = current(team, "SPEC-1");
        Baseline b2 = as(team.manager(), () -> baselining.freeze(team.id(), "Design"));
        return new Story(team, conveyorR1, conveyorR2, labelsR1, b1, b2, variant, finding, raised, review);
    }

    private record Story(Team team, ItemRevision conveyorR1, ItemRevision conveyorR2, ItemRevision labelsR1, Baseline b1,
                         Baseline b2, Variant variant, String finding, ChangeRequest request, GateReview review) {
    }

    private ItemRevision current(Team team, String key) {
        return specifications.currentRevision(specifications.itemByKey(team.id(), key).getId());
    }

    private static ItemContent content(String title, String body, String acceptance) {
        return new ItemContent(title, body, "requirement", ItemPriority.MUST, acceptance, ItemStatus.APPROVED, null, null,
                null);
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private static TraceNode node(String id) {
        return new TraceNode("MEETING", id, "Meeting " + id, null);
    }

    private static List<String> nodes(TraceGraph graph) {
        return graph.nodes().stream().map(n -> n.type() + ":" + n.id()).toList();
    }

    /** A later module's event that adds links. */
    record Linked(List<Edge> edges) implements TraceLinked {

        @Override
        public List<Edge> traceEdges() {
            return edges;
        }
    }
}
