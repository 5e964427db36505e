package org.integrationgateway.realtime.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.integrationgateway.realtime.CommentView;
import org.integrationgateway.realtime.MentionedPerson;

/** The JSON bodies of the discussion API. */
final class DiscussionApi {

    private DiscussionApi() {
    }

    record PostCommentRequest(@Schema(description = "Markdown, at most 7,000 characters; @handle mentions a person "
            + "by the local part of their e-mail address", example = "Can we keep 900 mm? @sofia.marin") String body) {
    }

    record EditCommentRequest(@Schema(description = "The new Markdown text") String body,
                              @Schema(description = "The version the edit is based on") Long version) {
    }

    record TargetBody(String kind, long id) {
    }

    record PersonBody(long id, String name) {
    }

    record CommentResponse(long id, TargetBody target, PersonBody author,
                           @Schema(description = "The Markdown text as written") String body,
                           @Schema(description = "The text as safe HTML, mentions marked") String html,
                           List<MentionedPerson> mentions, Instant createdAt,
                           @Schema(description = "When the author last edited it; null if never") Instant editedAt,
                           long version, @Schema(description = "Whether you wrote it (and may edit it)") boolean mine) {

        static CommentResponse of(CommentView view) {
            return new CommentResponse(view.id(), new TargetBody(view.target().kind(), view.target().id()),
                    new PersonBody(view.authorId(), view.authorName()), view.body(), view.html(), view.mentions(),
                    view.createdAt(), view.editedAt(), view.version(), view.mine());
        }
    }
}
