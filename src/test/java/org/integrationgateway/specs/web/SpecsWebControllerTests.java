package org.integrationgateway.specs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.specs.Baseline;
import org.integrationgateway.specs.SpecItem;
import org.junit.jupiter.api.Test;

/**
 * The spec pages that need no comparison, variant or trace: the spec of a project, new items and direct edits, the
 * item page with its history, baselines, and implementing an approved change request. Who sees what, who may post,
 * inline errors that save nothing, hostile Markdown.
 */
class SpecsWebControllerTests extends SpecsWebTestSupport {

    @Test
    void theSpecGroupsItemsByCategoryFiltersAndSearches() throws Exception {
        item("Conveyor frame", "Height 900 mm.", "mechanical");
        item("Enclosure rated IP65", null, "mechanical");
        item("Servo film feeder", null, "option");

        mvc.perform(get("/projects/{id}/spec", team.id()).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-category=\"mechanical\""),
                        containsString("data-category=\"option\""), containsString("data-item=\"SPEC-1\""),
                        containsString("Servo film feeder"), not(containsString("data-testid=\"new-item\"")))));
        mvc.perform(get("/projects/{id}/spec", team.id()).with(as(team.engineer())))
                .andExpect(content().string(containsString("data-testid=\"new-item\"")));
        mvc.perform(get("/projects/{id}/spec", team.id()).param("category", "option").with(as(team.engineer())))
                .andExpect(content().string(allOf(containsString("Servo film feeder"), not(containsString("Conveyor frame")))));
        mvc.perform(get("/projects/{id}/spec", team.id()).param("q", "ENCLOSURE").with(as(team.engineer())))
                .andExpect(content().string(allOf(containsString("Enclosure rated IP65"), not(containsString("Conveyor frame")))));
        mvc.perform(get("/projects/{id}/spec", team.id()).param("status", "RETIRED").with(as(team.engineer())))
                .andExpect(content().string(containsString("No item matches these filters.")));
        mvc.perform(get("/projects/{id}/spec", team.id()).with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/{id}", team.id()).with(as(team.outsider())))
                .andExpect(content().string(allOf(containsString("href=\"/projects/" + team.id() + "/spec\""),
                        containsString("href=\"/projects/" + team.id() + "/baselines\""),
                        containsString("href=\"/projects/" + team.id() + "/variants\""))));
    }

    @Test
    void engineersAddItemsWithInlineErrorsThatSaveNothing() throws Exception {
        mvc.perform(get("/projects/{id}/spec/new", team.id()).with(as(team.engineer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"item-form\"")));
        mvc.perform(get("/projects/{id}/spec/new", team.id()).with(as(team.outsider()))).andExpect(status().isForbidden());
        mvc.perform(get("/projects/{id}/spec/new", team.id()).with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(post("/projects/{id}/spec/items", team.id()).with(as(team.outsider())).param("title", "X")
                .param("category", "requirement").param("reason", "Because")).andExpect(status().isForbidden());
        mvc.perform(post("/projects/{id}/spec/items", team.id()).with(as(team.marketer())).param("title", "X")
                .param("category", "requirement").param("reason", "Because")).andExpect(status().isForbidden());

        mvc.perform(post("/projects/{id}/spec/items", team.id()).with(as(team.engineer())).param("title", " ")
                        .param("category", "requirement").param("reason", "Because"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"title-error\"")));
        mvc.perform(post("/projects/{id}/spec/items", team.id()).with(as(team.engineer())).param("title", "Frame")
                        .param("category", "<b>bad</b>").param("reason", "Because"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"category-error\""),
                        containsString("value=\"Frame\""))));
        mvc.perform(post("/projects/{id}/spec/items", team.id()).with(as(team.engineer())).param("title", "Feeder")
                        .param("category", "option").param("optionPrice", "7400").param("reason", "Because"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"optionCurrency-error\"")));
        mvc.perform(post("/projects/{id}/spec/items", team.id()).with(as(team.engineer())).param("title", "Feeder")
                        .param("category", "option").param("optionPrice", "a lot").param("reason", "Because"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"optionPrice-error\"")));
        mvc.perform(post("/projects/{id}/spec/items", team.id()).with(as(team.engineer())).param("title", "Feeder")
                        .param("category", "option").param("reason", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"reason-error\"")));
        assertThat(items()).isZero();

        mvc.perform(post("/projects/{id}/spec/items", team.id()).with(as(team.engineer())).param("title", "Servo film feeder")
                        .param("category", "Option").param("priority", "COULD").param("status", "DRAFT")
                        .param("optionPrice", "7400.00").param("optionCurrency", "eur").param("leadTimeDays", "21")
                        .param("body", "Automatic splicing.").param("reason", "Offered to Bellamy Foods"))
                .andExpect(redirectedUrlPattern("/spec-items/*"));
        assertThat(jdbc.queryForMap("select item_key, category, current_revision from spec_item where project = ?", team.id()))
                .containsEntry("ITEM_KEY", "SPEC-1").containsEntry("CATEGORY", "option").containsEntry("CURRENT_REVISION", 1);
        assertThat(jdbc.queryForObject("select option_currency from spec_item_revision where project = ?", String.class,
                team.id())).isEqualTo("EUR");
    }

    @Test
    void theItemPageRendersMarkdownSafelyWithItsHistory() throws Exception {
        SpecItem item = item("Conveyor frame", HOSTILE, "mechanical");
        revise(item, "Conveyor frame", "Frame **height 1,050 mm**.");

        String page = mvc.perform(get("/spec-items/{id}", item.getId()).with(as(team.outsider())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<strong>height 1,050 mm</strong>"),
                        containsString("data-testid=\"history\""), containsString("data-revision=\"2\""),
                        containsString("data-revision=\"1\""), containsString("Second thoughts"),
                        containsString("data-testid=\"compare-form\""), containsString("data-testid=\"trace-item\""),
                        not(containsString("data-testid=\"edit-item\"")))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert");
        mvc.perform(get("/spec-items/{id}", item.getId()).with(as(team.engineer())))
                .andExpect(content().string(containsString("data-testid=\"edit-item\"")));
        mvc.perform(get("/spec-items/{id}", item.getId()).with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(get("/spec-items/{id}", 987654321L).with(as(team.engineer()))).andExpect(status().isNotFound());

        SpecItem hostile = item("Hostile", HOSTILE, "requirement");
        String rendered = mvc.perform(get("/spec-items/{id}", hostile.getId()).with(as(team.engineer())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<strong>height 900 mm</strong>")))
                .andReturn().getResponse().getContentAsString();
        String body = rendered.substring(rendered.indexOf("data-testid=\"item-body\""), rendered.indexOf("data-testid=\"item-acceptance\""));
        assertThat(body).doesNotContain("<script", "<img", "href=\"javascript:");
    }

    @Test
    void directEditsWriteRevisionsUntilTheItemIsBaselined() throws Exception {
        SpecItem item = item("Conveyor frame", "Height 900 mm.", "mechanical");
        mvc.perform(get("/spec-items/{id}/edit", item.getId()).with(as(team.engineer()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Conveyor frame\""), containsString("Height 900 mm."))));
        mvc.perform(get("/spec-items/{id}/edit", item.getId()).with(as(team.outsider()))).andExpect(status().isForbidden());
        mvc.perform(post("/spec-items/{id}", item.getId()).with(as(team.outsider())).param("title", "Hijack")
                .param("category", "mechanical").param("reason", "x")).andExpect(status().isForbidden());

        mvc.perform(post("/spec-items/{id}", item.getId()).with(as(team.engineer())).param("title", "Conveyor frame")
                        .param("category", "mechanical").param("body", "Height 950 mm.").param("reason", "")
                        .param("version", String.valueOf(item.getVersion())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"reason-error\"")));
        mvc.perform(post("/spec-items/{id}", item.getId()).with(as(team.engineer())).param("title", "Conveyor frame")
                        .param("category", "mechanical").param("body", "Height 950 mm.").param("reason", "Taller pallets")
                        .param("version", "999"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("alert-danger")));
        assertThat(revisions()).isEqualTo(1);
        mvc.perform(post("/spec-items/{id}", item.getId()).with(as(team.engineer())).param("title", "Conveyor frame")
                        .param("category", "mechanical").param("priority", "MUST").param("status", "APPROVED")
                        .param("body", "Height 950 mm.").param("reason", "Taller pallets")
                        .param("version", String.valueOf(item.getVersion())))
                .andExpect(redirectedUrl("/spec-items/" + item.getId()));
        assertThat(specifications.item(item.getId()).getCurrentRevision()).isEqualTo(2);

        freeze("Before the field trial");
        mvc.perform(get("/spec-items/{id}/edit", item.getId()).with(as(team.engineer()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"baselined-notice\""),
                        containsString("data-testid=\"raise-change-instead\""), not(containsString("data-testid=\"item-form\"")))));
        mvc.perform(get("/spec-items/{id}", item.getId()).with(as(team.engineer())))
                .andExpect(content().string(allOf(containsString("data-testid=\"baselined-note\""),
                        not(containsString("data-testid=\"edit-item\"")))));
        long version = specifications.item(item.getId()).getVersion();
        mvc.perform(post("/spec-items/{id}", item.getId()).with(as(team.engineer())).param("title", "Conveyor frame")
                        .param("category", "mechanical").param("body", "Height 1,050 mm.").param("reason", "Bellamy")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("data-testid=\"baselined-notice\""),
                        containsString("raise a change request"))));
        assertThat(specifications.item(item.getId()).getCurrentRevision()).isEqualTo(2);
    }

    @Test
    void theManagerFreezesBaselinesByHandAndEveryoneReadsThem() throws Exception {
        mvc.perform(post("/projects/{id}/baselines", team.id()).with(as(team.manager())).param("name", "Empty"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("nothing to freeze")));
        SpecItem item = item("Conveyor frame", "Height 900 mm.", "mechanical");
        mvc.perform(get("/projects/{id}/baselines", team.id()).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No baseline has been frozen yet."),
                        not(containsString("data-testid=\"freeze-form\"")))));
        mvc.perform(get("/projects/{id}/baselines", team.id()).with(as(team.manager())))
                .andExpect(content().string(containsString("data-testid=\"freeze-form\"")));
        mvc.perform(post("/projects/{id}/baselines", team.id()).with(as(team.engineer())).param("name", "Mine"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/projects/{id}/baselines", team.id()).with(as(customer)).param("name", "Mine"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/projects/{id}/baselines", team.id()).with(as(team.manager())).param("name", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"name-error\"")));
        assertThat(baselining.baselines(team.id())).isEmpty();

        mvc.perform(post("/projects/{id}/baselines", team.id()).with(as(team.manager())).param("name", "Quote baseline"))
                .andExpect(redirectedUrlPattern("/baselines/*"));
        Baseline baseline = baselining.baselines(team.id()).get(0);
        mvc.perform(get("/baselines/{id}", baseline.getId()).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Quote baseline"), containsString("data-item=\"SPEC-1\""),
                        containsString("href=\"/spec-items/" + item.getId() + "\""))));
        mvc.perform(get("/projects/{id}/baselines", team.id()).with(as(team.outsider())))
                .andExpect(content().string(allOf(containsString("data-baseline=\"B1\""), containsString("By hand"))));
        mvc.perform(get("/baselines/{id}", baseline.getId()).with(as(customer))).andExpect(status().isNotFound());
    }

    @Test
    void aChangeNotYetApprovedIsNotImplementedInTheSpec() throws Exception {
        SpecItem item = item("Conveyor frame", "Conveyor height 900 mm.", "mechanical");
        ChangeRequest submitted = ChangeControlFixtures.as(team.seller(), () -> changeControl.raise(team.id(),
                ChangeControlFixtures.draft("Conveyor height 1,050 mm", Origin.SALES, ChangeClass.STANDARD, null), true));
        mvc.perform(get("/changes/{id}/implementation", submitted.getId()).with(as(team.engineer()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"not-approved\""),
                        containsString("data-testid=\"missing-items\""), not(containsString("data-testid=\"implementation-form\"")))));
        mvc.perform(get("/changes/{id}", submitted.getId()).with(as(team.engineer())))
                .andExpect(content().string(not(containsString("data-testid=\"implement-in-spec\""))));
        mvc.perform(post("/changes/{id}/implementation", submitted.getId()).with(as(team.engineer()))
                        .param("changes[0].itemKey", item.getItemKey()).param("changes[0].title", "Conveyor frame")
                        .param("changes[0].category", "mechanical").param("changes[0].body", "Conveyor height 1,050 mm."))
                .andExpect(status().isNotFound());
        assertThat(revisions()).isEqualTo(1);
        assertThat(changeControl.changeRequest(submitted.getId()).getState()).isEqualTo(ChangeState.SUBMITTED);
    }

    @Test
    void anApprovedChangeIsImplementedInTheSpecByThoseWhoMayImplementIt() throws Exception {
        SpecItem item = item("Conveyor frame", "Conveyor height 900 mm.", "mechanical");
        freeze("GO at Gate 3");
        ChangeRequest request = approvedChange(item.getItemKey());
        assertThat(request.getState()).isEqualTo(ChangeState.APPROVED);
        long id = request.getId();

        mvc.perform(get("/changes/{id}", id).with(as(team.engineer())))
                .andExpect(content().string(containsString("data-testid=\"implement-in-spec\"")));
        mvc.perform(get("/changes/{id}/implementation", id).with(as(team.engineer()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"implementation-form\""),
                        containsString("value=\"Conveyor frame\""), containsString("Conveyor height 900 mm."),
                        containsString("name=\"changes[0].itemKey\" value=\"SPEC-1\""))));
        mvc.perform(get("/changes/{id}/implementation", id).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"implementation-form\""))));
        mvc.perform(get("/changes/{id}/implementation", id).with(as(team.marketer())))
                .andExpect(content().string(allOf(containsString("data-testid=\"may-not-implement\""),
                        not(containsString("data-testid=\"implementation-form\"")))));
        mvc.perform(get("/changes/{id}/implementation", id).with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(post("/changes/{id}/implementation", id).with(as(team.outsider())).param("changes[0].itemKey", "SPEC-1")
                .param("changes[0].title", "Hijack").param("changes[0].category", "mechanical")).andExpect(status().isForbidden());

        mvc.perform(post("/changes/{id}/implementation", id).with(as(team.engineer())).param("changes[0].itemKey", "SPEC-1")
                        .param("changes[0].title", "").param("changes[0].category", "mechanical")
                        .param("changes[0].body", "Conveyor height 1,050 mm."))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"c0-title-error\""),
                        containsString("Conveyor height 1,050 mm."))));
        mvc.perform(post("/changes/{id}/implementation", id).with(as(team.engineer())).param("changes[0].itemKey", "SPEC-1")
                        .param("changes[0].title", "Conveyor frame").param("changes[0].category", "mechanical")
                        .param("changes[0].priority", "MUST").param("changes[0].status", "APPROVED")
                        .param("changes[0].acceptanceCriterion", "Measured on the prototype.")
                        .param("changes[0].body", "Conveyor height 900 mm."))
                .andExpect(status().isOk()).andExpect(content().string(containsString("nothing differs")));
        assertThat(revisions()).isEqualTo(1);
        assertThat(changeControl.changeRequest(id).getState()).isEqualTo(ChangeState.APPROVED);

        mvc.perform(post("/changes/{id}/implementation", id).with(as(team.engineer())).param("changes[0].itemKey", "SPEC-1")
                        .param("changes[0].title", "Conveyor frame").param("changes[0].category", "mechanical")
                        .param("changes[0].priority", "MUST").param("changes[0].status", "APPROVED")
                        .param("changes[0].acceptanceCriterion", "Measured on the prototype.")
                        .param("changes[0].body", "Conveyor height 1,050 mm.").param("comment", "Bellamy Foods' line height"))
                .andExpect(redirectedUrl("/changes/" + id + "/implementation"));
        assertThat(changeControl.changeRequest(id).getState()).isEqualTo(ChangeState.IMPLEMENTED);
        assertThat(jdbc.queryForMap("select revision, change_request, reason from spec_item_revision where spec_item = ? "
                + "and revision = 2", item.getId())).containsEntry("CHANGE_REQUEST", id)
                .containsEntry("REASON", "Bellamy Foods' line height");
        mvc.perform(get("/changes/{id}/implementation", id).with(as(team.outsider())))
                .andExpect(content().string(allOf(containsString("data-testid=\"written\""), containsString("SPEC-1 r2"),
                        not(containsString("data-testid=\"not-approved\"")), not(containsString("data-testid=\"implementation-form\"")))));
        mvc.perform(get("/changes/{id}", id).with(as(team.engineer())))
                .andExpect(content().string(allOf(containsString("data-testid=\"spec-revisions\""),
                        not(containsString("data-testid=\"implement-in-spec\"")))));
        mvc.perform(get("/spec-items/{id}", item.getId()).with(as(team.outsider())))
                .andExpect(content().string(containsString("href=\"/changes/" + id + "\"")));

        mvc.perform(post("/changes/{id}/implementation", id).with(as(team.engineer())).param("changes[0].itemKey", "SPEC-1")
                        .param("changes[0].title", "Conveyor frame").param("changes[0].category", "mechanical")
                        .param("changes[0].body", "Conveyor height 1,100 mm."))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is not approved")));
        assertThat(revisions()).isEqualTo(2);
    }
}
