package org.integrationgateway.specs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Comparing two revisions of an item and two baselines through the API: staff read them, the word diff of known text,
 * added, removed and changed items with the change requests behind them. Needs the comparisons (WordDiff and
 * SpecComparisons) of the specs domain work.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class SpecsApiComparisonTests extends SpecsApiSupport {

    @Test
    void anyTwoRevisionsCompareWordByWord() throws Exception {
        var team = fixtures.team(true);
        long item = item(team, team.engineer(), "Belt speed", "The belt runs at 2 m/s in normal operation.");
        send(put("/api/spec-items/" + item), updateJson("Belt speed", "The belt runs at 3 m/s in normal operation.",
                "Faster line", itemVersion(item)), team.engineer()).andExpect(status().isOk());
        String compare = "/api/spec-items/" + item + "/compare?from=1&to=2";
        for (var user : List.of(team.outsider().user(), users.create(Role.PMO), team.seller().user())) {
            mvc.perform(get(compare).with(as(user))).andExpect(status().isOk());
        }
        String json = mvc.perform(get(compare).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.itemId").value(item))
                .andExpect(jsonPath("$.key").value("SPEC-1"))
                .andExpect(jsonPath("$.from.revision").value(1))
                .andExpect(jsonPath("$.to.revision").value(2))
                .andExpect(jsonPath("$.to.reason").value("Faster line"))
                .andExpect(jsonPath("$.changes[*].field").value(contains("body")))
                .andReturn().getResponse().getContentAsString();
        Map<String, Object> body = JsonPath.read(json, "$.changes[0]");
        assertThat(body.get("before")).isEqualTo("The belt runs at 2 m/s in normal operation.");
        assertThat(body.get("after")).isEqualTo("The belt runs at 3 m/s in normal operation.");
        List<Map<String, String>> segments = JsonPath.read(json, "$.changes[0].segments");
        assertThat(join(segments, "EQUAL", "INSERTED")).isEqualTo("The belt runs at 3 m/s in normal operation.");
        assertThat(join(segments, "EQUAL", "DELETED")).isEqualTo("The belt runs at 2 m/s in normal operation.");
        assertThat(join(segments, "INSERTED").strip()).isEqualTo("3");
        assertThat(join(segments, "DELETED").strip()).isEqualTo("2");

        mvc.perform(get("/api/spec-items/" + item + "/compare?from=2&to=2").with(as(team.outsider())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.changes", hasSize(0)));
        mvc.perform(get("/api/spec-items/" + item + "/compare?from=1&to=9").with(as(team.outsider())))
                .andExpect(status().isNotFound());
    }

    @Test
    void twoBaselinesCompareWithItemsAddedRemovedAndChanged() throws Exception {
        var team = fixtures.team(true);
        item(team, team.engineer(), "Belt speed", "The belt runs at 2 m/s.");
        long first = freeze(team, "Concept GO");
        item(team, team.engineer(), "Hopper volume", "40 l");
        long change = approvedChange(team, "Belt at 3 m/s", "SPEC-1");
        send(post("/api/change-requests/" + change + "/implementation"),
                implementationJson("SPEC-1", "Belt speed", "The belt runs at 3 m/s."), team.engineer())
                .andExpect(status().isOk());
        long second = freeze(team, "Design GO");
        String compare = "/api/baselines/compare?from=" + first + "&to=" + second;
        mvc.perform(get(compare).with(as(users.create(Role.PMO)))).andExpect(status().isOk());
        mvc.perform(get(compare).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.from.key").value("B1"))
                .andExpect(jsonPath("$.to.key").value("B2"))
                .andExpect(jsonPath("$.added[*].itemKey").value(contains("SPEC-2")))
                .andExpect(jsonPath("$.removed", hasSize(0)))
                .andExpect(jsonPath("$.changed[*].itemKey").value(contains("SPEC-1")))
                .andExpect(jsonPath("$.changed[0].before.label").value("SPEC-1 r1"))
                .andExpect(jsonPath("$.changed[0].after.label").value("SPEC-1 r2"))
                .andExpect(jsonPath("$.changed[0].changeRequests[*].key").value(contains("CR-" + change)))
                .andExpect(jsonPath("$.changed[0].changes[?(@.field == 'body')].after").value(contains("The belt runs at 3 m/s.")))
                .andExpect(jsonPath("$.changed[0].changes[?(@.field == 'body')].segments[*][?(@.kind == 'INSERTED')].text")
                        .isNotEmpty());

        var other = fixtures.team(true);
        item(other, other.engineer(), "Elsewhere", "x");
        long foreign = freeze(other, "Other project");
        mvc.perform(get("/api/baselines/compare?from=" + first + "&to=" + foreign).with(as(team.outsider())))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/baselines/compare?from=" + first + "&to=999999").with(as(team.outsider())))
                .andExpect(status().isNotFound());
    }

    private static String join(List<Map<String, String>> segments, String... kinds) {
        List<String> wanted = List.of(kinds);
        return segments.stream().filter(s -> wanted.contains(s.get("kind"))).map(s -> s.get("text"))
                .collect(Collectors.joining());
    }
}
