package org.integrationgateway.realtime;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.integrationgateway.acceptance.events.AcceptanceSnapshot;
import org.integrationgateway.acceptance.events.AcceptanceStepRecorded;
import org.integrationgateway.acceptance.events.AcceptanceTaskAssigned;
import org.integrationgateway.acceptance.events.AcceptanceTaskCancelled;
import org.integrationgateway.acceptance.events.AcceptanceTaskSnapshot;
import org.integrationgateway.acceptance.events.DefectChangeRaised;
import org.integrationgateway.acceptance.events.DeliverableAccepted;
import org.integrationgateway.acceptance.events.DeliverableRejected;
import org.integrationgateway.changecontrol.events.ChangeBoardChanged;
import org.integrationgateway.changecontrol.events.ChangeRequestAssessed;
import org.integrationgateway.changecontrol.events.ChangeRequestDecided;
import org.integrationgateway.changecontrol.events.ChangeRequestEdited;
import org.integrationgateway.changecontrol.events.ChangeRequestRaised;
import org.integrationgateway.changecontrol.events.ChangeRequestScheduled;
import org.integrationgateway.changecontrol.events.ChangeRequestTransitioned;
import org.integrationgateway.changecontrol.events.ChangeRequestVoted;
import org.integrationgateway.changecontrol.events.DelegatedEnvelopeChanged;
import org.integrationgateway.portfolio.events.MatrixAssignmentAdded;
import org.integrationgateway.portfolio.events.MatrixAssignmentChanged;
import org.integrationgateway.portfolio.events.MatrixAssignmentEnded;
import org.integrationgateway.portfolio.events.ProjectChanged;
import org.integrationgateway.portfolio.events.ProjectCreated;
import org.integrationgateway.meetings.events.ActionItemAssigned;
import org.integrationgateway.meetings.events.ActionItemCompleted;
import org.integrationgateway.meetings.events.ActionItemSnapshot;
import org.integrationgateway.meetings.events.MeetingAgendaChanged;
import org.integrationgateway.meetings.events.MeetingAttendanceChanged;
import org.integrationgateway.meetings.events.MeetingCancelled;
import org.integrationgateway.meetings.events.MeetingDecisionRecorded;
import org.integrationgateway.meetings.events.MeetingMinutesUpdated;
import org.integrationgateway.meetings.events.MeetingRescheduled;
import org.integrationgateway.meetings.events.MeetingScheduled;
import org.integrationgateway.meetings.events.MeetingSnapshot;
import org.integrationgateway.meetings.events.ReportingCadenceChanged;
import org.integrationgateway.meetings.events.StatusReportPublished;
import org.integrationgateway.research.events.FindingActioned;
import org.integrationgateway.research.events.FindingEdited;
import org.integrationgateway.research.events.FindingInterpreted;
import org.integrationgateway.research.events.FindingSnapshot;
import org.integrationgateway.research.events.FindingSurfaced;
import org.integrationgateway.research.events.ImportFinished;
import org.integrationgateway.sales.events.OpportunityChanged;
import org.integrationgateway.sales.events.OpportunityCreated;
import org.integrationgateway.sales.events.OpportunitySnapshot;
import org.integrationgateway.sales.events.OpportunityStageChanged;
import org.integrationgateway.sales.events.OrderBooked;
import org.integrationgateway.sales.events.QuoteCreated;
import org.integrationgateway.sales.events.QuoteLineAnswered;
import org.integrationgateway.sales.events.QuoteLinesChanged;
import org.integrationgateway.sales.events.QuoteSnapshot;
import org.integrationgateway.sales.events.QuoteStateChanged;
import org.integrationgateway.shared.AuditedChange;
import org.integrationgateway.specs.events.BaselineFrozen;
import org.integrationgateway.specs.events.SpecItemRevised;
import org.integrationgateway.specs.events.TraceLinkReviewed;
import org.integrationgateway.specs.events.VariantChanged;
import org.integrationgateway.stagegate.events.DeliverableUpdated;
import org.integrationgateway.stagegate.events.GateCriteriaScored;
import org.integrationgateway.stagegate.events.GateDecided;
import org.integrationgateway.stagegate.events.GateReviewScheduled;
import org.integrationgateway.stagegate.events.LifecycleTransition;
import org.springframework.stereotype.Component;

/**
 * Which domain events go on the stream, and with which topics. An event's stream type is its audit entity type
 * and action ({@code change-request.decided}); its payload is the event itself, except for sales: every event here is
 * {@link StreamAudience#INTERNAL} (staff), but quotes, orders and opportunities are seen only by their sales team,
 * administrators, PMO and the managers of their projects, so their stream payload is a notice of ids and state
 * ({@link QuoteNotice}, {@link OrderNotice}, {@link OpportunityNotice}) without customer, values or prices: a page
 * that follows them re-reads what changed through its own authorised endpoint. Acceptance events are likewise notices
 * ({@link AcceptanceNotice}), never the record's content. None of today's events is meant for
 * customers (the portal adds its own). Events about the organisation, accounts and process templates are
 * administrative and stay off the stream. {@code StreamCatalogTests} fails when a new event type is neither listed
 * here nor deliberately left out.
 */
@Component
class StreamCatalog {

    /** Sales pages that list opportunities and quotes (the pipeline board, the quote list). */
    static final String PIPELINE = "pipeline";
    /** Pages that list orders. */
    static final String ORDERS = "orders";
    /** The research board: every finding and import. */
    static final String RESEARCH = "research";
    static final String FINDING = "finding";
    static final String RESEARCH_IMPORT = "research-import";
    /** An acceptance task's page. */
    static final String ACCEPTANCE_TASK = "acceptance-task";

    private final Map<Class<?>, Function<Object, Set<String>>> topicsByType = new LinkedHashMap<>();
    private final Map<Class<?>, Function<Object, Object>> payloadByType = new LinkedHashMap<>();

    StreamCatalog() {
        changeRequest(ChangeRequestRaised.class, e -> e.changeRequest().projectId(), e -> e.changeRequest().id());
        changeRequest(ChangeRequestEdited.class, e -> e.changeRequest().projectId(), e -> e.changeRequest().id());
        changeRequest(ChangeRequestTransitioned.class, e -> e.changeRequest().projectId(), e -> e.changeRequest().id());
        changeRequest(ChangeRequestAssessed.class, e -> e.changeRequest().projectId(), e -> e.changeRequest().id());
        changeRequest(ChangeRequestVoted.class, ChangeRequestVoted::projectId, ChangeRequestVoted::changeRequestId);
        changeRequest(ChangeRequestDecided.class, e -> e.changeRequest().projectId(), e -> e.changeRequest().id());
        changeRequest(ChangeRequestScheduled.class, e -> e.changeRequest().projectId(), e -> e.changeRequest().id());
        register(ChangeBoardChanged.class, e -> topics(e.projectId()));
        register(DelegatedEnvelopeChanged.class, e -> topics(e.projectId()));

        register(SpecItemRevised.class, e -> {
            Set<String> topics = topics(e.projectId(), Topics.specItem(e.itemId()));
            if (e.changeRequestId() != null) {
                topics.add(Topics.changeRequest(e.changeRequestId()));
            }
            return topics;
        });
        register(BaselineFrozen.class, e -> {
            Set<String> topics = topics(e.projectId());
            if (e.gateReviewId() != null) {
                topics.add(Topics.gateReview(e.gateReviewId()));
            }
            return topics;
        });
        register(VariantChanged.class, e -> topics(e.projectId()));
        register(TraceLinkReviewed.class, e -> e.projectId() == null ? new LinkedHashSet<>() : topics(e.projectId()));

        register(GateReviewScheduled.class, e -> topics(e.review().projectId(), Topics.gateReview(e.review().reviewId())));
        register(GateCriteriaScored.class, e -> topics(e.projectId(), Topics.gateReview(e.reviewId())));
        register(GateDecided.class, e -> topics(e.projectId(), Topics.gateReview(e.reviewId())));
        register(DeliverableUpdated.class, e -> topics(e.after().projectId()));
        register(LifecycleTransition.class, e -> topics(e.projectId()));

        register(ProjectCreated.class, e -> topics(e.project().id()));
        register(ProjectChanged.class, e -> topics(e.project().id()));
        register(MatrixAssignmentAdded.class, e -> topics(e.assignment().projectId()));
        register(MatrixAssignmentChanged.class, e -> topics(e.assignment().projectId()));
        register(MatrixAssignmentEnded.class, e -> topics(e.assignment().projectId()));

        opportunity(OpportunityCreated.class, OpportunityCreated::opportunity);
        opportunity(OpportunityChanged.class, OpportunityChanged::opportunity);
        opportunity(OpportunityStageChanged.class, OpportunityStageChanged::opportunity);
        quote(QuoteCreated.class, QuoteCreated::quote, e -> null, e -> null);
        quote(QuoteLinesChanged.class, QuoteLinesChanged::quote, QuoteLinesChanged::lineNumber, e -> null);
        quote(QuoteLineAnswered.class, QuoteLineAnswered::quote, QuoteLineAnswered::lineNumber,
                QuoteLineAnswered::answer);
        quote(QuoteStateChanged.class, QuoteStateChanged::quote, e -> null, e -> null);
        register(OrderBooked.class, e -> topics(e.projectId(), Topics.of(Topics.QUOTE, e.quoteId()), ORDERS),
                e -> new OrderNotice(e.orderId(), e.orderNumber(), e.quoteId(), e.quoteKey(), e.projectId()));

        register(FindingSurfaced.class, e -> finding(e.finding(), null));
        register(FindingEdited.class, e -> finding(e.finding(), e.previous()));
        register(FindingInterpreted.class, e -> finding(e.finding(), e.previous()));
        register(FindingActioned.class, e -> finding(e.finding(), null));
        register(ImportFinished.class, e -> new LinkedHashSet<>(List.of(RESEARCH,
                Topics.of(RESEARCH_IMPORT, e.batch().id()))));

        acceptanceTask(AcceptanceTaskAssigned.class, AcceptanceTaskAssigned::task, e -> null);
        acceptanceTask(AcceptanceStepRecorded.class, AcceptanceStepRecorded::task, AcceptanceStepRecorded::step);
        acceptanceTask(AcceptanceTaskCancelled.class, AcceptanceTaskCancelled::task, e -> null);
        acceptance(DeliverableAccepted.class, DeliverableAccepted::acceptance);
        acceptance(DeliverableRejected.class, DeliverableRejected::acceptance);
        register(DefectChangeRaised.class, e -> topics(e.projectId(), Topics.of(ACCEPTANCE_TASK, e.taskId()),
                        Topics.changeRequest(e.changeRequestId())),
                e -> new AcceptanceNotice(e.taskId(), e.acceptanceId(), e.projectId(), null, "REJECTED", null,
                        e.defect(), e.changeRequestId()));

        register(StatusReportPublished.class, e -> topics(e.report().projectId()),
                e -> new StatusReportNotice(e.report().id(), e.report().projectId(), e.report().periodStart(),
                        e.report().periodEnd()));
        register(ReportingCadenceChanged.class, e -> topics(e.projectId()));

        meeting(MeetingScheduled.class, MeetingScheduled::meeting);
        meeting(MeetingRescheduled.class, MeetingRescheduled::meeting);
        meeting(MeetingCancelled.class, MeetingCancelled::meeting);
        register(MeetingAttendanceChanged.class, e -> meetingTopics(e.projectId(), e.meetingId()));
        register(MeetingAgendaChanged.class, e -> meetingTopics(e.projectId(), e.meetingId()));
        register(MeetingMinutesUpdated.class, e -> meetingTopics(e.projectId(), e.meetingId()));
        register(MeetingDecisionRecorded.class, e -> meetingTopics(e.projectId(), e.meetingId()));
        actionItem(ActionItemAssigned.class, ActionItemAssigned::item);
        actionItem(ActionItemCompleted.class, ActionItemCompleted::item);
    }

    /**
     * What the stream carries for a meeting scheduled, rescheduled or cancelled (staff only, while a meeting is for
     * its attendees and the project's members): which meeting, its kind, state, time and iCalendar sequence; never
     * its title, place, link or attendees. Attendance, agenda, minutes and decision events go as they are: they carry
     * ids, answers, counts and outcomes, never the minutes' text or the agenda's items.
     */
    public record MeetingNotice(long meetingId, long projectId, String kind, String state,
                                java.time.Instant startsAt, int durationMinutes, String timeZone, int sequence) {
    }

    /** What the stream carries for an action item: which item, meeting, project and owner, due date and state. */
    public record ActionItemNotice(long actionItemId, long meetingId, long projectId, long ownerId,
                                   java.time.LocalDate dueOn, String state) {
    }

    private <E> void meeting(Class<E> type, Function<E, MeetingSnapshot> snapshot) {
        register(type, e -> {
            MeetingSnapshot m = snapshot.apply(e);
            return meetingTopics(m.projectId(), m.id());
        }, e -> {
            MeetingSnapshot m = snapshot.apply(e);
            return new MeetingNotice(m.id(), m.projectId(), m.kind(), m.state(), m.startsAt(), m.durationMinutes(),
                    m.timeZone(), m.sequence());
        });
    }

    private <E> void actionItem(Class<E> type, Function<E, ActionItemSnapshot> snapshot) {
        register(type, e -> {
            ActionItemSnapshot a = snapshot.apply(e);
            return meetingTopics(a.projectId(), a.meetingId());
        }, e -> {
            ActionItemSnapshot a = snapshot.apply(e);
            return new ActionItemNotice(a.id(), a.meetingId(), a.projectId(), a.ownerId(), a.dueOn(), a.state());
        });
    }

    private static Set<String> meetingTopics(long projectId, long meetingId) {
        return topics(projectId, Topics.of(Topics.MEETING, meetingId));
    }

    /**
     * What the stream carries for a published status report (staff only, while the report is for the project's
     * members and PMO): which report, project and period; never its ratings, narrative or risks.
     */
    public record StatusReportNotice(long reportId, long projectId, java.time.LocalDate periodStart,
                                     java.time.LocalDate periodEnd) {
    }

    /**
     * What the stream carries for an acceptance event (staff only): which task and record, the project, the task's
     * state or the record's outcome, the step recorded, or the defect and the change request it raised; never the
     * record's content, comment, defects' texts, the customer or their contacts.
     */
    public record AcceptanceNotice(long taskId, Long acceptanceId, long projectId, String state, String outcome,
                                   Integer step, Integer defect, Long changeRequestId) {
    }

    private <E> void acceptanceTask(Class<E> type, Function<E, AcceptanceTaskSnapshot> snapshot,
                                    Function<E, Integer> step) {
        register(type, e -> {
            AcceptanceTaskSnapshot t = snapshot.apply(e);
            return topics(t.projectId(), Topics.of(ACCEPTANCE_TASK, t.id()));
        }, e -> {
            AcceptanceTaskSnapshot t = snapshot.apply(e);
            return new AcceptanceNotice(t.id(), null, t.projectId(), t.state(), null, step.apply(e), null, null);
        });
    }

    private <E> void acceptance(Class<E> type, Function<E, AcceptanceSnapshot> snapshot) {
        register(type, e -> {
            AcceptanceSnapshot a = snapshot.apply(e);
            return topics(a.projectId(), Topics.of(ACCEPTANCE_TASK, a.taskId()));
        }, e -> {
            AcceptanceSnapshot a = snapshot.apply(e);
            return new AcceptanceNotice(a.taskId(), a.id(), a.projectId(), a.outcome(), a.outcome(), null, null, null);
        });
    }

    /**
     * A finding's topics: the board, the finding, and every project it bears on (before and after a change, so a
     * project whose flag goes away hears of it too); its project ({@link StreamAppend#projectId()}) is the first.
     */
    private static Set<String> finding(FindingSnapshot finding, FindingSnapshot before) {
        Set<String> topics = new LinkedHashSet<>();
        finding.projectIds().forEach(p -> topics.add(Topics.project(p)));
        if (before != null) {
            before.projectIds().forEach(p -> topics.add(Topics.project(p)));
        }
        topics.add(RESEARCH);
        topics.add(Topics.of(FINDING, finding.id()));
        return topics;
    }

    /**
     * What the stream carries for a quote event: which quote, its project, its state, and for a line event the line
     * and (for an answer) the answer's kind, never prices, values or the customer.
     */
    public record QuoteNotice(long quoteId, String key, long opportunityId, long projectId, String state,
                              Integer lineNumber, String answer) {
    }

    /** What the stream carries for a booked order: which order, from which quote, on which project. */
    public record OrderNotice(long orderId, String number, long quoteId, String quoteKey, long projectId) {
    }

    /** What the stream carries for an opportunity event: which opportunity and its stage. */
    public record OpportunityNotice(long opportunityId, String stage, java.util.List<Long> projectIds) {
    }

    /** The stream entry for a domain event, or empty when the event does not go on the stream. */
    Optional<StreamAppend> describe(Object event) {
        if (!(event instanceof AuditedChange change)) {
            return Optional.empty();
        }
        Function<Object, Set<String>> topics = topicsFor(event.getClass());
        if (topics == null) {
            return Optional.empty();
        }
        Set<String> eventTopics = topics.apply(event);
        Long projectId = eventTopics.stream().filter(t -> Topics.PROJECT.equals(Topics.kind(t))).findFirst()
                .map(Topics::id).orElse(null);
        Function<Object, Object> payload = payloadFor(event.getClass());
        return Optional.of(StreamAppend.internal(change.entityType() + "." + change.action(), projectId, eventTopics,
                payload == null ? event : payload.apply(event)));
    }

    /** True when events of this class go on the stream. */
    boolean streams(Class<?> eventClass) {
        return topicsFor(eventClass) != null;
    }

    private Function<Object, Set<String>> topicsFor(Class<?> eventClass) {
        for (Map.Entry<Class<?>, Function<Object, Set<String>>> entry : topicsByType.entrySet()) {
            if (entry.getKey().isAssignableFrom(eventClass)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private Function<Object, Object> payloadFor(Class<?> eventClass) {
        for (Map.Entry<Class<?>, Function<Object, Object>> entry : payloadByType.entrySet()) {
            if (entry.getKey().isAssignableFrom(eventClass)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private <E> void opportunity(Class<E> type, Function<E, OpportunitySnapshot> snapshot) {
        register(type, e -> new LinkedHashSet<>(Set.of(PIPELINE)), e -> {
            OpportunitySnapshot o = snapshot.apply(e);
            return new OpportunityNotice(o.id(), o.stage(), o.projectIds());
        });
    }

    private <E> void quote(Class<E> type, Function<E, QuoteSnapshot> snapshot, Function<E, Integer> line,
                           Function<E, String> answer) {
        register(type, e -> {
            QuoteSnapshot q = snapshot.apply(e);
            return topics(q.projectId(), Topics.of(Topics.QUOTE, q.id()), PIPELINE);
        }, e -> {
            QuoteSnapshot q = snapshot.apply(e);
            return new QuoteNotice(q.id(), q.key(), q.opportunityId(), q.projectId(), q.state(), line.apply(e),
                    answer.apply(e));
        });
    }

    @SuppressWarnings("unchecked")
    private <E> void register(Class<E> type, Function<E, Set<String>> topics, Function<E, Object> payload) {
        register(type, topics);
        payloadByType.put(type, event -> payload.apply((E) event));
    }

    private <E> void changeRequest(Class<E> type, Function<E, Long> project, Function<E, Long> request) {
        register(type, e -> topics(project.apply(e), Topics.changeRequest(request.apply(e)), Topics.DECISIONS));
    }

    @SuppressWarnings("unchecked")
    private <E> void register(Class<E> type, Function<E, Set<String>> topics) {
        topicsByType.put(type, event -> topics.apply((E) event));
    }

    private static Set<String> topics(long projectId, String... more) {
        Set<String> topics = new LinkedHashSet<>();
        topics.add(Topics.project(projectId));
        topics.addAll(List.of(more));
        return topics;
    }
}
