package org.integrationgateway.realtime.events;

import java.time.Instant;
import java.util.List;
import org.integrationgateway.shared.AuditedChange;

/**
 * The author edited their comment. {@code newlyMentionedPersonIds} are the people the new text mentions and the old
 * one did not (only they are to be notified); {@code previous} and {@code current} are the comment before and after.
 */
public record CommentEdited(long commentId, String targetKind, long targetId, long projectId, String targetLabel,
                            String targetUrl, long authorId, String authorName, String body,
                            List<Long> newlyMentionedPersonIds, Instant at, CommentSnapshot previous,
                            CommentSnapshot current) implements AuditedChange {

    public CommentEdited {
        newlyMentionedPersonIds = List.copyOf(newlyMentionedPersonIds);
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
        return "edited";
    }

    @Override
    public Object before() {
        return previous;
    }

    @Override
    public Object after() {
        return current;
    }
}
