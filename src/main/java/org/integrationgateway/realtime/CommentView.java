package org.integrationgateway.realtime;

import java.time.Instant;
import java.util.List;

/**
 * A comment as pages and the API show it: the Markdown text and its safe HTML, the author's name, the people
 * mentioned, and whether the signed-in person wrote it (and so may edit it).
 */
public record CommentView(long id, CommentTarget target, long authorId, String authorName, String body, String html,
                          List<MentionedPerson> mentions, Instant createdAt, Instant editedAt, long version,
                          boolean mine) {

    public boolean edited() {
        return editedAt != null;
    }
}
