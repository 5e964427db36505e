package org.integrationgateway.specs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may use each specs API operation (anonymous 401 and customer contacts 404 everywhere; staff outside the project
 * read but do not write; the project's manager, engineers and designers write items; the manager freezes baselines;
 * change control decides who implements), and how bad input, hostile Markdown, unknown ids, stale versions and the
 * rules of baselined items answer. Operations whose services other work provides (comparisons, variants, trace walks)
 * are covered beyond the refusals in {@code SpecsApiComparisonTests} and {@code SpecsApiVariantTraceTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class SpecsApiControllerTests extends SpecsApiSupport {

    CurrentUser customer;
    CurrentUser pmo;
    Team team;

    @BeforeEach
    void setUp() {
        customer = users.create(1L, Role.CUSTOMER_CONTACT);
        pmo = users.create(Role.PMO);
        team = fixtures.team(true);
    }

    /** Anonymous callers get 401 and customer contacts 404. */
    void refusesAnonymousAndCustomers(MockHttpServletRequestBuilder request, String json) throws Exception {
        anonymous(request, json).andExpect(status().isUnauthorized());
        send(request, json, customer).andExpect(status().isNotFound());
    }

    int items() {
        return jdbc.queryForObject("select count(*) from spec_item where project = ?", Integer.class, team.id());
    }

    int baselines() {
        return jdbc.queryForObject("select count(*) from baseline where project = ?", Integer.class, team.id());
    }

    // ---- who may ---------------------------------------------------------------------------------------------------

    @Test
    void noOperationAnswersAnonymousCallersOrCustomerContacts() throws Exception {
        long item = item(team, team.engineer(), "Belt speed", "2 m/s");
        long baseline = freeze(team, "B1");
        long change = approvedChange(team, "Belt at 3 m/s", "SPEC-1");
        String project = "/api/projects/" + team.id();
        String spec = "/api/spec-items/" + item;
        String variant = "/api/variants/1";
        List<MockHttpServletRequestBuilder> requests = List.of(get(project + "/spec-items"), post(project + "/spec-items"),
                get(spec), put(spec), get(spec + "/revisions"), get(spec + "/revisions/1"), get(spec + "/compare?from=1&to=1"),
                get(project + "/baselines"), post(project + "/baselines"), get("/api/baselines/" + baseline),
                get("/api/baselines/compare?from=" + baseline + "&to=" + baseline),
                get(project + "/variants"), post(project + "/variants"), get(variant), get(variant + "/delivered"),
                put(variant + "/overrides/SPEC-1"), delete(variant + "/overrides/SPEC-1?version=0"),
                post(variant + "/overrides/SPEC-1/resolve"), post(variant + "/carry-forward"),
                post("/api/change-requests/" + change + "/implementation"),
                get("/api/trace?type=CHANGE_REQUEST&id=" + change), get(project + "/suspect-links"),
                post("/api/trace-links/1/review"));
        String body = implementationJson("SPEC-1", "Belt speed", "3 m/s").replace("\"comment\"", "\"name\":\"x\",\"comment\"");
        for (MockHttpServletRequestBuilder request : requests) {
            refusesAnonymousAndCustomers(request, body);
        }
        assertThat(revisions(item)).isEqualTo(1);
        assertThat(baselines()).isEqualTo(1);
        assertThat(changeState(change)).isEqualTo("APPROVED");
    }

    @Test
    void staffOutsideTheProjectReadItemsRevisionsAndBaselines() throws Exception {
        long item = item(team, team.engineer(), "Belt speed", "2 m/s");
        long baseline = freeze(team, "B1");
        String project = "/api/projects/" + team.id();
        for (String path : List.of(project + "/spec-items", "/api/spec-items/" + item, "/api/spec-items/" + item + "/revisions",
                "/api/spec-items/" + item + "/revisions/1", project + "/baselines", "/api/baselines/" + baseline)) {
            mvc.perform(get(path).with(as(team.outsider()))).andExpect(status().isOk());
            mvc.perform(get(path).with(as(pmo))).andExpect(status().isOk());
            mvc.perform(get(path).with(as(team.seller()))).andExpect(status().isOk());
        }
    }

    @Test
    void theManagerEngineersAndPmoAddItemsOthersDoNot() throws Exception {
        String path = "/api/projects/" + team.id() + "/spec-items";
        String body = itemJson("Belt speed", "2 m/s", "mechanical");
        for (Member member : List.of(team.outsider(), team.marketer(), team.seller(), team.quality(), team.tom())) {
            send(post(path), body, member).andExpect(status().isForbidden());
        }
        assertThat(items()).isZero();
        send(post(path), body, team.engineer()).andExpect(status().isCreated()).andExpect(jsonPath("$.key").value("SPEC-1"));
        send(post(path), body, team.manager()).andExpect(status().isCreated()).andExpect(jsonPath("$.key").value("SPEC-2"));
        send(post(path), body, pmo).andExpect(status().isCreated()).andExpect(jsonPath("$.key").value("SPEC-3"));
        assertThat(items()).isEqualTo(3);
    }

    @Test
    void theManagerAndEngineersEditItemsOthersDoNotAndAStaleVersionChangesNothing() throws Exception {
        long item = item(team, team.engineer(), "Belt speed", "2 m/s");
        String path = "/api/spec-items/" + item;
        for (Member member : List.of(team.outsider(), team.marketer(), team.quality(), team.tom())) {
            send(put(path), updateJson("Belt speed", "3 m/s", "Faster", itemVersion(item)), member)
                    .andExpect(status().isForbidden()).andExpect(code("not-permitted"));
        }
        send(put(path), updateJson("Belt speed", "3 m/s", "Faster", itemVersion(item) + 1), team.engineer())
                .andExpect(status().isConflict()).andExpect(code("stale-version"));
        assertThat(revisions(item)).isEqualTo(1);
        long read = itemVersion(item);
        send(put(path), updateJson("Belt speed", "3 m/s", "Faster", read), team.engineer()).andExpect(status().isOk())
                .andExpect(jsonPath("$.currentRevision").value(2));
        send(put(path), updateJson("Belt speed", "4 m/s", "Based on what I read first", read), team.manager())
                .andExpect(status().isConflict()).andExpect(code("stale-version"));
        send(put(path), updateJson("Belt speed", "4 m/s", "Faster still", itemVersion(item)), team.manager())
                .andExpect(status().isOk()).andExpect(jsonPath("$.currentRevision").value(3))
                .andExpect(jsonPath("$.revisedBy.name").value("Sofia Marin"));
        send(put(path), updateJson("Belt speed", "4 m/s", "Again", itemVersion(item)), team.manager())
                .andExpect(status().isBadRequest()).andExpect(field("body"));
        assertThat(revisions(item)).isEqualTo(3);
    }

    @Test
    void aBaselinedItemIsNotEditedDirectly() throws Exception {
        long item = item(team, team.engineer(), "Belt speed", "2 m/s");
        freeze(team, "Before the workshop");
        for (Member member : List.of(team.engineer(), team.manager())) {
            send(put("/api/spec-items/" + item), updateJson("Belt speed", "3 m/s", "Faster", itemVersion(item)), member)
                    .andExpect(status().isUnprocessableContent()).andExpect(code("baselined"))
                    .andExpect(jsonPath("$.detail", containsString("change request")));
        }
        send(put("/api/spec-items/" + item), updateJson("Belt speed", "3 m/s", "Faster", itemVersion(item)), pmo)
                .andExpect(status().isUnprocessableContent());
        assertThat(revisions(item)).isEqualTo(1);
        mvc.perform(get("/api/spec-items/" + item).with(as(team.outsider()))).andExpect(jsonPath("$.baselined").value(true));
    }

    @Test
    void theManagerAndPmoFreezeBaselinesEngineersAndOutsidersDoNot() throws Exception {
        String path = "/api/projects/" + team.id() + "/baselines";
        send(post(path), "{\"name\":\"Empty\"}", team.manager()).andExpect(status().isUnprocessableContent())
                .andExpect(code("empty-spec"));
        item(team, team.engineer(), "Belt speed", "2 m/s");
        for (Member member : List.of(team.engineer(), team.outsider(), team.tom(), team.marketer())) {
            send(post(path), "{\"name\":\"B\"}", member).andExpect(status().isForbidden());
        }
        send(post(path), "{\"name\":\"  \"}", team.manager()).andExpect(status().isBadRequest()).andExpect(field("name"));
        send(post(path), "{}", team.manager()).andExpect(status().isBadRequest()).andExpect(field("name"));
        send(post(path), "{\"name\":[1]}", team.manager()).andExpect(status().isBadRequest()).andExpect(field("name"));
        assertThat(baselines()).isZero();
        send(post(path), "{\"name\":\"By hand\"}", team.manager()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.key").value("B1")).andExpect(jsonPath("$.entries[0].label").value("SPEC-1 r1"));
        send(post(path), "{\"name\":\"By the PMO\"}", pmo).andExpect(status().isCreated()).andExpect(jsonPath("$.key").value("B2"));
        assertThat(baselines()).isEqualTo(2);
    }

    @Test
    void engineersImplementApprovedChangesOthersDoNotAndNothingIsWrittenOnRefusal() throws Exception {
        long item = item(team, team.engineer(), "Belt speed", "2 m/s");
        long other = item(team, team.engineer(), "Hopper volume", "40 l");
        freeze(team, "B1");
        long change = approvedChange(team, "Belt at 3 m/s", "SPEC-1");
        String path = "/api/change-requests/" + change + "/implementation";
        String body = implementationJson("SPEC-1", "Belt speed", "3 m/s");
        for (Member member : List.of(team.outsider(), team.marketer(), team.quality(), team.tom())) {
            send(post(path), body, member).andExpect(status().isForbidden()).andExpect(code("not-permitted"));
        }
        send(post(path), implementationJson("SPEC-2", "Hopper volume", "60 l"), team.engineer())
                .andExpect(status().isUnprocessableContent()).andExpect(code("not-affected")).andExpect(field("changes"));
        send(post(path), implementationJson("SPEC-1", "  ", "3 m/s"), team.engineer())
                .andExpect(status().isBadRequest()).andExpect(field("title"));
        send(post(path), "{\"changes\":[]}", team.engineer()).andExpect(status().isBadRequest()).andExpect(field("changes"));
        send(post(path), "{\"changes\":[{\"itemKey\":\"SPEC-1\",\"priority\":\"SOON\"}]}", team.engineer())
                .andExpect(status().isBadRequest()).andExpect(field("changes[0].priority"));
        send(post(path), "{\"changes\":", team.engineer()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", containsString("malformed-body")));
        assertThat(revisions(item)).isEqualTo(1);
        assertThat(revisions(other)).isEqualTo(1);
        assertThat(changeState(change)).isEqualTo("APPROVED");

        send(post(path), body, team.engineer()).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IMPLEMENTED"))
                .andExpect(jsonPath("$.revisions[0].label").value("SPEC-1 r2"))
                .andExpect(jsonPath("$.revisions[0].changeRequest.id").value(change))
                .andExpect(jsonPath("$.revisions[0].author.name").value("Lena Vogt"));
        assertThat(changeState(change)).isEqualTo("IMPLEMENTED");
        send(post(path), body, team.engineer()).andExpect(status().isConflict()).andExpect(code("not-approved"));

        long pending = submittedChange(team, "Not decided yet", "SPEC-2");
        send(post("/api/change-requests/" + pending + "/implementation"), implementationJson("SPEC-2", "Hopper volume", "60 l"),
                team.engineer()).andExpect(status().isConflict()).andExpect(code("not-approved"))
                .andExpect(jsonPath("$.detail", containsString("submitted")));
        long unknownItem = approvedChange(team, "A key the spec lacks", "SPEC-99");
        send(post("/api/change-requests/" + unknownItem + "/implementation"), implementationJson("SPEC-99", "X", "y"),
                team.engineer()).andExpect(status().isUnprocessableContent()).andExpect(code("unknown-item"));
        send(post("/api/change-requests/999999/implementation"), body, team.engineer()).andExpect(status().isNotFound());
        assertThat(revisions(other)).isEqualTo(1);
        assertThat(changeState(pending)).isEqualTo("SUBMITTED");
    }

    // ---- bad input -------------------------------------------------------------------------------------------------

    @Test
    void badItemBodiesAnswer400NamingTheFieldAndStoreNothing() throws Exception {
        String path = "/api/projects/" + team.id() + "/spec-items";
        String good = """
                {"title":"Second colour","body":"Blue","category":"option","priority":"COULD","status":"DRAFT",
                 "optionPrice":1250.50,"optionCurrency":"EUR","leadTimeDays":20}""";
        for (String[] bad : new String[][] {
                {"\"title\":\"Second colour\"", "\"title\":\"  \"", "title"},
                {"\"title\":\"Second colour\",", "", "title"},
                {"\"title\":\"Second colour\"", "\"title\":\"" + "x".repeat(201) + "\"", "title"},
                {"\"category\":\"option\"", "\"category\":\"!!\"", "category"},
                {"\"category\":\"option\",", "", "category"},
                {"\"category\":\"option\"", "\"category\":{\"a\":1}", "category"},
                {"\"priority\":\"COULD\"", "\"priority\":\"SOON\"", "priority"},
                {"\"status\":\"DRAFT\"", "\"status\":\"DONE\"", "status"},
                {"\"optionCurrency\":\"EUR\"", "\"optionCurrency\":\"EURO\"", "optionCurrency"},
                {"\"optionCurrency\":\"EUR\"", "\"optionCurrency\":\"XXQ\"", "optionCurrency"},
                {"\"optionCurrency\":\"EUR\",", "", "optionCurrency"},
                {"\"optionPrice\":1250.50", "\"optionPrice\":-1", "optionPrice"},
                {"\"optionPrice\":1250.50", "\"optionPrice\":1.001", "optionPrice"},
                {"\"optionPrice\":1250.50", "\"optionPrice\":\"lots\"", "optionPrice"},
                {"\"leadTimeDays\":20", "\"leadTimeDays\":-1", "leadTimeDays"},
                {"\"leadTimeDays\":20", "\"leadTimeDays\":4000", "leadTimeDays"},
                {"\"leadTimeDays\":20", "\"leadTimeDays\":2.5", "leadTimeDays"},
                {"\"body\":\"Blue\"", "\"body\":\"" + "b".repeat(20_001) + "\"", "body"}}) {
            String body = good.replace(bad[0], bad[1]);
            assertThat(body).as(bad[2]).isNotEqualTo(good);
            send(post(path), body, team.engineer()).andExpect(status().isBadRequest()).andExpect(field(bad[2]));
        }
        send(post(path), good.replace("\"SOON\"", "").replace("\"priority\":\"COULD\"", "\"priority\":\"SOON\""), team.engineer())
                .andExpect(jsonPath("$.errors[0].message").value("must be one of MUST, SHOULD, COULD, WONT."));
        send(post(path), "{\"title\":", team.engineer()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", containsString("malformed-body")));
        send(post(path), "[]", team.engineer()).andExpect(status().isBadRequest());
        send(post(path), "", team.engineer()).andExpect(status().isBadRequest());
        assertThat(items()).isZero();

        long item = item(team, team.engineer(), "Belt speed", "2 m/s");
        String put = "/api/spec-items/" + item;
        String update = updateJson("Belt speed", "3 m/s", "Faster", itemVersion(item));
        for (String[] bad : new String[][] {
                {",\"version\":" + itemVersion(item), "", "version"},
                {",\"version\":" + itemVersion(item), ",\"version\":\"latest\"", "version"},
                {"\"reason\":\"Faster\"", "\"reason\":\" \"", "reason"},
                {"\"title\":\"Belt speed\"", "\"title\":\"\"", "title"},
                {"\"category\":\"mechanical\"", "\"category\":\"Mechanical & more\"", "category"},
                {"\"priority\":\"MUST\"", "\"priority\":\"ASAP\"", "priority"}}) {
            String body = update.replace(bad[0], bad[1]);
            assertThat(body).as(bad[2]).isNotEqualTo(update);
            send(put(put), body, team.engineer()).andExpect(status().isBadRequest()).andExpect(field(bad[2]));
        }
        send(put(put), "{\"title\":\"x\",", team.engineer()).andExpect(status().isBadRequest());
        assertThat(revisions(item)).isEqualTo(1);
    }

    @Test
    void hostileMarkdownIsStoredAsWrittenButNeverRenderedAsScript() throws Exception {
        String hostile = "<script>alert(1)</script>\\n\\n[x](javascript:alert(1)) <img src=x onerror=alert(2)> **fine**";
        String stored = hostile.replace("\\n", "\n");
        long item = id(send(post("/api/projects/" + team.id() + "/spec-items"), itemJson("Hostile", hostile, "requirement"),
                team.engineer()).andExpect(status().isCreated()).andExpect(jsonPath("$.body").value(stored)));
        for (String path : List.of("/api/spec-items/" + item, "/api/spec-items/" + item + "/revisions/1")) {
            String json = mvc.perform(get(path).with(as(team.outsider()))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.body").value(stored)).andReturn().getResponse().getContentAsString();
            String html = JsonPath.read(json, "$.bodyHtml");
            assertThat(html).as(path).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:")
                    .doesNotContainIgnoringCase("<img").contains("<strong>fine</strong>");
            var rendered = Jsoup.parseBodyFragment(html);
            assertThat(rendered.select("script, img, [onerror], [href^=javascript]")).as(path).isEmpty();
            assertThat(rendered.select("a").attr("href")).as(path).isEmpty();
        }
        assertThat(jdbc.queryForObject("select body from spec_item_revision where spec_item = ?", String.class, item))
                .isEqualTo(stored);
    }

    @Test
    void badQueryParametersAndUnknownIdsAnswerProblemsNamingTheField() throws Exception {
        long item = item(team, team.engineer(), "Belt speed", "2 m/s");
        String list = "/api/projects/" + team.id() + "/spec-items";
        for (String[] bad : new String[][] {{"status=BOGUS", "status"}, {"size=0", "size"}, {"size=101", "size"},
                {"page=-1", "page"}, {"page=x", "page"}, {"sort=bogus", "sort"}, {"sort=key,sideways", "sort"}}) {
            mvc.perform(get(list + "?" + bad[0]).with(as(team.outsider()))).andExpect(status().isBadRequest())
                    .andExpect(field(bad[1]));
        }
        for (String sort : List.of("key", "title", "category", "status", "revisedAt")) {
            mvc.perform(get(list + "?sort=" + sort + ",desc").with(as(team.outsider()))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalElements").value(1));
        }
        mvc.perform(get(list + "?q=50%25_\\&category=none").with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/projects/" + team.id() + "/baselines?size=0").with(as(team.outsider())))
                .andExpect(status().isBadRequest()).andExpect(field("size"));
        mvc.perform(get("/api/spec-items/" + item + "/compare?to=1").with(as(team.outsider())))
                .andExpect(status().isBadRequest()).andExpect(field("from"));
        mvc.perform(get("/api/spec-items/" + item + "/compare?from=1").with(as(team.outsider())))
                .andExpect(status().isBadRequest()).andExpect(field("to"));
        mvc.perform(get("/api/spec-items/" + item + "/compare?from=one&to=1").with(as(team.outsider())))
                .andExpect(status().isBadRequest()).andExpect(field("from"));
        mvc.perform(get("/api/baselines/compare?from=1").with(as(team.outsider())))
                .andExpect(status().isBadRequest()).andExpect(field("to"));
        mvc.perform(get("/api/spec-items/SPEC-1").with(as(team.outsider()))).andExpect(status().isBadRequest())
                .andExpect(field("id"));
        for (String[] bad : new String[][] {{"id=1", "type"}, {"type=CHANGE_REQUEST", "id"},
                {"type=CHANGE_REQUEST&id=1&direction=SIDEWAYS", "direction"}, {"type=CHANGE_REQUEST&id=1&depth=0", "depth"},
                {"type=CHANGE_REQUEST&id=1&depth=11", "depth"}, {"type=CHANGE_REQUEST&id=1&depth=deep", "depth"}}) {
            mvc.perform(get("/api/trace?" + bad[0]).with(as(team.outsider()))).andExpect(status().isBadRequest())
                    .andExpect(field(bad[1]));
        }

        for (String path : List.of("/api/projects/999999/spec-items", "/api/spec-items/999999",
                "/api/spec-items/999999/revisions", "/api/spec-items/999999/revisions/1", "/api/spec-items/" + item + "/revisions/7",
                "/api/spec-items/999999/compare?from=1&to=2", "/api/projects/999999/baselines", "/api/baselines/999999",
                "/api/baselines/compare?from=999998&to=999999", "/api/projects/999999/suspect-links")) {
            mvc.perform(get(path).with(as(team.outsider()))).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.status").value(404));
        }
        send(post("/api/projects/999999/spec-items"), itemJson("X", "y", "requirement"), pmo).andExpect(status().isNotFound());
        send(put("/api/spec-items/999999"), updateJson("X", "y", "z", 0), team.engineer()).andExpect(status().isNotFound());
        send(post("/api/projects/999999/baselines"), "{\"name\":\"B\"}", pmo).andExpect(status().isNotFound());
        send(post("/api/change-requests/999999/implementation"), implementationJson("SPEC-1", "X", "y"), team.engineer())
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/spec-items/" + item).with(as(team.outsider())))
                .andExpect(jsonPath("$.body").value(not(containsString("999999"))));
    }
}
