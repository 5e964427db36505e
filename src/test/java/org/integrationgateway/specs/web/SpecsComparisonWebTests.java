package org.integrationgateway.specs.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.specs.Baseline;
import org.integrationgateway.specs.ItemChange;
import org.integrationgateway.specs.SpecItem;
import org.junit.jupiter.api.Test;

/**
 * The word diff of two revisions and the comparison of two baselines, as pages. Needs the comparisons of the specs
 * domain (word diff and spec comparisons), so it runs once those are merged.
 */
class SpecsComparisonWebTests extends SpecsWebTestSupport {

    @Test
    void theDiffOfTwoRevisionsMarksAddedAndRemovedWordsAccessibly() throws Exception {
        SpecItem item = item("Conveyor frame", "Conveyor height 900 mm from the floor.", "mechanical");
        revise(item, "Conveyor frame", "Conveyor height 1050 mm from the floor.");

        mvc.perform(get("/spec-items/{id}/compare", item.getId()).param("from", "1").param("to", "2").with(as(team.outsider())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"diff\""), containsString("data-field=\"body\""),
                        containsString("<ins><span class=\"visually-hidden\">added: </span>1050"),
                        containsString("<del><span class=\"visually-hidden\">removed: </span>900"),
                        containsString("Conveyor height"), not(containsString("data-field=\"title\"")))));
        mvc.perform(get("/spec-items/{id}/compare", item.getId()).with(as(team.engineer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<ins>")));
        mvc.perform(get("/spec-items/{id}/compare", item.getId()).param("from", "1").param("to", "1").with(as(team.engineer())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("These revisions have the same content.")));
        mvc.perform(get("/spec-items/{id}/compare", item.getId()).param("from", "1").param("to", "9").with(as(team.engineer())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/spec-items/{id}/compare", item.getId()).param("from", "one").with(as(team.engineer())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/spec-items/{id}/compare", item.getId()).with(as(customer))).andExpect(status().isNotFound());
    }

    @Test
    void twoBaselinesCompareWithAddedAndChangedItemsAndTheirChangeRequests() throws Exception {
        SpecItem frame = item("Conveyor frame", "Conveyor height 900 mm.", "mechanical");
        Baseline first = freeze("GO at Gate 3");
        ChangeRequest change = approvedChange(frame.getItemKey());
        ChangeControlFixtures.as(team.engineer(), () -> specifications.implement(change.getId(), java.util.List.of(
                new ItemChange(frame.getItemKey(), itemContent("Conveyor frame", "Conveyor height 1,050 mm.", "mechanical"))),
                null));
        item("Servo film feeder", "Automatic splicing.", "option");
        Baseline second = freeze("Quote baseline");

        mvc.perform(get("/projects/{id}/baselines/compare", team.id()).param("from", first.getId().toString())
                        .param("to", second.getId().toString()).with(as(team.outsider())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("B1 compared with B2"),
                        containsString("1 added"), containsString("0 removed"), containsString("1 changed"),
                        containsString("data-item=\"SPEC-1\""), containsString("data-item=\"SPEC-2\""),
                        containsString("href=\"/changes/" + change.getId() + "\""),
                        containsString("<del><span class=\"visually-hidden\">removed: </span>"),
                        containsString("<ins><span class=\"visually-hidden\">added: </span>"))));
        mvc.perform(get("/projects/{id}/baselines", team.id()).with(as(team.outsider())))
                .andExpect(content().string(containsString("data-testid=\"baseline-compare-form\"")));
        mvc.perform(get("/projects/{id}/baselines/compare", team.id() + 1000).param("from", first.getId().toString())
                .param("to", second.getId().toString()).with(as(team.outsider()))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/{id}/baselines/compare", team.id()).param("from", first.getId().toString())
                .param("to", second.getId().toString()).with(as(customer))).andExpect(status().isNotFound());
    }
}
