package org.integrationgateway.realtime;

import java.util.List;
import java.util.Locale;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.events.ChangeRequestDecided;
import org.integrationgateway.changecontrol.events.ChangeRequestSnapshot;
import org.integrationgateway.changecontrol.events.ChangeRequestTransitioned;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.portfolio.events.AssignmentSnapshot;
import org.integrationgateway.portfolio.events.MatrixAssignmentAdded;
import org.integrationgateway.stagegate.events.GateReviewScheduled;
import org.integrationgateway.stagegate.events.ReviewSnapshot;
import org.springframework.context.MessageSource;
import org.integrationgateway.realtime.events.CommentEdited;
import org.integrationgateway.realtime.events.CommentPosted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns domain events into notifications, synchronously in the transaction that published them (like the audit
 * log), so a notification exists exactly when its cause is committed:
 * <ul>
 * <li>a change request that enters AWAITING_DECISION (other than a standard change the delegated envelope approves
 * at once), or an emergency change when it is submitted → DECISION_NEEDED for its project's board;</li>
 * <li>a gate review scheduled → DECISION_NEEDED for its gatekeepers;</li>
 * <li>a change request decided → DECIDED for its requester;</li>
 * <li>a person assigned to a project → ASSIGNED for them.</li>
 * </ul>
 * Anything about an emergency change, and every decision needed, is urgent (e-mailed at once). Titles are written
 * in English (the messages' default locale) when the notification is made.
 */
@Component
class NotificationTriggers {

    static final String DECISION_NEEDED_TRIGGER = "decision-needed";

    private final Inbox inbox;
    private final ChangeControl changeControl;
    private final Portfolio portfolio;
    private final MessageSource messages;

    NotificationTriggers(Inbox inbox, ChangeControl changeControl, Portfolio portfolio, MessageSource messages) {
        this.inbox = inbox;
        this.changeControl = changeControl;
        this.portfolio = portfolio;
        this.messages = messages;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ChangeRequestTransitioned event) {
        ChangeRequestSnapshot request = event.changeRequest();
        boolean emergency = isEmergency(request);
        boolean awaiting = "AWAITING_DECISION".equals(event.toState()) && !"STANDARD".equals(request.changeClass());
        boolean emergencySubmitted = emergency && "SUBMITTED".equals(event.toState());
        if (!awaiting && !emergencySubmitted) {
            return;
        }
        List<Long> board = changeControl.board(request.projectId()).memberIds();
        inbox.notify(board, NotificationKind.DECISION_NEEDED,
                text(emergency ? "inbox.title.emergency-decision-needed" : "inbox.title.decision-needed",
                        key(request), request.title()),
                changeLink(request), request.projectId(), changeSource(request), DECISION_NEEDED_TRIGGER, true);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ChangeRequestDecided event) {
        ChangeRequestSnapshot request = event.changeRequest();
        if (request.requesterId() == null) {
            return;
        }
        String outcome = text("inbox.outcome." + event.outcome().toLowerCase(Locale.ROOT));
        inbox.notify(List.of(request.requesterId()), NotificationKind.DECIDED,
                text("inbox.title.decided", key(request), request.title(), outcome), changeLink(request),
                request.projectId(), changeSource(request), "decided-" + event.decidedAt().toEpochMilli(),
                isEmergency(request));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(GateReviewScheduled event) {
        ReviewSnapshot review = event.review();
        Project project = portfolio.project(review.projectId());
        inbox.notify(review.gatekeeperIds(), NotificationKind.DECISION_NEEDED,
                text("inbox.title.gate-review", review.gateName(), project.getCode(), review.scheduledOn()),
                "/gate-reviews/" + review.reviewId(), review.projectId(), Topics.gateReview(review.reviewId()),
                "scheduled", true);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MatrixAssignmentAdded event) {
        AssignmentSnapshot assignment = event.assignment();
        Project project = portfolio.project(assignment.projectId());
        String role = text("inbox.role." + assignment.projectRole().toLowerCase(Locale.ROOT).replace('_', '-'));
        inbox.notify(List.of(assignment.personId()), NotificationKind.ASSIGNED,
                text("inbox.title.assigned", project.getCode(), project.getName(), role),
                "/projects/" + assignment.projectId(), assignment.projectId(), "matrix-assignment:" + assignment.id(),
                "added", false);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CommentPosted event) {
        inbox.notifyMentioned(event.mentionedPersonIds(),
                text("inbox.title.mentioned", event.authorName(), event.targetLabel()),
                event.targetUrl() + "#comment-" + event.commentId(), event.projectId(),
                event.targetKind() + ":" + event.targetId(), "comment-" + event.commentId());
    }

    /** Only people newly mentioned by an edit are told; the trigger is the comment, so nobody is told twice. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CommentEdited event) {
        inbox.notifyMentioned(event.newlyMentionedPersonIds(),
                text("inbox.title.mentioned", event.authorName(), event.targetLabel()),
                event.targetUrl() + "#comment-" + event.commentId(), event.projectId(),
                event.targetKind() + ":" + event.targetId(), "comment-" + event.commentId());
    }

    static boolean isEmergency(ChangeRequestSnapshot request) {
        return "EMERGENCY".equals(request.changeClass());
    }

    static String key(ChangeRequestSnapshot request) {
        return "CR-" + request.id();
    }

    static String changeLink(ChangeRequestSnapshot request) {
        return "/changes/" + request.id();
    }

    static String changeSource(ChangeRequestSnapshot request) {
        return Topics.changeRequest(request.id());
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, Locale.ENGLISH);
    }
}
