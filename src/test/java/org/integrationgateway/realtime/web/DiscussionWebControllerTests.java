package org.integrationgateway.realtime.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The discussion fragment: embedded in the three pages, the empty state, posting and inline errors through htmx,
 * the plain-form fallback, editing one's own comment in place, safe rendering and who may do what.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class DiscussionWebControllerTests extends DiscussionTestSupport {

    @BeforeEach
    void setUp() {
        setUpTeam();
    }

    static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true");
    }

    Document page(String url, CurrentUser user) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(TestUsers.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theChangeRequestSpecItemAndGateReviewPagesEmbedTheirDiscussion() throws Exception {
        assertThat(page("/changes/" + changeRequest, team.manager().user()).select("section#discussion").attr("hx-get"))
                .isEqualTo("/discussions/change-request/" + changeRequest);
        Document item = page("/spec-items/" + specItem, team.manager().user());
        assertThat(item.select("section#discussion").attr("hx-get")).isEqualTo("/discussions/spec-item/" + specItem);
        assertThat(item.select("section#discussion").attr("hx-trigger")).contains("live:comment from:body");
        assertThat(item.select("section#discussion").attr("data-live-topics")).isEqualTo("spec-item:" + specItem);
        assertThat(page("/gate-reviews/" + gateReview, team.manager().user()).select("section#discussion").attr("hx-get"))
                .isEqualTo("/discussions/gate-review/" + gateReview);
    }

    @Test
    void anEmptyDiscussionSaysSoAndOffersALabelledForm() throws Exception {
        Document thread = page("/discussions/change-request/" + changeRequest, team.engineer().user());
        assertThat(thread.select(".empty-state").text()).contains("No comments yet");
        String textarea = "textarea#comment-body-change-request-" + changeRequest;
        assertThat(thread.select(textarea)).hasSize(1);
        assertThat(thread.select("label[for=comment-body-change-request-" + changeRequest + "]").text())
                .isEqualTo("Add a comment");
        assertThat(thread.select("form").attr("hx-post")).isEqualTo("/discussions/change-request/" + changeRequest + "/comments");
    }

    @Test
    void postingThroughHtmxAnswersTheThreadWithTheCommentAndMentionBadge() throws Exception {
        String lena = handleOf("lena.vogt");
        String html = mvc.perform(htmx(post("/discussions/spec-item/" + specItem + "/comments"))
                        .param("body", "Is **900 mm** right, @" + lena + "? <script>alert(1)</script>")
                        .with(TestUsers.as(team.manager().user())).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document thread = Jsoup.parse(html);
        assertThat(thread.select("[data-testid=comment-body]").text()).doesNotContain("From the admin account");
        assertThat(thread.select("[data-testid=comment-body] strong").text()).isEqualTo("900 mm");
        assertThat(thread.select("span.mention").text()).isEqualTo("@" + lena);
        assertThat(thread.select("span.mention").attr("title")).isEqualTo("Lena Vogt");
        assertThat(thread.select("[data-testid=comment-body] script")).isEmpty();
        assertThat(thread.select("[data-testid=edit-comment]")).hasSize(1);
        assertThat(thread.select("textarea").text()).isEmpty();
        assertThat(thread.select("[data-testid=comment-count]").text()).isEqualTo("1");

        Document asLena = page("/discussions/spec-item/" + specItem, team.engineer().user());
        assertThat(asLena.select("[data-testid=comment]")).hasSize(1);
        assertThat(asLena.select("[data-testid=edit-comment]")).isEmpty();
    }

    @Test
    void aBlankCommentIsRefusedInlineAndNothingIsSaved() throws Exception {
        String html = mvc.perform(htmx(post("/discussions/change-request/" + changeRequest + "/comments"))
                        .param("body", "  ").with(TestUsers.as(team.manager().user())).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document thread = Jsoup.parse(html);
        String field = "comment-body-change-request-" + changeRequest;
        assertThat(thread.select("#" + field).hasClass("is-invalid")).isTrue();
        assertThat(thread.select("#" + field).attr("aria-describedby")).contains(field + "-error");
        assertThat(thread.select("#" + field + "-error").text()).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from discussion_comment where target_id = ?", Integer.class,
                changeRequest)).isZero();
    }

    @Test
    void withoutHtmxPostingReturnsToTheThingsPage() throws Exception {
        mvc.perform(post("/discussions/gate-review/" + gateReview + "/comments").param("body", "Plain form")
                        .with(TestUsers.as(team.manager().user())).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/gate-reviews/" + gateReview + "#discussion"));
        mvc.perform(post("/discussions/gate-review/" + gateReview + "/comments").param("body", "")
                        .with(TestUsers.as(team.manager().user())).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForList("select body from discussion_comment where target_id = ? and target_kind = 'gate-review'",
                String.class, gateReview)).containsExactly("Plain form");
    }

    @Test
    void theAuthorEditsInPlaceAndAStaleEditIsShownInline() throws Exception {
        long comment = comment("change-request", changeRequest, "First thought", team.manager());
        long version = versionOf(comment);
        Document form = page("/discussions/comments/" + comment + "/edit", team.manager().user());
        assertThat(form.select("textarea#comment-" + comment + "-body").text()).isEqualTo("First thought");
        assertThat(form.select("input[name=version]").val()).isEqualTo(String.valueOf(version));

        mvc.perform(htmx(post("/discussions/comments/" + comment)).param("body", "Second thought")
                        .param("version", String.valueOf(version))
                        .with(TestUsers.as(team.manager().user())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Second thought")))
                .andExpect(content().string(containsString("data-testid=\"comment-edited\"")));

        mvc.perform(htmx(post("/discussions/comments/" + comment)).param("body", "Third thought")
                        .param("version", String.valueOf(version))
                        .with(TestUsers.as(team.manager().user())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("changed by someone else")))
                .andExpect(content().string(containsString("data-comment-edit")));
        mvc.perform(htmx(post("/discussions/comments/" + comment)).param("body", "")
                        .param("version", String.valueOf(versionOf(comment)))
                        .with(TestUsers.as(team.manager().user())).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        assertThat(jdbc.queryForObject("select body from discussion_comment where id = ?", String.class, comment))
                .isEqualTo("Second thought");

        mvc.perform(get("/discussions/comments/" + comment).with(TestUsers.as(team.engineer().user())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Second thought")))
                .andExpect(content().string(not(containsString("edit-comment"))));
    }

    @Test
    void onlyTheAuthorMayOpenOrSendAnEdit() throws Exception {
        long comment = comment("change-request", changeRequest, "Mine", team.manager());
        mvc.perform(get("/discussions/comments/" + comment + "/edit").with(TestUsers.as(team.engineer().user())))
                .andExpect(status().isForbidden());
        mvc.perform(htmx(post("/discussions/comments/" + comment)).param("body", "Yours")
                        .param("version", String.valueOf(versionOf(comment)))
                        .with(TestUsers.as(team.engineer().user())).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRefusedPostOrEditThroughHtmxComesBackAsTheFormWithTheMessageInlineAndItsStatus() throws Exception {
        long comment = comment("change-request", changeRequest, "Mine", team.manager());
        String refused = mvc.perform(htmx(post("/discussions/comments/" + comment)).param("body", "Yours, rewritten")
                        .param("version", String.valueOf(versionOf(comment)))
                        .with(TestUsers.as(team.engineer().user())).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(header().string("HX-Reswap", "outerHTML"))
                .andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(refused);
        assertThat(form.select("form[data-comment-edit] [role=alert]").text())
                .contains("Only the author of a comment may edit it.");
        assertThat(form.select("form[data-comment-edit] textarea[name=body]").text()).isEqualTo("Yours, rewritten");
        assertThat(refused).doesNotContain("id=\"live-indicator\"");
        mvc.perform(get("/discussions/comments/" + comment).with(TestUsers.as(team.manager().user())))
                .andExpect(content().string(containsString("Mine")));

        CurrentUser administrator = users.create(Role.ADMINISTRATOR);
        String notAPerson = mvc.perform(htmx(post("/discussions/change-request/" + changeRequest + "/comments"))
                        .param("body", "From the admin account").with(TestUsers.as(administrator)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(header().string("HX-Reswap", "outerHTML"))
                .andReturn().getResponse().getContentAsString();
        Document thread = Jsoup.parse(notAPerson);
        assertThat(thread.select(".discussion form [role=alert]").text()).contains("Only people of the organisation");
        assertThat(thread.select(".discussion textarea[name=body]").text()).isEqualTo("From the admin account");
        assertThat(thread.select("[data-testid=comment-body]").text()).doesNotContain("From the admin account");

        mvc.perform(post("/discussions/change-request/" + changeRequest + "/comments").param("body", "Plain form")
                        .with(TestUsers.as(administrator)).with(csrf()))
                .andExpect(status().isForbidden()).andExpect(header().doesNotExist("HX-Reswap"));
    }

    @Test
    void customersAndAnonymousVisitorsReachNoDiscussion() throws Exception {
        CurrentUser customer = users.create(1L, Role.CUSTOMER_CONTACT);
        mvc.perform(get("/discussions/change-request/" + changeRequest).with(TestUsers.as(customer)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/discussions/change-request/" + changeRequest + "/comments").param("body", "Hi")
                .with(TestUsers.as(customer)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/discussions/change-request/" + changeRequest)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/discussions/spec-item/999999").with(TestUsers.as(team.manager().user())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/discussions/meeting/1").with(TestUsers.as(team.manager().user())))
                .andExpect(status().isNotFound());
    }
}
