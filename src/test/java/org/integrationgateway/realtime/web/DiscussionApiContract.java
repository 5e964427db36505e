package org.integrationgateway.realtime.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A discussion end to end on a real database: post with a mention, read oldest first, edit, audit and stream. */
abstract class DiscussionApiContract extends DiscussionTestSupport {

    @BeforeEach
    void setUp() {
        setUpTeam();
    }

    @Test
    void aThreadWithMentionsEditsAuditAndStreamEvents() throws Exception {
        String lena = handleOf("lena.vogt");
        send(post(comments("change-request", changeRequest)), body("Can we keep **900 mm**? @" + lena + " @nobody.x"),
                team.manager())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern(".*/api/comments/\\d+")))
                .andExpect(jsonPath("$.author.id").value(team.manager().person()))
                .andExpect(jsonPath("$.author.name").value("Sofia Marin"))
                .andExpect(jsonPath("$.target.kind").value("change-request"))
                .andExpect(jsonPath("$.target.id").value(changeRequest))
                .andExpect(jsonPath("$.mentions[0].personId").value(team.engineer().person()))
                .andExpect(jsonPath("$.mentions[0].handle").value(lena))
                .andExpect(jsonPath("$.mentions.length()").value(1))
                .andExpect(jsonPath("$.html").value(containsString("<strong>900 mm</strong>")))
                .andExpect(jsonPath("$.html").value(containsString("class=\"badge rounded-pill text-bg-info mention\"")))
                .andExpect(jsonPath("$.mine").value(true));
        long first = jdbc.queryForObject("select max(id) from discussion_comment where target_id = ?", Long.class,
                changeRequest);
        long second = comment("change-request", changeRequest, "I agree.", team.engineer());

        mvc.perform(get(comments("change-request", changeRequest)).with(as(team.outsider())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].id").value(first))
                .andExpect(jsonPath("$.content[1].id").value(second))
                .andExpect(jsonPath("$.content[0].mine").value(false));
        mvc.perform(get(comments("change-request", changeRequest) + "?page=1&size=1").with(as(team.engineer())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].id").value(second))
                .andExpect(jsonPath("$.totalPages").value(2));

        String olga = handleOf("olga.outside");
        send(patch("/api/comments/" + first), edit("Can we keep 900 mm? @" + lena + " @" + olga, versionOf(first)),
                team.manager())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.editedAt").isNotEmpty())
                .andExpect(jsonPath("$.mentions.length()").value(2));

        assertThat(jdbc.queryForList("select person from discussion_mention where comment = ? order by person",
                Long.class, first)).containsExactlyInAnyOrder(team.engineer().person(), team.outsider().person());
        List<Map<String, Object>> audit = jdbc.queryForList(
                "select action, before_state, after_state from audit_entry where entity_type = 'comment' and entity_id = ?"
                        + " order by id", String.valueOf(first));
        assertThat(audit).extracting(row -> row.get("action")).containsExactly("posted", "edited");
        assertThat((String) audit.get(1).get("before_state")).contains("**900 mm**");
        assertThat((String) audit.get(1).get("after_state")).contains(olga);

        assertThat(streamTypes("change-request:" + changeRequest))
                .containsSubsequence("comment.posted", "comment.posted", "comment.edited");
        String edited = jdbc.queryForObject("select payload from stream_event where type = 'comment.edited' and topics like ?",
                String.class, "% change-request:" + changeRequest + " %");
        assertThat(edited).contains("\"newlyMentionedPersonIds\":[" + team.outsider().person() + "]");

        send(patch("/api/comments/" + first), edit("Stale", 0), team.manager())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stale-version"));
        mvc.perform(get("/api/comments/" + first).with(as(team.engineer())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.body").value(not(containsString("Stale"))));
    }
}
