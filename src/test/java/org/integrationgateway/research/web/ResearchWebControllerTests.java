package org.integrationgateway.research.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.research.BearingInput;
import org.integrationgateway.research.Finding;
import org.integrationgateway.research.FindingDraft;
import org.integrationgateway.research.Research;
import org.integrationgateway.research.ResearchFixtures;
import org.integrationgateway.research.ResearchFixtures.Lab;
import org.integrationgateway.support.JsonApiRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The research pages: the board with its tabs, counts, filters and search; a finding surfaced, interpreted and
 * actioned through the forms with refusals shown inline; safe Markdown; the project's flag; and who sees what
 * (marketing writes, other staff read, customers 404, anonymous to the sign-in page).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class ResearchWebControllerTests extends JsonApiRequests {

    @Autowired ResearchFixtures fixtures;
    @Autowired Research research;
    Lab lab;
    String segment;

    @BeforeEach
    void setUp() {
        lab = fixtures.lab();
        segment = "web-" + lab.team().code().toLowerCase();
    }

    MockHttpServletRequestBuilder facts(MockHttpServletRequestBuilder request, String title, LocalDate observed) {
        return facts(request, title, observed, "12", "https://example.com/a\nhttps://example.com/b");
    }

    MockHttpServletRequestBuilder facts(MockHttpServletRequestBuilder request, String title, LocalDate observed,
                                        String sampleSize, String links) {
        return request.param("title", title).param("source", "INTERVIEW").param("segment", segment)
                .param("confidence", "HIGH").param("observedOn", observed.toString()).param("sampleSize", sampleSize)
                .param("summary", "9 of 12 plants").param("evidence", "**Bold** <script>alert('x')</script> [bad](javascript:alert(1))")
                .param("links", links);
    }

    long newest() {
        return jdbc.queryForObject("select max(id) from research_finding", Long.class);
    }

    Finding read(long id) {
        return ChangeControlFixtures.as(lab.team().engineer(), () -> research.finding(id));
    }

    @Test
    void aMarketerSurfacesInterpretsAndRaisesAChangeThroughThePages() throws Exception {
        mvc.perform(get("/research/findings/new").with(as(lab.priya()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"finding-form\"")));
        mvc.perform(facts(post("/research/findings"), "Washdown enclosures", LocalDate.now().minusDays(1)).with(as(lab.priya())))
                .andExpect(redirectedUrlPattern("/research/findings/*")).andExpect(flash().attributeExists("flash"));
        long id = newest();
        Finding surfaced = read(id);
        assertThat(surfaced.getLinks()).containsExactly("https://example.com/a", "https://example.com/b");

        mvc.perform(get("/research/findings/{id}", id).with(as(lab.priya()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<strong>Bold</strong>"),
                        not(containsString("<script>alert")), not(containsString("javascript:alert")),
                        containsString("data-testid=\"interpretation-form\""), not(containsString("data-testid=\"raise-form\"")))));

        // a contradiction of an item that is not baselined is refused next to the form, nothing saved
        mvc.perform(post("/research/findings/{id}/interpretation", id).with(as(lab.priya()))
                        .param("version", String.valueOf(surfaced.getVersion()))
                        .param("bearings[0].projectId", String.valueOf(lab.project()))
                        .param("bearings[0].itemKey", "SPEC-3").param("bearings[0].how", "Not frozen")
                        .param("bearings[0].contradicts", "true")
                        .param("bearings[1].projectId", "").param("bearings[1].itemKey", "").param("bearings[1].how", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not in the project")));
        assertThat(read(id).getBearings()).isEmpty();

        mvc.perform(post("/research/findings/{id}/interpretation", id).with(as(lab.priya()))
                        .param("version", String.valueOf(surfaced.getVersion()))
                        .param("bearings[0].projectId", String.valueOf(lab.project()))
                        .param("bearings[0].itemKey", "spec-1").param("bearings[0].how", "IP65 is not enough")
                        .param("bearings[0].contradicts", "true")
                        .param("bearings[1].projectId", "").param("bearings[1].how", ""))
                .andExpect(redirectedUrl("/research/findings/" + id));
        Finding interpreted = read(id);
        assertThat(interpreted.openContradictions()).hasSize(1);

        mvc.perform(get("/research/projects/{p}/flag", lab.project()).with(as(lab.team().engineer())))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("data-testid=\"research-flag\""), containsString(interpreted.key() + " contradicts SPEC-1"))));
        mvc.perform(get("/projects/{p}", lab.project()).with(as(lab.team().manager())))
                .andExpect(content().string(containsString("/research/projects/" + lab.project() + "/flag")));

        mvc.perform(post("/research/findings/{id}/change-requests", id).with(as(lab.priya()))
                        .param("version", String.valueOf(interpreted.getVersion() - 1))
                        .param("projectId", String.valueOf(lab.project())).param("title", "Washdown").param("changeClass", "NORMAL"))
                .andExpect(redirectedUrl("/research/findings/" + id)).andExpect(flash().attributeExists("flashError"));
        mvc.perform(post("/research/findings/{id}/change-requests", id).with(as(lab.priya()))
                        .param("version", String.valueOf(interpreted.getVersion()))
                        .param("projectId", String.valueOf(lab.project())).param("title", "Washdown")
                        .param("changeClass", "NORMAL").param("affectedItemKeys", "SPEC-42"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("has no spec item SPEC-42")));
        mvc.perform(post("/research/findings/{id}/change-requests", id).with(as(lab.priya()))
                        .param("version", String.valueOf(interpreted.getVersion()))
                        .param("projectId", String.valueOf(lab.project())).param("title", "Washdown-rated enclosure")
                        .param("changeClass", "NORMAL").param("targetStage", "2").param("affectedItemKeys", "SPEC-1"))
                .andExpect(redirectedUrl("/research/findings/" + id)).andExpect(flash().attributeExists("flash"));
        Finding actioned = read(id);
        assertThat(actioned.getActions()).hasSize(1);
        mvc.perform(get("/research/projects/{p}/flag", lab.project()).with(as(lab.team().engineer())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("data-testid=\"research-flag\""))));
        mvc.perform(get("/research/findings/{id}", id).with(as(lab.priya()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("CR-" + actioned.getActions().get(0).changeRequest()),
                        not(containsString("data-testid=\"interpretation-form\"")))));
    }

    @Test
    void badFactsAreShownInlineAndNothingIsSaved() throws Exception {
        long before = jdbc.queryForObject("select count(*) from research_finding", Long.class);
        mvc.perform(facts(post("/research/findings"), "", LocalDate.now()).with(as(lab.priya())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("title-error")));
        mvc.perform(facts(post("/research/findings"), "Future", LocalDate.now().plusDays(2)).with(as(lab.priya())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("observedOn-error")));
        mvc.perform(facts(post("/research/findings"), "Bad size", LocalDate.now(), "many", "")
                .with(as(lab.priya()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("sampleSize-error")));
        mvc.perform(facts(post("/research/findings"), "Bad link", LocalDate.now(), "1", "ftp://x")
                .with(as(lab.priya()))).andExpect(status().isOk()).andExpect(content().string(containsString("links-error")));
        assertThat(jdbc.queryForObject("select count(*) from research_finding", Long.class)).isEqualTo(before);

        Finding finding = ChangeControlFixtures.as(lab.priya(), () -> research.surface(new FindingDraft("Washdown",
                null, org.integrationgateway.research.EvidenceSource.SURVEY, segment, null, List.of(), null,
                org.integrationgateway.research.Confidence.LOW, LocalDate.now())));
        mvc.perform(get("/research/findings/{id}/edit", finding.getId()).with(as(lab.priya()))).andExpect(status().isOk());
        mvc.perform(facts(post("/research/findings/{id}", finding.getId()), "Corrected", LocalDate.now())
                        .param("version", String.valueOf(finding.getVersion() + 3)).with(as(lab.priya())))
                .andExpect(redirectedUrl("/research/findings/" + finding.getId()))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(facts(post("/research/findings/{id}", finding.getId()), "Corrected", LocalDate.now())
                        .param("version", String.valueOf(finding.getVersion())).with(as(lab.priya())))
                .andExpect(redirectedUrl("/research/findings/" + finding.getId()));
        assertThat(read(finding.getId()).getTitle()).isEqualTo("Corrected");

        Finding interpreted = ChangeControlFixtures.as(lab.priya(), () -> research.interpret(finding.getId(), null,
                List.of(new BearingInput(lab.project(), null, "Relevant", false))));
        mvc.perform(post("/research/findings/{id}/dismissal", finding.getId()).with(as(lab.priya()))
                        .param("version", String.valueOf(interpreted.getVersion())).param("reason", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("reason-error")));
        mvc.perform(post("/research/findings/{id}/evidence", finding.getId()).with(as(lab.priya()))
                        .param("version", String.valueOf(interpreted.getVersion())).param("projectId", "")
                        .param("itemKeys", "SPEC-1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("projectId-error")));
        mvc.perform(post("/research/findings/{id}/dismissal", finding.getId()).with(as(lab.priya()))
                        .param("version", String.valueOf(interpreted.getVersion())).param("reason", "Not our market"))
                .andExpect(redirectedUrl("/research/findings/" + finding.getId()));
        mvc.perform(get("/research/findings/{id}", finding.getId()).with(as(lab.team().engineer())))
                .andExpect(content().string(allOf(containsString("Not our market"),
                        not(containsString("data-testid=\"dismiss-form\"")))));
    }

    @Test
    void theBoardShowsTabsCountsFiltersAndSearch() throws Exception {
        Finding washdown = ChangeControlFixtures.as(lab.priya(), () -> research.surface(new FindingDraft(
                "Washdown enclosures", null, org.integrationgateway.research.EvidenceSource.INTERVIEW, segment,
                "IP69K", List.of(), 12, org.integrationgateway.research.Confidence.HIGH, LocalDate.now())));
        Finding other = ChangeControlFixtures.as(lab.priya(), () -> research.surface(new FindingDraft(
                "Faster changeover", null, org.integrationgateway.research.EvidenceSource.SURVEY, segment,
                null, List.of(), null, org.integrationgateway.research.Confidence.LOW, LocalDate.now())));
        ChangeControlFixtures.as(lab.priya(), () -> research.interpret(other.getId(), null,
                List.of(new BearingInput(lab.project(), "SPEC-1", "Contradicts", true))));

        mvc.perform(get("/research").param("segment", segment).with(as(lab.team().engineer()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-finding=\"" + washdown.key() + "\""),
                        not(containsString("data-finding=\"" + other.key() + "\"")),
                        containsString("data-testid=\"count-NEW\">1<"), containsString("data-testid=\"count-INTERPRETED\">1<"),
                        not(containsString("data-testid=\"new-finding\"")))));
        mvc.perform(get("/research").param("segment", segment).param("state", "interpreted").with(as(lab.priya())))
                .andExpect(content().string(allOf(containsString("data-finding=\"" + other.key() + "\""),
                        containsString("data-testid=\"flagged\""), containsString("data-testid=\"new-finding\""))));
        mvc.perform(get("/research").param("segment", segment).param("q", "ip69k").with(as(lab.priya())))
                .andExpect(content().string(allOf(containsString("data-finding=\"" + washdown.key() + "\""),
                        containsString("data-testid=\"count-INTERPRETED\">0<"))));
        mvc.perform(get("/research").param("segment", segment).param("q", "nothing like it").with(as(lab.priya())))
                .andExpect(content().string(containsString("No findings match the filters")));
        mvc.perform(get("/research").param("segment", segment).param("source", "RUMOUR").param("confidence", "sure")
                        .param("projectId", "x").with(as(lab.priya())))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("source-error"),
                        containsString("confidence-error"), containsString("projectId-error"))));
        mvc.perform(get("/research").param("projectId", String.valueOf(lab.project())).param("flagged", "true")
                        .param("state", "INTERPRETED").with(as(lab.priya())))
                .andExpect(content().string(allOf(containsString("data-finding=\"" + other.key() + "\""),
                        not(containsString("data-finding=\"" + washdown.key() + "\"")))));
    }

    @Test
    void staffReadMarketingWritesCustomersGet404AnonymousSignIn() throws Exception {
        Finding finding = ChangeControlFixtures.as(lab.priya(), () -> research.surface(new FindingDraft("Washdown",
                null, org.integrationgateway.research.EvidenceSource.SURVEY, segment, null, List.of(), null,
                org.integrationgateway.research.Confidence.LOW, LocalDate.now())));
        String page = "/research/findings/" + finding.getId();
        for (String path : List.of("/research", page, "/research/projects/" + lab.project() + "/flag")) {
            mvc.perform(get(path).with(as(lab.team().seller()))).andExpect(status().isOk());
            mvc.perform(get(path).with(as(lab.customer()))).andExpect(status().isNotFound());
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(get(page).with(as(lab.team().engineer())))
                .andExpect(content().string(allOf(containsString("marketing people, administrators and PMO"),
                        not(containsString("interpretation-form")))));
        for (String path : List.of("/research/findings/new", page + "/edit")) {
            mvc.perform(get(path).with(as(lab.team().engineer()))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(as(lab.customer()))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(as(lab.admin()))).andExpect(status().isOk());
            mvc.perform(get(path).with(as(lab.pmo()))).andExpect(status().isOk());
        }
        for (String path : List.of("/research/findings", page, page + "/interpretation", page + "/change-requests",
                page + "/evidence", page + "/dismissal")) {
            mvc.perform(post(path).with(as(lab.team().engineer()))).andExpect(status().isForbidden());
            mvc.perform(post(path).with(as(lab.customer()))).andExpect(status().isNotFound());
        }
        assertThat(read(finding.getId()).getVersion()).isEqualTo(finding.getVersion());
    }
}
