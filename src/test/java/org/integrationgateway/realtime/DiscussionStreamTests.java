package org.integrationgateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.stagegate.Gatekeeping;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Posting a comment appends {@code comment.posted} to the event stream in the same transaction, with its topics. */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestUsers.class)
class DiscussionStreamTests {

    @Autowired Discussions discussions;
    @Autowired ChangeControlFixtures fixtures;
    @Autowired Gatekeeping gatekeeping;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    Team team;
    long review;

    @BeforeEach
    void setUp() {
        team = fixtures.team(true);
        review = ChangeControlFixtures.as(team.manager(), () -> gatekeeping.schedule(team.id(),
                LocalDate.now().plusDays(2), team.tom().person(), null)).getId();
    }

    List<Map<String, Object>> streamed() {
        return jdbc.queryForList("select type, audience, project_id, topics, payload from stream_event where topics like ?",
                "% gate-review:" + review + " %");
    }

    @Test
    void postingAppendsCommentPostedWithTheProjectAndTargetTopics() {
        CommentView posted = ChangeControlFixtures.as(team.manager(),
                () -> discussions.post(CommentTarget.of("gate-review", review), "Ready for the gate?"));
        List<Map<String, Object>> comments = streamed().stream().filter(e -> e.get("type").equals("comment.posted")).toList();
        assertThat(comments).singleElement().satisfies(event -> {
            assertThat(event.get("audience")).isEqualTo("INTERNAL");
            assertThat(((Number) event.get("project_id")).longValue()).isEqualTo(team.id());
            assertThat(EventStream.decodeTopics((String) event.get("topics")))
                    .containsExactlyInAnyOrder("project:" + team.id(), "gate-review:" + review);
            assertThat((String) event.get("payload")).contains("\"commentId\":" + posted.id())
                    .contains("\"body\":\"Ready for the gate?\"");
        });
    }

    @Test
    void mentionedPeopleAreNotifiedOnceAndOnlyNewMentionsOfAnEditCount() {
        String lena = "lena" + team.code().toLowerCase();
        String priya = "priya" + team.code().toLowerCase();
        jdbc.update("update person set email = ? where id = ?", lena + "@kestrel.test", team.engineer().person());
        jdbc.update("update person set email = ? where id = ?", priya + "@kestrel.test", team.marketer().person());

        CommentView posted = ChangeControlFixtures.as(team.manager(),
                () -> discussions.post(CommentTarget.of("gate-review", review), "@" + lena + " please check the scores"));
        ChangeControlFixtures.as(team.manager(), () -> discussions.edit(posted.id(), posted.version(),
                "@" + lena + " and @" + priya + " please check the scores"));

        assertThat(mentions(team.engineer().person())).containsExactly("/gate-reviews/" + review + "#comment-" + posted.id());
        assertThat(mentions(team.marketer().person())).hasSize(1);
        assertThat(mentions(team.manager().person())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from stream_event where type = 'inbox.notification' and person_id = ?",
                Integer.class, team.engineer().person())).isEqualTo(1);
    }

    private List<String> mentions(long person) {
        return jdbc.queryForList("select link from notification where person_id = ? and kind = 'MENTIONED'", String.class,
                person);
    }

    @Test
    void aRolledBackPostLeavesNeitherCommentNorStreamEvent() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            ChangeControlFixtures.as(team.manager(),
                    () -> discussions.post(CommentTarget.of("gate-review", review), "Never committed"));
            assertThat(streamed()).extracting(e -> e.get("type")).contains("comment.posted");
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(streamed()).extracting(e -> e.get("type")).doesNotContain("comment.posted");
        assertThat(jdbc.queryForObject("select count(*) from discussion_comment where target_kind = 'gate-review' and "
                + "target_id = ?", Integer.class, review)).isZero();
    }

    @Test
    void theTopicsAreTheProjectsAndTheTargets() {
        assertThat(DiscussionStreamAppender.topics(7, "spec-item", 5)).containsExactly("project:7", "spec-item:5");
    }
}
