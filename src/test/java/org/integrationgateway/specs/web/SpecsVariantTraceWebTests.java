package org.integrationgateway.specs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.specs.Baseline;
import org.integrationgateway.specs.ItemChange;
import org.integrationgateway.specs.SpecItem;
import org.integrationgateway.specs.TraceLink;
import org.integrationgateway.specs.Traceability;
import org.integrationgateway.specs.Variant;
import org.integrationgateway.specs.VariantCatalog;
import org.integrationgateway.specs.VariantInput;
import org.integrationgateway.specs.OverrideInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Variants (list, new, the spec as delivered with overrides and conflicts, carry-forward, resolve), the trace view and
 * its picture, and suspect links. Needs the variant catalogue and the traceability graph of the specs domain, so it
 * runs once those are merged.
 */
class SpecsVariantTraceWebTests extends SpecsWebTestSupport {

    @Autowired VariantCatalog variants;
    @Autowired Traceability traceability;

    @Test
    void engineersCreateVariantsAndOverrideItemsWithInlineErrors() throws Exception {
        SpecItem frame = item("Conveyor frame", "Conveyor height 900 mm.", "mechanical");
        Baseline baseline = freeze("GO at Gate 3");
        mvc.perform(get("/projects/{id}/variants", team.id()).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No variant yet."), not(containsString("data-testid=\"new-variant\"")))));
        mvc.perform(get("/projects/{id}/variants/new", team.id()).with(as(team.outsider()))).andExpect(status().isForbidden());
        mvc.perform(get("/projects/{id}/variants/new", team.id()).with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(post("/projects/{id}/variants", team.id()).with(as(team.engineer())).param("name", " ")
                        .param("baselineId", baseline.getId().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"name-error\"")));
        assertThat(jdbc.queryForObject("select count(*) from variant where project = ?", Integer.class, team.id())).isZero();
        mvc.perform(post("/projects/{id}/variants", team.id()).with(as(team.engineer())).param("name", "Bellamy Foods line 1")
                        .param("orderReference", "Q-0042").param("baselineId", baseline.getId().toString()))
                .andExpect(redirectedUrlPattern("/variants/*"));
        Variant variant = variants.variants(team.id()).get(0);

        mvc.perform(post("/variants/{id}/overrides", variant.getId()).with(as(team.engineer())).param("itemKey", "SPEC-1")
                        .param("body", "Conveyor height 1,050 mm.").param("reason", "").param("version", variant.getVersion().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"ov-SPEC-1-reason-error\"")));
        mvc.perform(post("/variants/{id}/overrides", variant.getId()).with(as(team.outsider())).param("itemKey", "SPEC-1")
                .param("body", "x").param("reason", "y")).andExpect(status().isForbidden());
        mvc.perform(post("/variants/{id}/overrides", variant.getId()).with(as(team.engineer())).param("itemKey", "SPEC-1")
                        .param("body", HOSTILE).param("reason", "Bellamy's line is higher")
                        .param("version", variant.getVersion().toString()))
                .andExpect(redirectedUrl("/variants/" + variant.getId()));

        String page = mvc.perform(get("/variants/{id}", variant.getId()).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"overridden\""),
                        containsString("Overridden for this variant"), containsString("<strong>height 900 mm</strong>"),
                        not(containsString("data-testid=\"override-form-SPEC-1\"")))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert", "<img src=\"x\"");
        mvc.perform(get("/variants/{id}", variant.getId()).with(as(team.engineer())))
                .andExpect(content().string(allOf(containsString("data-testid=\"override-form-SPEC-1\""),
                        containsString("data-testid=\"remove-override-SPEC-1\""))));
        mvc.perform(get("/projects/{id}/variants", team.id()).with(as(team.outsider())))
                .andExpect(content().string(allOf(containsString("Bellamy Foods line 1"), containsString("B1"))));
        mvc.perform(get("/variants/{id}", variant.getId()).with(as(customer))).andExpect(status().isNotFound());
        assertThat(frame.getItemKey()).isEqualTo("SPEC-1");
    }

    @Test
    void aVariantCarriedForwardShowsConflictsInWordsUntilResolved() throws Exception {
        SpecItem frame = item("Conveyor frame", "Conveyor height 900 mm.", "mechanical");
        Baseline first = freeze("GO at Gate 3");
        Variant variant = ChangeControlFixtures.as(team.engineer(), () -> variants.create(team.id(),
                new VariantInput("Bellamy Foods line 1", null, "Q-0042", first.getId())));
        ChangeControlFixtures.as(team.engineer(), () -> variants.override(variant.getId(), null, "SPEC-1",
                new OverrideInput(null, "Conveyor height 1,050 mm.", null, "Bellamy's line")));
        ChangeRequest change = approvedChange(frame.getItemKey());
        ChangeControlFixtures.as(team.engineer(), () -> specifications.implement(change.getId(), List.of(
                new ItemChange("SPEC-1", itemContent("Conveyor frame", "Stainless frame, height 900 mm.", "mechanical"))), null));
        Baseline second = freeze("GO at Gate 4");

        mvc.perform(get("/variants/{id}", variant.getId()).with(as(team.engineer())))
                .andExpect(content().string(containsString("data-testid=\"carry-forward-form\"")));
        mvc.perform(post("/variants/{id}/carry-forward", variant.getId()).with(as(team.outsider()))
                .param("baselineId", second.getId().toString())).andExpect(status().isForbidden());
        mvc.perform(post("/variants/{id}/carry-forward", variant.getId()).with(as(team.engineer()))
                        .param("baselineId", second.getId().toString()))
                .andExpect(redirectedUrl("/variants/" + variant.getId()));
        mvc.perform(get("/variants/{id}", variant.getId()).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"conflict-summary\""),
                        containsString("Conflict: item changed since the override"),
                        containsString("The override was written against r1; the baseline now holds r2."),
                        not(containsString("data-testid=\"keep-SPEC-1\"")))));
        mvc.perform(post("/variants/{id}/overrides/{key}/resolve", variant.getId(), "SPEC-1").with(as(team.engineer()))
                        .param("keep", "true"))
                .andExpect(redirectedUrl("/variants/" + variant.getId()));
        mvc.perform(get("/variants/{id}", variant.getId()).with(as(team.engineer())))
                .andExpect(content().string(allOf(not(containsString("data-testid=\"conflict\"")),
                        containsString("data-testid=\"overridden\""))));
        mvc.perform(post("/variants/{id}/overrides/{key}/delete", variant.getId(), "SPEC-1").with(as(team.engineer())))
                .andExpect(redirectedUrl("/variants/" + variant.getId()));
        assertThat(variants.variant(variant.getId()).getOverrides()).isEmpty();
    }

    @Test
    void theTraceWalksFromAChangeRequestToTheRevisionItCausedAsListAndPicture() throws Exception {
        SpecItem frame = item("Conveyor frame", "Conveyor height 900 mm.", "mechanical");
        freeze("GO at Gate 3");
        ChangeRequest change = approvedChange(frame.getItemKey());
        ChangeControlFixtures.as(team.engineer(), () -> specifications.implement(change.getId(), List.of(
                new ItemChange("SPEC-1", itemContent("Conveyor frame", "Conveyor height 1,050 mm.", "mechanical"))), null));

        mvc.perform(get("/trace").with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"trace-form\"")));
        org.awaitility.Awaitility.await().untilAsserted(() ->
                mvc.perform(get("/trace").param("type", "CHANGE_REQUEST").param("id", change.getId().toString())
                                .param("direction", "FORWARD").param("depth", "3").with(as(team.outsider())))
                        .andExpect(status().isOk())
                        .andExpect(content().string(allOf(containsString("data-distance=\"1\""), containsString("SPEC-1 r2"),
                                containsString("revised"), containsString("data-testid=\"trace-svg\""),
                                containsString("src=\"/trace.svg?type=CHANGE_REQUEST&amp;id=" + change.getId())))));
        mvc.perform(get("/trace.svg").param("type", "CHANGE_REQUEST").param("id", change.getId().toString())
                        .param("direction", "FORWARD").with(as(team.outsider())))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(get("/trace").param("type", "CHANGE_REQUEST").param("id", change.getId().toString()).with(as(customer)))
                .andExpect(status().isNotFound());
    }

    @Test
    void suspectLinksAreReviewedByThoseWhoEditTheSpec() throws Exception {
        SpecItem frame = item("Conveyor frame", "Conveyor height 900 mm.", "mechanical");
        Baseline first = freeze("GO at Gate 3");
        Variant variant = ChangeControlFixtures.as(team.engineer(), () -> variants.create(team.id(),
                new VariantInput("Bellamy Foods line 1", null, "Q-0042", first.getId())));
        ChangeControlFixtures.as(team.engineer(), () -> variants.override(variant.getId(), null, "SPEC-1",
                new OverrideInput(null, "Conveyor height 1,050 mm.", null, "Bellamy's line")));
        ChangeRequest change = approvedChange(frame.getItemKey());
        ChangeControlFixtures.as(team.engineer(), () -> specifications.implement(change.getId(), List.of(
                new ItemChange("SPEC-1", itemContent("Conveyor frame", "Stainless frame.", "mechanical"))), null));
        org.awaitility.Awaitility.await().until(() -> !traceability.suspects(team.id()).isEmpty());
        TraceLink suspect = traceability.suspects(team.id()).get(0);

        mvc.perform(get("/projects/{id}/suspect-links", team.id()).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-link=\"" + suspect.id() + "\""),
                        not(containsString("data-testid=\"review-" + suspect.id() + "\"")))));
        mvc.perform(post("/trace-links/{id}/review", suspect.id()).with(as(team.outsider())).param("project", String.valueOf(team.id())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/trace-links/{id}/review", suspect.id()).with(as(customer)).param("project", String.valueOf(team.id())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/{id}/suspect-links", team.id()).with(as(team.engineer())))
                .andExpect(content().string(containsString("data-testid=\"review-" + suspect.id() + "\"")));
        mvc.perform(post("/trace-links/{id}/review", suspect.id()).with(as(team.engineer())).param("project", String.valueOf(team.id()))
                        .param("version", String.valueOf(suspect.version())))
                .andExpect(redirectedUrl("/projects/" + team.id() + "/suspect-links"));
        assertThat(traceability.suspects(team.id())).extracting(TraceLink::id).doesNotContain(suspect.id());
    }
}
