package org.integrationgateway.realtime.events;

import java.time.Instant;
import java.util.List;
import org.integrationgateway.shared.AuditedChange;

/**
 * Someone posted a comment on a discussion target ({@code targetKind} and {@code targetId}, e.g.
 * {@code change-request} 12, shown as {@code targetLabel} at {@code targetUrl}). {@code mentionedPersonIds} are the
 * people the text mentions, for notifications.
 */
public record CommentPosted(long commentId, String targetKind, long targetId, long projectId, String targetLabel,
                            String targetUrl, long authorId, String authorName, String body,
                            List<Long> mentionedPersonIds, Instant at) implements AuditedChange {

    public CommentPosted {
        mentionedPersonIds = List.copyOf(mentionedPersonIds);
    }

    @Override
    public String entityType() {
        return "comment";
    }

    @Override
    public String entityId() {
        return String.valueOf(commentId);
    }

    @Override
    public String action() {
        return "posted";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return new CommentSnapshot(commentId, targetKind, targetId, projectId, authorId, body, mentionedPersonIds, at,
                null);
    }
}
