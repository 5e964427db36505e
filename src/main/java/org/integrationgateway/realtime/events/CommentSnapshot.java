package org.integrationgateway.realtime.events;

import java.time.Instant;
import java.util.List;

/** A comment as the audit log records it: its target, author, Markdown text, mentioned people and times. */
public record CommentSnapshot(long id, String targetKind, long targetId, long projectId, long authorId, String body,
                              List<Long> mentionedPersonIds, Instant createdAt, Instant editedAt) {

    public CommentSnapshot {
        mentionedPersonIds = List.copyOf(mentionedPersonIds);
    }
}
