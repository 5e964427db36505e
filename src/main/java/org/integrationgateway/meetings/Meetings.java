package org.integrationgateway.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.integrationgateway.changecontrol.VoteChoice;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.stagegate.DecisionInput;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Meetings of projects: scheduling (attendees by {@link AttendancePolicy}, agenda by {@link AgendaBuilder}),
 * rescheduling and cancelling, invitations and answers, the agenda, live minutes, decisions taken in the meeting
 * (through change control's and gatekeeping's own rules, the meeting recorded as the forum) and action items.
 * Permissions as {@link MeetingPermissions} says: staff without a role on the project get 403, customers 404 for
 * everything. Every change publishes its event from {@code meetings.events} in the same transaction.
 */
public interface Meetings {

    /** Page size of lists. */
    int PAGE_SIZE = 25;

    // ---- reading ----------------------------------------------------------------------------------------------------

    /** The project, if the signed-in person may read its meetings (else 403, or 404 for customers). */
    Project readableProject(long projectId);

    /** One meeting, if the signed-in person may read it (a project role, invited, PMO or administrator). */
    Meeting meeting(long id);

    /** The project's meetings, the latest start first unless {@code pageable} sorts by {@code startsAt}. */
    Page<Meeting> ofProject(long projectId, Pageable pageable);

    /** The signed-in person's meetings starting from {@code from}, soonest first, at most {@code limit}. */
    List<Meeting> mine(Instant from, int limit);

    /** The action items taken in the meeting, oldest first. */
    List<ActionItem> actionItems(long meetingId);

    /** The signed-in person's open action items, soonest due first. */
    List<ActionItem> myOpenActionItems();

    /** The people of the meeting (attendees and action item owners), keyed by id. */
    Map<Long, PersonSummary> people(Meeting meeting);

    MeetingAbilities abilities(Meeting meeting);

    /** Whether the signed-in person may schedule meetings of the project (its manager, PMO, administrators). */
    boolean canSchedule(long projectId);

    /**
     * The change requests that may be decided in this meeting now: awaiting a decision (or deferred) in its project,
     * for a change board or gate review meeting that is not cancelled; empty otherwise.
     */
    List<DecidableChange> decidableChanges(long meetingId);

    /** A change request as the meeting offers it for a decision. */
    record DecidableChange(long id, String key, String title, String changeClass, String state, Integer targetStage,
                           long version) {
    }

    // ---- writing ----------------------------------------------------------------------------------------------------

    /**
     * Schedules a meeting: the attendees are those of {@link AttendancePolicy} (with the organiser and the
     * {@code guestIds}), the agenda is built by {@link AgendaBuilder}; publishes MeetingScheduled and queues an
     * invitation e-mail to every attendee. A GATE_REVIEW meeting needs an open gate review of the project (422).
     */
    Meeting schedule(long projectId, MeetingDraft draft);

    /** New time, place, link or title (the kind and the guests stay); queues updated invitations. 409 when stale. */
    Meeting reschedule(long id, Long expectedVersion, MeetingDraft draft);

    /** Cancels the meeting; queues cancellations to the attendees. 409 when stale or cancelled already. */
    Meeting cancel(long id, Long expectedVersion);

    /** Invites one more person (staff with a person record) as a GUEST; inviting someone twice changes nothing. */
    Meeting invite(long id, long personId);

    /** Takes a person off the meeting (never the organiser). */
    Meeting uninvite(long id, long personId);

    /** The signed-in attendee's answer, and how they attend ({@code mode} null keeps it). */
    Meeting respond(long id, AttendanceResponse response, AttendanceMode mode);

    /** Rebuilds the generated agenda items from the project as it is now; items added by hand stay after them. */
    Meeting refreshAgenda(long id, Long expectedVersion);

    /** Replaces the agenda with {@code items} as edited (order kept; generated flags as given). */
    Meeting editAgenda(long id, Long expectedVersion, List<AgendaItem> items);

    /**
     * Saves the minutes written on top of {@code baseRevision} (409 {@code minutes-changed} when someone saved since);
     * publishes MeetingMinutesUpdated, which the other attendees' pages follow live.
     */
    Meeting writeMinutes(long id, int baseRevision, String minutes);

    /**
     * Decides a change request in the meeting, through {@code ChangeControl.decideInMeeting}: the request must be of
     * the meeting's project and decidable, the meeting a change board or gate review that is not cancelled, and change
     * control's rules for a decision in a meeting must hold (see there). The decision records forum MEETING with the
     * meeting id, and the meeting logs it.
     */
    Meeting decideChange(long id, long changeRequestId, Long expectedVersion, VoteChoice outcome, Integer deferToStage,
                         String comment);

    /**
     * Decides the gate review that a gate review meeting holds, through gatekeeping's own rules (whoever may decide
     * the review; its rules for GO, KILL, HOLD and RECYCLE), and logs it in the meeting.
     */
    Meeting decideGate(long id, DecisionInput input);

    /**
     * An action item with owner and due date, taken in the meeting; the owner must be a person (staff) and is told in
     * their inbox (ActionItemAssigned).
     */
    ActionItem addActionItem(long meetingId, String title, Long ownerId, LocalDate dueOn);

    /** Marks an action item done (its owner, or whoever manages the meeting). 409 when done or stale. */
    ActionItem completeActionItem(long actionItemId, Long expectedVersion);
}
