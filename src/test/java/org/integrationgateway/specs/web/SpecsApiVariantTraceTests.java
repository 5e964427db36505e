package org.integrationgateway.specs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Variants, the spec as delivered, carry-forward with a conflict, trace walks and suspect links through the API, with
 * who may read and change them. Needs VariantCatalog and Traceability of the specs domain work.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class SpecsApiVariantTraceTests extends SpecsApiSupport {

    CurrentUser pmo;
    Team team;

    @BeforeEach
    void setUp() {
        pmo = users.create(Role.PMO);
        team = fixtures.team(true);
    }

    long variantVersion(long variant) {
        return jdbc.queryForObject("select version from variant where id = ?", Long.class, variant);
    }

    long revisionId(long item, int revision) {
        return jdbc.queryForObject("select id from spec_item_revision where spec_item = ? and revision = ?", Long.class,
                item, revision);
    }

    /** Everyone in {@code refused} gets 403 not-permitted and nothing changes. */
    void refused(MockHttpServletRequestBuilder request, String json, long variant) throws Exception {
        long before = variantVersion(variant);
        for (Member member : List.of(team.outsider(), team.marketer(), team.quality(), team.tom())) {
            send(request, json, member).andExpect(status().isForbidden()).andExpect(code("not-permitted"));
        }
        assertThat(variantVersion(variant)).isEqualTo(before);
    }

    @Test
    void aVariantOverridesItsBaselineAndIsCarriedForwardWithAConflict() throws Exception {
        item(team, team.engineer(), "Belt speed", "The belt runs at 2 m/s.");
        item(team, team.engineer(), "Hopper volume", "40 l");
        long first = freeze(team, "Concept GO");
        String project = "/api/projects/" + team.id();
        String create = "{\"name\":\"Acme line 3\",\"orderReference\":\"PO-4711\",\"baselineId\":%d}".formatted(first);
        for (Member member : List.of(team.outsider(), team.marketer(), team.quality(), team.tom())) {
            send(post(project + "/variants"), create, member).andExpect(status().isForbidden());
        }
        send(post(project + "/variants"), "{\"orderReference\":\"PO-1\",\"baselineId\":%d}".formatted(first), team.engineer())
                .andExpect(status().isBadRequest()).andExpect(field("name"));
        send(post(project + "/variants"), "{\"name\":\"X\",\"baselineId\":\"B1\"}", team.engineer())
                .andExpect(status().isBadRequest()).andExpect(field("baselineId"));
        long variant = id(send(post(project + "/variants"), create, team.engineer()).andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/variants/")))
                .andExpect(jsonPath("$.name").value("Acme line 3"))
                .andExpect(jsonPath("$.orderReference").value("PO-4711"))
                .andExpect(jsonPath("$.baselineId").value(first))
                .andExpect(jsonPath("$.overrides", hasSize(0))));
        send(post(project + "/variants"), create.replace("Acme line 3", "By PMO"), pmo).andExpect(status().isCreated());
        for (CurrentUser reader : List.of(team.outsider().user(), pmo, team.seller().user())) {
            mvc.perform(get(project + "/variants").with(as(reader))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalElements").value(2));
            mvc.perform(get("/api/variants/" + variant).with(as(reader))).andExpect(status().isOk());
            mvc.perform(get("/api/variants/" + variant + "/delivered").with(as(reader))).andExpect(status().isOk());
        }

        String override = "/api/variants/" + variant + "/overrides/SPEC-1";
        String slower = "{\"body\":\"The belt runs at **1.5 m/s** for Acme.\",\"reason\":\"Their line is slower\",\"version\":%d}";
        refused(put(override), slower.formatted(variantVersion(variant)), variant);
        send(put(override), slower.formatted(variantVersion(variant) + 3), team.engineer())
                .andExpect(status().isConflict()).andExpect(code("stale-version"));
        send(put(override), "{\"body\":\"x\",\"reason\":\"y\"}", team.engineer())
                .andExpect(status().isBadRequest()).andExpect(field("version"));
        send(put("/api/variants/" + variant + "/overrides/SPEC-99"), slower.formatted(variantVersion(variant)), team.engineer())
                .andExpect(status().is4xxClientError());
        send(put(override), slower.formatted(variantVersion(variant)), team.engineer()).andExpect(status().isOk())
                .andExpect(jsonPath("$.overrides[0].itemKey").value("SPEC-1"))
                .andExpect(jsonPath("$.overrides[0].baseRevision").value(1))
                .andExpect(jsonPath("$.overrides[0].conflict").value(false))
                .andExpect(jsonPath("$.overrides[0].reason").value("Their line is slower"));
        mvc.perform(get("/api/variants/" + variant + "/delivered").with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.baseline.key").value("B1"))
                .andExpect(jsonPath("$.conflicts").value(0))
                .andExpect(jsonPath("$.items[*].itemKey").value(contains("SPEC-1", "SPEC-2")))
                .andExpect(jsonPath("$.items[0].overridden").value(true))
                .andExpect(jsonPath("$.items[0].body").value("The belt runs at **1.5 m/s** for Acme."))
                .andExpect(jsonPath("$.items[0].bodyHtml").value(org.hamcrest.Matchers.equalToCompressingWhiteSpace("<p>The belt runs at <strong>1.5 m/s</strong> for Acme.</p>")))
                .andExpect(jsonPath("$.items[0].title").value("Belt speed"))
                .andExpect(jsonPath("$.items[0].baselineRevision.label").value("SPEC-1 r1"))
                .andExpect(jsonPath("$.items[1].overridden").value(false))
                .andExpect(jsonPath("$.items[1].body").value("40 l"));

        long change = approvedChange(team, "Belt at 3 m/s", "SPEC-1");
        send(post("/api/change-requests/" + change + "/implementation"),
                implementationJson("SPEC-1", "Belt speed", "The belt runs at 3 m/s."), team.engineer())
                .andExpect(status().isOk());
        long second = freeze(team, "Design GO");
        String carry = "/api/variants/" + variant + "/carry-forward";
        String to = "{\"baselineId\":%d,\"version\":%d}";
        refused(post(carry), to.formatted(second, variantVersion(variant)), variant);
        send(post(carry), "{\"version\":%d}".formatted(variantVersion(variant)), team.engineer())
                .andExpect(status().isBadRequest()).andExpect(field("baselineId"));
        send(post(carry), to.formatted(second, variantVersion(variant) - 1), team.engineer())
                .andExpect(status().isConflict()).andExpect(code("stale-version"));
        send(post(carry), to.formatted(second, variantVersion(variant)), team.engineer()).andExpect(status().isOk())
                .andExpect(jsonPath("$.baselineId").value(second))
                .andExpect(jsonPath("$.overrides[0].conflict").value(true))
                .andExpect(jsonPath("$.overrides[0].baseRevision").value(1));
        mvc.perform(get("/api/variants/" + variant + "/delivered").with(as(team.outsider())))
                .andExpect(jsonPath("$.conflicts").value(1))
                .andExpect(jsonPath("$.items[0].conflict").value(true))
                .andExpect(jsonPath("$.items[0].overrideBaseRevision").value(1))
                .andExpect(jsonPath("$.items[0].baselineRevision.label").value("SPEC-1 r2"));

        String resolve = override + "/resolve";
        refused(post(resolve), "{\"keep\":true,\"version\":%d}".formatted(variantVersion(variant)), variant);
        send(post(resolve), "{\"version\":%d}".formatted(variantVersion(variant)), team.engineer())
                .andExpect(status().isBadRequest()).andExpect(field("keep"));
        send(post(resolve), "{\"keep\":\"perhaps\",\"version\":%d}".formatted(variantVersion(variant)), team.engineer())
                .andExpect(status().isBadRequest()).andExpect(field("keep"));
        send(post(resolve), "{\"keep\":true,\"version\":%d}".formatted(variantVersion(variant)), team.manager())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overrides[0].conflict").value(false))
                .andExpect(jsonPath("$.overrides[0].baseRevision").value(2));

        refused(delete(override + "?version=" + variantVersion(variant)), "", variant);
        send(delete(override), "", team.engineer()).andExpect(status().isBadRequest()).andExpect(field("version"));
        send(delete(override + "?version=" + (variantVersion(variant) + 1)), "", team.engineer())
                .andExpect(status().isConflict());
        send(delete(override + "?version=" + variantVersion(variant)), "", team.engineer()).andExpect(status().isOk())
                .andExpect(jsonPath("$.overrides", hasSize(0)));
        mvc.perform(get("/api/variants/" + variant + "/delivered").with(as(team.outsider())))
                .andExpect(jsonPath("$.items[0].overridden").value(false))
                .andExpect(jsonPath("$.items[0].body").value("The belt runs at 3 m/s."));

        for (String path : List.of("/api/variants/999999", "/api/variants/999999/delivered", "/api/projects/999999/variants")) {
            mvc.perform(get(path).with(as(team.outsider()))).andExpect(status().isNotFound());
        }
        send(put("/api/variants/999999/overrides/SPEC-1"), slower.formatted(0), team.engineer()).andExpect(status().isNotFound());
        send(post("/api/variants/999999/carry-forward"), to.formatted(second, 0), team.engineer()).andExpect(status().isNotFound());
        mvc.perform(get("/api/projects/" + team.id() + "/variants").with(as(team.outsider())))
                .andExpect(jsonPath("$.content[?(@.id == %d)].overrides".formatted(variant)).value(contains(0)));
    }

    @Test
    void theTraceWalksFromAChangeToItsRevisionAndSuspectLinksAreReviewed() throws Exception {
        long belt = item(team, team.engineer(), "Belt speed", "The belt runs at 2 m/s.");
        long first = freeze(team, "Concept GO");
        long variant = id(send(post("/api/projects/" + team.id() + "/variants"),
                "{\"name\":\"Acme\",\"baselineId\":%d}".formatted(first), team.engineer()).andExpect(status().isCreated()));
        send(put("/api/variants/" + variant + "/overrides/SPEC-1"),
                "{\"body\":\"Slower for Acme\",\"reason\":\"Their line\",\"version\":%d}".formatted(variantVersion(variant)),
                team.engineer()).andExpect(status().isOk());
        long change = approvedChange(team, "Belt at 3 m/s", "SPEC-1");
        send(post("/api/change-requests/" + change + "/implementation"),
                implementationJson("SPEC-1", "Belt speed", "The belt runs at 3 m/s."), team.engineer())
                .andExpect(status().isOk());
        String r1 = String.valueOf(revisionId(belt, 1));
        String r2 = String.valueOf(revisionId(belt, 2));

        String forward = "/api/trace?type=CHANGE_REQUEST&id=" + change + "&direction=FORWARD&depth=2";
        for (CurrentUser reader : List.of(team.outsider().user(), pmo, team.seller().user())) {
            mvc.perform(get(forward).with(as(reader))).andExpect(status().isOk());
        }
        mvc.perform(get(forward).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.start.type").value("CHANGE_REQUEST"))
                .andExpect(jsonPath("$.start.id").value(String.valueOf(change)))
                .andExpect(jsonPath("$.direction").value("FORWARD"))
                .andExpect(jsonPath("$.nodes[?(@.type == 'ITEM_REVISION')].id").value(hasItem(r2)))
                .andExpect(jsonPath("$.links[?(@.to.id == '%s')].relation".formatted(r2)).value(hasItem("revised")))
                .andExpect(jsonPath("$.links[*].suspect").isNotEmpty());
        mvc.perform(get("/api/trace?type=ITEM_REVISION&id=" + r2 + "&direction=BACKWARD").with(as(team.outsider())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes[?(@.type == 'CHANGE_REQUEST')].id").value(hasItem(String.valueOf(change))))
                .andExpect(jsonPath("$.nodes[?(@.type == 'ITEM_REVISION')].id").value(hasItem(r1)));
        mvc.perform(get("/api/trace?type=VARIANT&id=" + variant).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.direction").value("BOTH"))
                .andExpect(jsonPath("$.links[?(@.from.id == '%s')].relation".formatted(r1)).value(hasItem("overridden in")));

        String suspects = "/api/projects/" + team.id() + "/suspect-links";
        String json = mvc.perform(get(suspects).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.to.type == 'VARIANT')].from.id").value(contains(r1)))
                .andExpect(jsonPath("$.content[?(@.to.type == 'VARIANT')].suspect").value(contains(true)))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get(suspects).with(as(pmo))).andExpect(status().isOk());
        long link = ((Number) JsonPath.<List<Number>>read(json, "$.content[?(@.to.type == 'VARIANT')].id").get(0)).longValue();
        long linkVersion = ((Number) JsonPath.<List<Number>>read(json, "$.content[?(@.to.type == 'VARIANT')].version").get(0))
                .longValue();

        String review = "/api/trace-links/" + link + "/review";
        for (Member member : List.of(team.outsider(), team.marketer(), team.quality(), team.tom())) {
            send(post(review), "{\"version\":%d}".formatted(linkVersion), member)
                    .andExpect(status().isForbidden()).andExpect(code("not-permitted"));
        }
        send(post(review), "{}", team.engineer()).andExpect(status().isBadRequest()).andExpect(field("version"));
        send(post(review), "{\"version\":%d}".formatted(linkVersion + 1), team.engineer())
                .andExpect(status().isConflict()).andExpect(code("stale-version"));
        send(post("/api/trace-links/999999/review"), "{\"version\":0}", team.engineer()).andExpect(status().isNotFound());
        send(post(review), "{\"version\":%d}".formatted(linkVersion), team.engineer()).andExpect(status().isOk())
                .andExpect(jsonPath("$.suspect").value(false))
                .andExpect(jsonPath("$.reviewedBy").isNotEmpty())
                .andExpect(jsonPath("$.reviewedAt").isNotEmpty());
        mvc.perform(get(suspects).with(as(team.outsider())))
                .andExpect(jsonPath("$.content[?(@.to.type == 'VARIANT')]", hasSize(0)));
    }
}
