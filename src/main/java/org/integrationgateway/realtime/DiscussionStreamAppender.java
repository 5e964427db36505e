package org.integrationgateway.realtime;

import java.util.LinkedHashSet;
import java.util.Set;
import org.integrationgateway.realtime.events.CommentEdited;
import org.integrationgateway.realtime.events.CommentPosted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends comment events to the event stream in the transaction that saves the comment, as
 * {@code comment.posted} / {@code comment.edited} for staff, on the project's topic and the target's own topic
 * ({@code change-request:12}), so the target's live page refreshes its thread. A comment on a quote may talk about
 * prices that only the quote's readers may see, so its stream payload names the comment and its target only
 * ({@link CommentNotice}); the thread is re-read through the discussion's own authorised address.
 */
@Component
class DiscussionStreamAppender {

    static final String POSTED = "comment.posted";
    static final String EDITED = "comment.edited";

    private final EventStream stream;

    DiscussionStreamAppender(EventStream stream) {
        this.stream = stream;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CommentPosted posted) {
        stream.append(StreamAppend.internal(POSTED, posted.projectId(),
                topics(posted.projectId(), posted.targetKind(), posted.targetId()),
                restricted(posted.targetKind()) ? new CommentNotice(posted.commentId(), posted.targetKind(),
                        posted.targetId(), posted.projectId(), posted.at()) : posted));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CommentEdited edited) {
        stream.append(StreamAppend.internal(EDITED, edited.projectId(),
                topics(edited.projectId(), edited.targetKind(), edited.targetId()),
                restricted(edited.targetKind()) ? new CommentNotice(edited.commentId(), edited.targetKind(),
                        edited.targetId(), edited.projectId(), edited.at()) : edited));
    }

    /** Targets whose readers are fewer than the stream's INTERNAL audience (all staff). */
    static boolean restricted(String targetKind) {
        return Topics.QUOTE.equals(targetKind);
    }

    /** What the stream carries for a comment on a restricted target: which comment, on what, when. */
    public record CommentNotice(long commentId, String targetKind, long targetId, long projectId, java.time.Instant at) {
    }

    static Set<String> topics(long projectId, String targetKind, long targetId) {
        Set<String> topics = new LinkedHashSet<>();
        topics.add(Topics.project(projectId));
        topics.add(Topics.of(targetKind, targetId));
        return topics;
    }
}
