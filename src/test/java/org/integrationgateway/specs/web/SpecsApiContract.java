package org.integrationgateway.specs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/**
 * The specs API end to end on a real database: items written and revised, a baseline frozen by hand, the direct edit
 * of a baselined item refused, and an approved change request implemented as new revisions linked to it.
 */
abstract class SpecsApiContract extends SpecsApiSupport {

    @Test
    void aBaselinedItemChangesOnlyByImplementingAnApprovedChangeRequest() throws Exception {
        var team = fixtures.team(true);
        String project = "/api/projects/" + team.id();
        long belt = id(send(post(project + "/spec-items"), itemJson("Belt speed", "The belt runs at **2 m/s**.",
                "Mechanical"), team.engineer())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/spec-items/")))
                .andExpect(jsonPath("$.key").value("SPEC-1"))
                .andExpect(jsonPath("$.projectId").value(team.id()))
                .andExpect(jsonPath("$.category").value("mechanical"))
                .andExpect(jsonPath("$.priority").value("MUST"))
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.body").value("The belt runs at **2 m/s**."))
                .andExpect(jsonPath("$.bodyHtml").value("<p>The belt runs at <strong>2 m/s</strong>.</p>"))
                .andExpect(jsonPath("$.currentRevision").value(1))
                .andExpect(jsonPath("$.baselined").value(false))
                .andExpect(jsonPath("$.baselineId").isEmpty())
                .andExpect(jsonPath("$.revisedBy.id").value(team.engineer().person()))
                .andExpect(jsonPath("$.revisedBy.name").value("Lena Vogt"))
                .andExpect(jsonPath("$.reason").value("New item"))
                .andExpect(jsonPath("$.changeRequest").isEmpty()));
        send(post(project + "/spec-items"), """
                {"title":"Second colour","category":"option","optionPrice":1250.50,"optionCurrency":"eur",
                 "leadTimeDays":20,"reason":"Customers ask for it"}""", team.manager())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.key").value("SPEC-2"))
                .andExpect(jsonPath("$.optionPrice.amount").value(1250.50))
                .andExpect(jsonPath("$.optionPrice.currency").value("EUR"))
                .andExpect(jsonPath("$.leadTimeDays").value(20))
                .andExpect(jsonPath("$.priority").value("SHOULD"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.bodyHtml").value(""))
                .andExpect(jsonPath("$.reason").value("Customers ask for it"));

        send(put("/api/spec-items/" + belt), updateJson("Belt speed", "The belt runs at 2.5 m/s.", "Faster line",
                itemVersion(belt)), team.engineer())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentRevision").value(2))
                .andExpect(jsonPath("$.body").value("The belt runs at 2.5 m/s."))
                .andExpect(jsonPath("$.reason").value("Faster line"))
                .andExpect(jsonPath("$.version").value(itemVersion(belt)));
        mvc.perform(get("/api/spec-items/" + belt + "/revisions").with(as(team.outsider())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].revision").value(contains(2, 1)))
                .andExpect(jsonPath("$[0].label").value("SPEC-1 r2"))
                .andExpect(jsonPath("$[0].reason").value("Faster line"))
                .andExpect(jsonPath("$[0].author.name").value("Lena Vogt"))
                .andExpect(jsonPath("$[0].revisedAt").isNotEmpty());
        mvc.perform(get("/api/spec-items/" + belt + "/revisions/1").with(as(team.outsider())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.body").value("The belt runs at **2 m/s**."))
                .andExpect(jsonPath("$.acceptanceCriterion").value("Measured at the factory acceptance test"))
                .andExpect(jsonPath("$.label").value("SPEC-1 r1"));

        long baseline = id(send(post(project + "/baselines"), "{\"name\":\"Before the customer workshop\"}", team.manager())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/baselines/")))
                .andExpect(jsonPath("$.key").value("B1"))
                .andExpect(jsonPath("$.source").value("MANUAL"))
                .andExpect(jsonPath("$.entries[*].label").value(contains("SPEC-1 r2", "SPEC-2 r1"))));
        mvc.perform(get(project + "/baselines").with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(baseline))
                .andExpect(jsonPath("$.content[0].itemCount").value(2));
        mvc.perform(get("/api/baselines/" + baseline).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Before the customer workshop"))
                .andExpect(jsonPath("$.entries", hasSize(2)));

        send(put("/api/spec-items/" + belt), updateJson("Belt speed", "The belt runs at 3 m/s.", "Even faster",
                itemVersion(belt)), team.engineer())
                .andExpect(status().isUnprocessableContent()).andExpect(code("baselined"));
        assertThat(revisions(belt)).isEqualTo(2);

        long change = approvedChange(team, "Belt at 3 m/s", "SPEC-1");
        send(post("/api/change-requests/" + change + "/implementation"),
                implementationJson("spec-1", "Belt speed", "The belt runs at 3 m/s."), team.engineer())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changeRequest.id").value(change))
                .andExpect(jsonPath("$.changeRequest.key").value("CR-" + change))
                .andExpect(jsonPath("$.state").value("IMPLEMENTED"))
                .andExpect(jsonPath("$.revisions", hasSize(1)))
                .andExpect(jsonPath("$.revisions[0].label").value("SPEC-1 r3"))
                .andExpect(jsonPath("$.revisions[0].reason").value("As approved"))
                .andExpect(jsonPath("$.revisions[0].changeRequest.key").value("CR-" + change));
        assertThat(changeState(change)).isEqualTo("IMPLEMENTED");
        mvc.perform(get("/api/spec-items/" + belt).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.currentRevision").value(3))
                .andExpect(jsonPath("$.body").value("The belt runs at 3 m/s."))
                .andExpect(jsonPath("$.baselined").value(true))
                .andExpect(jsonPath("$.baselineId").value(baseline))
                .andExpect(jsonPath("$.changeRequest.id").value(change));
        mvc.perform(get("/api/baselines/" + baseline).with(as(team.outsider())))
                .andExpect(jsonPath("$.entries[0].label").value("SPEC-1 r2"));

        mvc.perform(get(project + "/spec-items?category=option").with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1)).andExpect(jsonPath("$.content[0].key").value("SPEC-2"));
        mvc.perform(get(project + "/spec-items?q=belt&status=APPROVED").with(as(team.outsider())))
                .andExpect(jsonPath("$.content[*].key").value(contains("SPEC-1")))
                .andExpect(jsonPath("$.content[0].currentRevision").value(3))
                .andExpect(jsonPath("$.content[0].baselined").value(true));
        mvc.perform(get(project + "/spec-items?sort=title,desc&size=1&page=1").with(as(team.outsider())))
                .andExpect(jsonPath("$.content[*].key").value(contains("SPEC-1")))
                .andExpect(jsonPath("$.totalPages").value(2));
    }
}
