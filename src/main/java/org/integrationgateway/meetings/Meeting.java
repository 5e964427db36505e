package org.integrationgateway.meetings;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.integrationgateway.meetings.events.MeetingSnapshot;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.Inputs;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A meeting of one project. Its rules live here: a title of 1 to {@value #MAX_TITLE} characters, a start, a valid time
 * zone, a duration of {@value #MIN_DURATION} to {@value #MAX_DURATION} minutes, a place or an http(s) link or both;
 * at most {@value #MAX_ATTENDEES} attendees, each once; an agenda of at most {@value #MAX_AGENDA} items; minutes of
 * at most {@value #MAX_MINUTES} characters of Markdown, saved against the revision the writer started from (a stale
 * revision is a conflict, so two writers never overwrite each other unknowingly). A cancelled meeting changes no more.
 * Every reschedule and the cancellation raise the iCalendar sequence, so calendars replace the earlier invitation.
 * Events are published by {@link Meetings}, which knows the attendees' ids at that moment.
 */
@Table("meeting")
public class Meeting extends AbstractAggregateRoot<Meeting> {

    public static final int MAX_TITLE = 200;
    public static final int MIN_DURATION = 5;
    public static final int MAX_DURATION = 720;
    public static final int MAX_PLACE = 300;
    public static final int MAX_LINK = 1000;
    public static final int MAX_ATTENDEES = 100;
    public static final int MAX_AGENDA = 100;
    public static final int MAX_AGENDA_TITLE = 300;
    public static final int MAX_AGENDA_NOTE = 2000;
    public static final int MAX_MINUTES = 100_000;
    public static final int MAX_DECISION_SUMMARY = 2000;

    @Id
    private Long id;
    private final long projectId;
    private final MeetingKind kind;
    private String title;
    private Instant startsAt;
    private int durationMinutes;
    private String timeZone;
    private String place;
    private String virtualLink;
    private final Long gateReviewId;
    private MeetingState state;
    private String minutes;
    private int minutesRevision;
    private String minutesEditedBy;
    private Instant minutesEditedAt;
    private final Long organiserId;
    private final String organiserName;
    private final String icalUid;
    private int icalSequence;
    private final Instant createdAt;
    @MappedCollection(idColumn = "meeting")
    private Set<Attendee> attendees;
    @MappedCollection(idColumn = "meeting", keyColumn = "position")
    private List<AgendaItem> agenda;
    @MappedCollection(idColumn = "meeting", keyColumn = "position")
    private List<MeetingDecision> decisions;
    @Version
    private Long version;

    @PersistenceCreator
    Meeting(Long id, long projectId, MeetingKind kind, String title, Instant startsAt, int durationMinutes,
            String timeZone, String place, String virtualLink, Long gateReviewId, MeetingState state, String minutes,
            int minutesRevision, String minutesEditedBy, Instant minutesEditedAt, Long organiserId,
            String organiserName, String icalUid, int icalSequence, Instant createdAt, Set<Attendee> attendees,
            List<AgendaItem> agenda, List<MeetingDecision> decisions, Long version) {
        this.id = id;
        this.projectId = projectId;
        this.kind = kind;
        this.title = title;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.timeZone = timeZone;
        this.place = place;
        this.virtualLink = virtualLink;
        this.gateReviewId = gateReviewId;
        this.state = state;
        this.minutes = minutes == null ? "" : minutes;
        this.minutesRevision = minutesRevision;
        this.minutesEditedBy = minutesEditedBy;
        this.minutesEditedAt = minutesEditedAt;
        this.organiserId = organiserId;
        this.organiserName = organiserName;
        this.icalUid = icalUid;
        this.icalSequence = icalSequence;
        this.createdAt = createdAt;
        this.attendees = attendees == null ? new LinkedHashSet<>() : new LinkedHashSet<>(attendees);
        this.agenda = agenda == null ? new ArrayList<>() : new ArrayList<>(agenda);
        this.decisions = decisions == null ? new ArrayList<>() : new ArrayList<>(decisions);
        this.version = version;
    }

    /**
     * A new meeting of {@code projectId} as {@code draft} says, with {@code invitees} (the organiser among them),
     * checked as the class says. {@code hostName} makes the iCalendar UID globally unique.
     *
     * @throws InvalidRequestException naming the field that is missing, too long or malformed
     */
    static Meeting schedule(long projectId, MeetingDraft draft, Long gateReviewId, Long organiserId,
                            String organiserName, Collection<Attendee> invitees, String hostName, Instant now) {
        if (draft == null || draft.kind() == null) {
            throw new InvalidRequestException("kind", "Choose the kind of meeting.");
        }
        Meeting meeting = new Meeting(null, projectId, draft.kind(), null, null, 0, null, null, null, gateReviewId,
                MeetingState.SCHEDULED, "", 0, null, null, organiserId, organiserName,
                UUID.randomUUID() + "@" + hostName, 0, now, Set.of(), List.of(), List.of(), null);
        meeting.apply(draft);
        if (invitees.size() > MAX_ATTENDEES) {
            throw new InvalidRequestException("guestIds", "A meeting has at most " + MAX_ATTENDEES + " attendees.");
        }
        invitees.forEach(meeting::invite);
        return meeting;
    }

    /** Changes title, time, zone, duration, place and link (the kind stays); raises the iCalendar sequence. */
    void reschedule(MeetingDraft draft) {
        requireScheduled();
        apply(draft);
        icalSequence++;
    }

    void cancel() {
        requireScheduled();
        state = MeetingState.CANCELLED;
        icalSequence++;
    }

    private void apply(MeetingDraft draft) {
        String newTitle = Inputs.text("title", draft.title(), MAX_TITLE, true);
        if (draft.start() == null) {
            throw new InvalidRequestException("start", "Give the meeting's date and time.");
        }
        ZoneId zone = zone(draft.timeZone());
        if (draft.durationMinutes() == null || draft.durationMinutes() < MIN_DURATION
                || draft.durationMinutes() > MAX_DURATION) {
            throw new InvalidRequestException("durationMinutes", "A meeting lasts " + MIN_DURATION + " to "
                    + MAX_DURATION + " minutes.");
        }
        String newPlace = Inputs.text("place", draft.place(), MAX_PLACE, false);
        String newLink = link(draft.virtualLink());
        if (newPlace == null && newLink == null) {
            throw new InvalidRequestException("place", "Give a place, a virtual link, or both.");
        }
        LocalDateTime start = draft.start();
        if (start.getYear() < 2000 || start.getYear() > 2100) {
            throw new InvalidRequestException("start", "Give a date between 2000 and 2100.");
        }
        title = newTitle;
        timeZone = zone.getId();
        startsAt = start.atZone(zone).toInstant();
        durationMinutes = draft.durationMinutes();
        place = newPlace;
        virtualLink = newLink;
    }

    private static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidRequestException("timeZone", "Choose the meeting's time zone.");
        }
        try {
            ZoneId zone = ZoneId.of(id.strip());
            if (!(zone.getId().contains("/") || zone.getId().equals("UTC"))) {
                throw new DateTimeException("offsets are not places");
            }
            return zone;
        } catch (DateTimeException e) {
            throw new InvalidRequestException("timeZone", "Choose a time zone such as Europe/London.");
        }
    }

    private static String link(String value) {
        String link = Inputs.text("virtualLink", value, MAX_LINK, false);
        if (link == null) {
            return null;
        }
        try {
            URI uri = new URI(link);
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return link;
            }
        } catch (java.net.URISyntaxException e) {
            // answered below
        }
        throw new InvalidRequestException("virtualLink", "Give the virtual link as an http or https address.");
    }

    // ---- attendees ------------------------------------------------------------------------------------------------

    /** Adds {@code attendee} unless the person is invited already (then their existing entry stays). */
    boolean invite(Attendee attendee) {
        if (attendee(attendee.personId()).isPresent()) {
            return false;
        }
        if (attendees.size() >= MAX_ATTENDEES) {
            throw new RuleViolationException("too-many-attendees", "guestIds", "A meeting has at most "
                    + MAX_ATTENDEES + " attendees.");
        }
        attendees.add(attendee);
        return true;
    }

    /** Removes a person (not the organiser); raises the iCalendar sequence. */
    void uninvite(long personId) {
        requireScheduled();
        Attendee attendee = attendee(personId).orElseThrow(() -> new org.integrationgateway.shared.NotFoundException(
                "Attendee", personId));
        if (attendee.role() == AttendeeRole.ORGANISER) {
            throw new RuleViolationException("organiser-stays", "personId", "The organiser cannot be removed.");
        }
        attendees.remove(attendee);
        // A new sequence: the removal's CANCEL and any later re-invitation are then new messages, never duplicates.
        icalSequence++;
    }

    /** The attendee's answer and mode; {@code mode} null keeps theirs. */
    Attendee respond(long personId, AttendanceResponse response, AttendanceMode mode, Instant now) {
        requireScheduled();
        if (response == null || response == AttendanceResponse.PENDING) {
            throw new InvalidRequestException("response", "Answer accepted, tentative or declined.");
        }
        Attendee attendee = attendee(personId).orElseThrow(() -> new RuleViolationException("not-invited", null,
                "Only people invited to this meeting answer its invitation."));
        if (mode == AttendanceMode.IN_PERSON && place == null) {
            throw new RuleViolationException("no-place", "mode", "This meeting has no place; attend it virtually.");
        }
        Attendee answered = new Attendee(personId, attendee.role(), mode == null ? attendee.mode() : mode, response, now);
        attendees.remove(attendee);
        attendees.add(answered);
        return answered;
    }

    public Optional<Attendee> attendee(long personId) {
        return attendees.stream().filter(a -> a.personId() == personId).findFirst();
    }

    public boolean isInvited(Long personId) {
        return personId != null && attendee(personId).isPresent();
    }

    /** People invited and not declined: who may be counted as present for a decision. */
    public List<Long> expectedPresent() {
        return attendees.stream().filter(a -> a.response() != AttendanceResponse.DECLINED).map(Attendee::personId)
                .toList();
    }

    public List<Long> attendeeIds() {
        return attendees.stream().map(Attendee::personId).toList();
    }

    // ---- agenda, minutes, decisions -------------------------------------------------------------------------------

    /** Replaces the agenda with {@code items} (checked: 0..{@value #MAX_AGENDA}, titles, notes). */
    void replaceAgenda(List<AgendaItem> items) {
        requireScheduled();
        if (items.size() > MAX_AGENDA) {
            throw new InvalidRequestException("items", "An agenda has at most " + MAX_AGENDA + " items.");
        }
        List<AgendaItem> checked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            String field = "items[" + i + "]";
            if (item == null) {
                throw new InvalidRequestException(field, "An agenda item has a title.");
            }
            checked.add(new AgendaItem(item.section() == null ? AgendaSection.OTHER : item.section(),
                    Inputs.text(field + ".title", item.title(), MAX_AGENDA_TITLE, true),
                    Inputs.text(field + ".note", item.note(), MAX_AGENDA_NOTE, false), item.referenceKind(),
                    item.referenceId(), item.generated()));
        }
        agenda = checked;
    }

    /**
     * Saves the minutes written on top of {@code baseRevision}.
     *
     * @throws ConflictException when someone saved a newer revision meanwhile
     */
    void writeMinutes(String text, int baseRevision, String editor, Instant now) {
        requireScheduled();
        if (baseRevision != minutesRevision) {
            throw new ConflictException("minutes-changed", "minutes", "Someone else saved the minutes meanwhile "
                    + "(revision " + minutesRevision + "); merge your text into theirs and save again.");
        }
        String value = text == null ? "" : text;
        if (value.length() > MAX_MINUTES) {
            throw new InvalidRequestException("minutes", "Minutes are at most " + MAX_MINUTES + " characters.");
        }
        minutes = value;
        minutesRevision++;
        minutesEditedBy = editor;
        minutesEditedAt = now;
    }

    void logDecision(DecisionSubject subject, long subjectId, String outcome, String summary, String decidedBy,
                     Instant now) {
        decisions.add(new MeetingDecision(subject, subjectId, outcome,
                Inputs.text("comment", summary, MAX_DECISION_SUMMARY, false), decidedBy, now));
    }

    void requireScheduled() {
        if (state == MeetingState.CANCELLED) {
            throw new ConflictException("meeting-cancelled", "This meeting was cancelled; it changes no more.");
        }
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }

    public MeetingSnapshot snapshot() {
        return new MeetingSnapshot(id, projectId, kind.name(), title, startsAt, durationMinutes, timeZone, place,
                virtualLink, state.name(), icalSequence, organiserName);
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getPlace() {
        return place;
    }

    public String getVirtualLink() {
        return virtualLink;
    }

    public Long getGateReviewId() {
        return gateReviewId;
    }

    public MeetingState getState() {
        return state;
    }

    public String getMinutes() {
        return minutes;
    }

    public int getMinutesRevision() {
        return minutesRevision;
    }

    public String getMinutesEditedBy() {
        return minutesEditedBy;
    }

    public Instant getMinutesEditedAt() {
        return minutesEditedAt;
    }

    public Long getOrganiserId() {
        return organiserId;
    }

    public String getOrganiserName() {
        return organiserName;
    }

    public String getIcalUid() {
        return icalUid;
    }

    public int getIcalSequence() {
        return icalSequence;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Attendee> getAttendees() {
        return java.util.Collections.unmodifiableSet(attendees);
    }

    public List<AgendaItem> getAgenda() {
        return List.copyOf(agenda);
    }

    public List<MeetingDecision> getDecisions() {
        return List.copyOf(decisions);
    }

    public Long getVersion() {
        return version;
    }
}
