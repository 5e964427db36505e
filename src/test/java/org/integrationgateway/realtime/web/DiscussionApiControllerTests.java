package org.integrationgateway.realtime.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who may read, post and edit discussions through the API (anonymous 401, customer contacts 404, staff read and post
 * on every kind, only the author edits), and how bad input, unknown targets and stale versions answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class DiscussionApiControllerTests extends DiscussionTestSupport {

    CurrentUser customer;

    @BeforeEach
    void setUp() {
        setUpTeam();
        customer = users.create(1L, Role.CUSTOMER_CONTACT);
    }

    int commentCount() {
        return jdbc.queryForObject("select count(*) from discussion_comment", Integer.class);
    }

    @Test
    void staffReadAndPostOnChangeRequestsSpecItemsAndGateReviews() throws Exception {
        for (String[] target : new String[][] {{"change-request", "" + changeRequest}, {"spec-item", "" + specItem},
                {"gate-review", "" + gateReview}}) {
            long id = Long.parseLong(target[1]);
            comment(target[0], id, "On " + target[0], team.outsider());
            mvc.perform(get(comments(target[0], id)).with(as(team.engineer()))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[0].body").value("On " + target[0]))
                    .andExpect(jsonPath("$.content[0].target.kind").value(target[0]));
        }
        CurrentUser pmo = users.create(Role.PMO);
        mvc.perform(get(comments("gate-review", gateReview)).with(as(pmo))).andExpect(status().isOk());
    }

    @Test
    void anonymousIsUnauthorisedAndCustomerContactsSeeNothing() throws Exception {
        int before = commentCount();
        anonymous(get(comments("change-request", changeRequest)), "").andExpect(status().isUnauthorized());
        anonymous(post(comments("change-request", changeRequest)), body("Hi")).andExpect(status().isUnauthorized());
        mvc.perform(get(comments("change-request", changeRequest)).with(as(customer))).andExpect(status().isNotFound());
        send(post(comments("spec-item", specItem)), body("Hi"), customer).andExpect(status().isNotFound());
        long comment = comment("gate-review", gateReview, "Internal", team.manager());
        mvc.perform(get("/api/comments/" + comment).with(as(customer))).andExpect(status().isNotFound());
        send(patch("/api/comments/" + comment), edit("x", versionOf(comment)), customer).andExpect(status().isNotFound());
        assertThat(commentCount()).isEqualTo(before + 1);
    }

    @Test
    void onlyTheAuthorEditsAComment() throws Exception {
        long comment = comment("change-request", changeRequest, "Mine", team.manager());
        send(patch("/api/comments/" + comment), edit("Not yours", versionOf(comment)), team.engineer())
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("not-author"));
        CurrentUser administrator = users.create(Role.ADMINISTRATOR);
        send(patch("/api/comments/" + comment), edit("Not yours either", versionOf(comment)), administrator)
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select body from discussion_comment where id = ?", String.class, comment))
                .isEqualTo("Mine");
    }

    @Test
    void anAccountWithoutAPersonMayReadButNotPost() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        mvc.perform(get(comments("change-request", changeRequest)).with(as(staff))).andExpect(status().isOk());
        send(post(comments("change-request", changeRequest)), body("Hi"), staff)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("no-person"));
    }

    @Test
    void badInputAnswersProblemDetails() throws Exception {
        int before = commentCount();
        send(post(comments("change-request", changeRequest)), body("   "), team.manager())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
        send(post(comments("change-request", changeRequest)), "{}", team.manager()).andExpect(status().isBadRequest());
        send(post(comments("change-request", changeRequest)), body("x".repeat(7001)), team.manager())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
        send(post(comments("change-request", changeRequest)), "{\"body\":", team.manager())
                .andExpect(status().isBadRequest());
        send(post(comments("Change_Request", changeRequest)), body("Hi"), team.manager())
                .andExpect(status().isBadRequest());
        mvc.perform(get(comments("change-request", changeRequest) + "?size=101").with(as(team.manager())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/discussions/change-request/abc/comments").with(as(team.manager())))
                .andExpect(status().isBadRequest());
        long comment = comment("change-request", changeRequest, "Fine", team.manager());
        send(patch("/api/comments/" + comment), "{\"body\":\"No version\"}", team.manager())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        send(patch("/api/comments/" + comment), edit("", versionOf(comment)), team.manager())
                .andExpect(status().isBadRequest());
        assertThat(commentCount()).isEqualTo(before + 1);
    }

    @Test
    void theLongestTextWithCharactersThatNeedEscapingIsPostedAndAudited() throws Exception {
        long comment = comment("spec-item", specItem, "\"\\".repeat(3500), team.engineer());
        send(patch("/api/comments/" + comment), edit("\"".repeat(7000), versionOf(comment)), team.engineer())
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'comment' and entity_id = ?",
                Integer.class, String.valueOf(comment))).isEqualTo(2);
    }

    @Test
    void unknownTargetsAndCommentsAreNotFound() throws Exception {
        mvc.perform(get(comments("change-request", 999_999)).with(as(team.manager()))).andExpect(status().isNotFound());
        mvc.perform(get(comments("spec-item", 999_999)).with(as(team.manager()))).andExpect(status().isNotFound());
        mvc.perform(get(comments("gate-review", 999_999)).with(as(team.manager()))).andExpect(status().isNotFound());
        send(post(comments("quote", 1)), body("Hi"), team.manager()).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(get("/api/comments/999999").with(as(team.manager()))).andExpect(status().isNotFound());
        send(patch("/api/comments/999999"), edit("x", 1), team.manager()).andExpect(status().isNotFound());
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        long comment = comment("change-request", changeRequest, "Original", team.manager());
        long version = versionOf(comment);
        send(patch("/api/comments/" + comment), edit("First edit", version), team.manager()).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version + 1));
        send(patch("/api/comments/" + comment), edit("Second edit", version), team.manager())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stale-version"));
        assertThat(jdbc.queryForObject("select body from discussion_comment where id = ?", String.class, comment))
                .isEqualTo("First edit");
    }

    @Test
    void theOperationsAreDocumentedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/discussions/{kind}/{id}/comments'].get.summary").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/discussions/{kind}/{id}/comments'].post.summary").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/comments/{id}'].get.summary").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/comments/{id}'].patch.summary").isNotEmpty());
    }
}
