package org.integrationgateway.realtime;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.integrationgateway.acceptance.events.AcceptanceSnapshot;
import org.integrationgateway.acceptance.events.DeliverableAccepted;
import org.integrationgateway.acceptance.events.DeliverableRejected;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.events.ChangeRequestDecided;
import org.integrationgateway.changecontrol.events.ChangeRequestSnapshot;
import org.integrationgateway.changecontrol.events.ChangeRequestTransitioned;
import org.integrationgateway.meetings.events.ActionItemAssigned;
import org.integrationgateway.meetings.events.ActionItemSnapshot;
import org.integrationgateway.meetings.events.MeetingCancelled;
import org.integrationgateway.meetings.events.MeetingRescheduled;
import org.integrationgateway.meetings.events.MeetingScheduled;
import org.integrationgateway.meetings.events.MeetingSnapshot;
import org.integrationgateway.meetings.events.StatusReportDue;
import org.integrationgateway.portfolio.AssignmentView;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.ProjectMatrix;
import org.integrationgateway.portfolio.ProjectOverview;
import org.integrationgateway.portfolio.ProjectRole;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.portfolio.events.AssignmentSnapshot;
import org.integrationgateway.portfolio.events.MatrixAssignmentAdded;
import org.integrationgateway.sales.QuoteCreators;
import org.integrationgateway.sales.events.QuoteLineAnswered;
import org.integrationgateway.sales.events.QuoteSnapshot;
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
 * <li>a customisation raised from a quote and submitted → DECISION_NEEDED (urgent) for its project's assessors and
 * board: a customer is waiting;</li>
 * <li>a gate review scheduled → DECISION_NEEDED for its gatekeepers;</li>
 * <li>a change request decided → DECIDED for its requester, unless it was raised from a quote line: then its
 * requester hears of it through the quote;</li>
 * <li>a quote's customisation answered for good (feasible, not feasible, withdrawn) → DECIDED for the person who
 * started the quote, with a link to the quote (the salesperson waits for exactly this);</li>
 * <li>a person assigned to a project → ASSIGNED for them;</li>
 * <li>a deliverable accepted or rejected by the customer → DECIDED for the project's manager (urgent for a
 * rejection: defects wait for change requests);</li>
 * <li>a project's status report due → ATTENTION for its manager (once per project and period: the trigger is the
 * period), not urgent;</li>
 * <li>a meeting scheduled → ASSIGNED for every attendee but the organiser (who scheduled it, and is the one acting);
 * rescheduled or cancelled → ASSIGNED for the attendees (each reschedule once, by its iCalendar sequence): an
 * invitation gives the person something to attend, as an assignment does; not urgent (the invitation e-mail is sent
 * anyway);</li>
 * <li>an action item taken in a meeting → ASSIGNED for its owner, unless the owner took it themselves (the person
 * acting is never notified), with a link to the meeting; not urgent.</li>
 * </ul>
 * Anything about an emergency change, and every decision needed, is urgent (e-mailed at once). Titles are written
 * in English (the messages' default locale) when the notification is made.
 */
@Component
class NotificationTriggers {

    static final String DECISION_NEEDED_TRIGGER = "decision-needed";
    static final String CUSTOMER_WAITING_TRIGGER = "customer-waiting";
    static final String QUOTE_LINE = "QUOTE_LINE";
    private static final java.util.Set<String> FINAL_ANSWERS = java.util.Set.of("FEASIBLE", "NOT_FEASIBLE", "WITHDRAWN");

    private final Inbox inbox;
    private final ChangeControl changeControl;
    private final Portfolio portfolio;
    private final MessageSource messages;
    private final QuoteCreators quoteCreators;

    private final ProjectMatrix matrix;

    NotificationTriggers(Inbox inbox, ChangeControl changeControl, Portfolio portfolio, MessageSource messages,
                         QuoteCreators quoteCreators, ProjectMatrix matrix) {
        this.quoteCreators = quoteCreators;
        this.matrix = matrix;
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
        if ("SUBMITTED".equals(event.toState()) && QUOTE_LINE.equals(request.sourceKind()) && !emergency) {
            notifyCustomerWaiting(request);
            return;
        }
        if (!awaiting && !emergencySubmitted) {
            return;
        }
        List<Long> board = changeControl.board(request.projectId()).memberIds();
        inbox.notify(board, NotificationKind.DECISION_NEEDED,
                text(emergency ? "inbox.title.emergency-decision-needed" : "inbox.title.decision-needed",
                        key(request), request.title()),
                changeLink(request), request.projectId(), changeSource(request), DECISION_NEEDED_TRIGGER, true);
    }

    /**
     * A customisation a customer is waiting for, raised from a quote: its project's assessors (the manager, engineers
     * and designers) and its board hear of it at once (urgent), since the answer is wanted while the customer is in
     * the room.
     */
    private void notifyCustomerWaiting(ChangeRequestSnapshot request) {
        ProjectOverview overview = matrix.overview(request.projectId());
        Set<Long> people = new LinkedHashSet<>();
        people.add(overview.project().getManager());
        for (AssignmentView assignment : overview.matrix()) {
            if ((assignment.projectRole() == ProjectRole.ENGINEER || assignment.projectRole() == ProjectRole.DESIGNER
                    || assignment.projectRole() == ProjectRole.PROJECT_MANAGER)
                    && !assignment.endDate().isBefore(matrix.today())) {
                people.add(assignment.personId());
            }
        }
        people.addAll(changeControl.board(request.projectId()).memberIds());
        if (request.requesterId() != null) {
            people.remove(request.requesterId());
        }
        inbox.notify(List.copyOf(people), NotificationKind.DECISION_NEEDED,
                text("inbox.title.customer-waiting", key(request), request.title()), changeLink(request),
                request.projectId(), changeSource(request), CUSTOMER_WAITING_TRIGGER, true);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ChangeRequestDecided event) {
        ChangeRequestSnapshot request = event.changeRequest();
        if (request.requesterId() == null || QUOTE_LINE.equals(request.sourceKind())) {
            return;
        }
        String outcome = text("inbox.outcome." + event.outcome().toLowerCase(Locale.ROOT));
        inbox.notify(List.of(request.requesterId()), NotificationKind.DECIDED,
                text("inbox.title.decided", key(request), request.title(), outcome), changeLink(request),
                request.projectId(), changeSource(request), "decided-" + event.decidedAt().toEpochMilli(),
                isEmergency(request));
    }

    /**
     * The answer arrives asynchronously (after the change request's transaction), so nobody is signed in and the
     * creator is told even when they were the one who assessed it. Each answer (line and time) notifies once.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(QuoteLineAnswered event) {
        if (!FINAL_ANSWERS.contains(event.answer())) {
            return;
        }
        QuoteSnapshot quote = event.quote();
        quoteCreators.creatorOf(quote.id()).ifPresent(creator -> inbox.notify(List.of(creator),
                NotificationKind.DECIDED, quoteAnswerTitle(event), "/sales/quotes/" + quote.id(), quote.projectId(),
                Topics.of(Topics.QUOTE, quote.id()), "line-" + event.lineNumber() + "-"
                        + event.answer().toLowerCase(Locale.ROOT) + "-"
                        + (event.answeredAt() == null ? 0 : event.answeredAt().toEpochMilli()), false));
    }

    private String quoteAnswerTitle(QuoteLineAnswered event) {
        String key = event.quote().key();
        return switch (event.answer()) {
            case "FEASIBLE" -> text("inbox.title.quote-feasible", key, event.lineNumber(),
                    signed(event.priceDelta(), event.quote().currency()), days(event.scheduleDeltaDays()));
            case "NOT_FEASIBLE" -> text("inbox.title.quote-not-feasible", key, event.lineNumber(),
                    event.note() == null ? "" : event.note());
            default -> text("inbox.title.quote-withdrawn", key, event.lineNumber());
        };
    }

    private static String signed(java.math.BigDecimal amount, String currency) {
        java.math.BigDecimal value = amount == null ? java.math.BigDecimal.ZERO : amount;
        return (value.signum() < 0 ? "-" : "+") + currency + " " + String.format(Locale.ENGLISH, "%,.2f", value.abs());
    }

    private String days(Integer days) {
        int value = days == null ? 0 : days;
        return text(Math.abs(value) == 1 ? "inbox.days.one" : "inbox.days.many", (value < 0 ? "-" : "+") + Math.abs(value));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DeliverableAccepted event) {
        customerDecided(event.acceptance(), "inbox.title.deliverable-accepted", false);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DeliverableRejected event) {
        customerDecided(event.acceptance(), "inbox.title.deliverable-rejected", true);
    }

    private void customerDecided(AcceptanceSnapshot acceptance, String title, boolean urgent) {
        Project project = portfolio.project(acceptance.projectId());
        inbox.notify(List.of(project.getManager()), NotificationKind.DECIDED,
                text(title, acceptance.deliverableKey(), project.getCode(), acceptance.decidedByName(),
                        acceptance.defects().size()),
                "/acceptance/records/" + acceptance.id(), acceptance.projectId(), "acceptance:" + acceptance.id(),
                acceptance.outcome().toLowerCase(Locale.ROOT), urgent);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(StatusReportDue event) {
        inbox.notify(List.of(event.managerId()), NotificationKind.ATTENTION,
                text("inbox.title.status-report-due", event.projectCode(), event.projectName(), event.periodStart(),
                        event.periodEnd()),
                "/projects/" + event.projectId() + "/status-reports", event.projectId(),
                "status-reports:" + event.projectId(), "due-" + event.periodStart(), false);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MeetingScheduled event) {
        MeetingSnapshot meeting = event.meeting();
        Project project = portfolio.project(meeting.projectId());
        inbox.notify(event.attendeeIds(), NotificationKind.ASSIGNED,
                text("inbox.title.meeting-invited", meeting.organiserName(), meetingKind(meeting), meeting.title(),
                        project.getCode(), meetingStart(meeting)),
                meetingLink(meeting), meeting.projectId(), meetingSource(meeting), "scheduled", false);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MeetingRescheduled event) {
        MeetingSnapshot meeting = event.meeting();
        Project project = portfolio.project(meeting.projectId());
        inbox.notify(event.attendeeIds(), NotificationKind.ASSIGNED,
                text("inbox.title.meeting-rescheduled", meetingKind(meeting), meeting.title(), project.getCode(),
                        meetingStart(meeting)),
                meetingLink(meeting), meeting.projectId(), meetingSource(meeting),
                "rescheduled-" + meeting.sequence(), false);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MeetingCancelled event) {
        MeetingSnapshot meeting = event.meeting();
        Project project = portfolio.project(meeting.projectId());
        inbox.notify(event.attendeeIds(), NotificationKind.ASSIGNED,
                text("inbox.title.meeting-cancelled", meetingKind(meeting), meeting.title(), project.getCode(),
                        meetingStart(meeting)),
                meetingLink(meeting), meeting.projectId(), meetingSource(meeting), "cancelled", false);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ActionItemAssigned event) {
        ActionItemSnapshot item = event.item();
        Project project = portfolio.project(item.projectId());
        inbox.notify(List.of(item.ownerId()), NotificationKind.ASSIGNED,
                text("inbox.title.action-item-assigned", project.getCode(), item.title(), item.dueOn()),
                "/meetings/" + item.meetingId(), item.projectId(), "action-item:" + item.id(), "assigned", false);
    }

    private String meetingKind(MeetingSnapshot meeting) {
        return text("meeting.kind." + meeting.kind());
    }

    /** The start in the meeting's own zone, e.g. Thu 3 Dec 10:00 Europe/London. */
    static String meetingStart(MeetingSnapshot meeting) {
        java.time.ZoneId zone = java.time.ZoneId.of(meeting.timeZone());
        return java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH)
                .format(meeting.startsAt().atZone(zone)) + " " + zone.getId();
    }

    static String meetingLink(MeetingSnapshot meeting) {
        return "/meetings/" + meeting.id();
    }

    static String meetingSource(MeetingSnapshot meeting) {
        return Topics.of(Topics.MEETING, meeting.id());
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
