package org.integrationgateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.integrationgateway.realtime.events.CommentEdited;
import org.integrationgateway.realtime.events.CommentPosted;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotPermittedException;
import org.junit.jupiter.api.Test;

class CommentTests {

    static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    static final DiscussionSubject CR_12 = new DiscussionSubject(CommentTarget.of("change-request", 12), 7,
            "CR-12 Conveyor height", "/changes/12");
    static final long SOFIA = 4;
    static final long LENA = 5;
    static final long TOM = 6;

    static Comment saved(String body, Long... mentioned) {
        return new Comment(31L, "change-request", 12, 7, SOFIA, body, NOW, null,
                Set.of(mentioned).stream().map(CommentMention::new).collect(java.util.stream.Collectors.toSet()), 1L);
    }

    @Test
    void aPostedCommentCarriesItsTargetAuthorTextAndMentions() {
        Comment comment = Comment.write(CR_12, SOFIA, "  Can we keep 900 mm? @lena  ", List.of(LENA, LENA), NOW);
        assertThat(comment.getBody()).isEqualTo("Can we keep 900 mm? @lena");
        assertThat(comment.target()).isEqualTo(CommentTarget.of("change-request", 12));
        assertThat(comment.getProjectId()).isEqualTo(7);
        assertThat(comment.mentionedPersonIds()).containsExactly(LENA);

        Comment withId = saved(comment.getBody(), LENA);
        withId.posted(CR_12, "Sofia Marin");
        assertThat(withId.pendingEvents()).singleElement().isInstanceOfSatisfying(CommentPosted.class, posted -> {
            assertThat(posted.commentId()).isEqualTo(31);
            assertThat(posted.targetKind()).isEqualTo("change-request");
            assertThat(posted.targetId()).isEqualTo(12);
            assertThat(posted.targetLabel()).isEqualTo("CR-12 Conveyor height");
            assertThat(posted.authorId()).isEqualTo(SOFIA);
            assertThat(posted.mentionedPersonIds()).containsExactly(LENA);
            assertThat(posted.entityType()).isEqualTo("comment");
            assertThat(posted.action()).isEqualTo("posted");
            assertThat(posted.before()).isNull();
            assertThat(posted.after()).isNotNull();
        });
    }

    @Test
    void aCommentNeedsTextOfAtMostSevenThousandCharactersWithoutControlCharacters() {
        assertThatThrownBy(() -> Comment.write(CR_12, SOFIA, "   ", List.of(), NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("body"));
        assertThatThrownBy(() -> Comment.write(CR_12, SOFIA, "x".repeat(Comment.MAX_BODY + 1), List.of(), NOW))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(Comment.write(CR_12, SOFIA, "x".repeat(Comment.MAX_BODY), List.of(), NOW).getBody())
                .hasSize(Comment.MAX_BODY);
        assertThatThrownBy(() -> Comment.write(CR_12, SOFIA, "bell\u0007", List.of(), NOW))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(Comment.write(CR_12, SOFIA, "one\r\ntwo\tthree", List.of(), NOW).getBody())
                .isEqualTo("one\ntwo\tthree");
    }

    @Test
    void onlyTheAuthorEditsTheirComment() {
        Comment comment = saved("First thought");
        assertThatThrownBy(() -> comment.edit(LENA, 1L, "Hijacked", List.of(), CR_12, "Lena Vogt", NOW))
                .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.code()).isEqualTo("not-author"));
        assertThat(comment.getBody()).isEqualTo("First thought");
        assertThat(comment.pendingEvents()).isEmpty();
    }

    @Test
    void anEditFromAStaleVersionIsAConflictAndChangesNothing() {
        Comment comment = saved("First thought");
        assertThatThrownBy(() -> comment.edit(SOFIA, 0L, "Second thought", List.of(), CR_12, "Sofia Marin", NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("stale-version"));
        assertThatThrownBy(() -> comment.edit(SOFIA, null, "Second thought", List.of(), CR_12, "Sofia Marin", NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("version"));
        assertThat(comment.getBody()).isEqualTo("First thought");
        assertThat(comment.getEditedAt()).isNull();
    }

    @Test
    void anEditRecordsBeforeAndAfterAndNamesOnlyTheNewlyMentioned() {
        Comment comment = saved("Ask @lena", LENA);
        Instant later = NOW.plusSeconds(60);
        assertThat(comment.edit(SOFIA, 1L, "Ask @lena and @tom", List.of(LENA, TOM), CR_12, "Sofia Marin", later))
                .isTrue();
        assertThat(comment.getEditedAt()).isEqualTo(later);
        assertThat(comment.mentionedPersonIds()).containsExactly(LENA, TOM);
        assertThat(comment.pendingEvents()).singleElement().isInstanceOfSatisfying(CommentEdited.class, edited -> {
            assertThat(edited.newlyMentionedPersonIds()).containsExactly(TOM);
            assertThat(edited.previous().body()).isEqualTo("Ask @lena");
            assertThat(edited.current().body()).isEqualTo("Ask @lena and @tom");
            assertThat(edited.before()).isEqualTo(edited.previous());
            assertThat(edited.after()).isEqualTo(edited.current());
            assertThat(edited.action()).isEqualTo("edited");
        });
    }

    @Test
    void anEditThatChangesNothingIsNoEdit() {
        Comment comment = saved("Same");
        assertThat(comment.edit(SOFIA, 1L, " Same ", List.of(), CR_12, "Sofia Marin", NOW)).isFalse();
        assertThat(comment.pendingEvents()).isEmpty();
        assertThat(comment.getEditedAt()).isNull();
    }

    @Test
    void aTargetKindIsAHyphenatedWordAndItsIdPositive() {
        assertThat(CommentTarget.of("gate-review", 3).topic()).isEqualTo("gate-review:3");
        assertThatThrownBy(() -> CommentTarget.of("Gate_Review", 3)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> CommentTarget.of("spec-item", 0)).isInstanceOf(InvalidRequestException.class);
    }
}
