package org.integrationgateway.meetings.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.integrationgateway.changecontrol.VoteChoice;
import org.integrationgateway.meetings.ActionItem;
import org.integrationgateway.meetings.ActionItemState;
import org.integrationgateway.meetings.AgendaItem;
import org.integrationgateway.meetings.AgendaSection;
import org.integrationgateway.meetings.AttendanceMode;
import org.integrationgateway.meetings.AttendanceResponse;
import org.integrationgateway.meetings.Attendee;
import org.integrationgateway.meetings.AttendeeRole;
import org.integrationgateway.meetings.DecisionSubject;
import org.integrationgateway.meetings.Meeting;
import org.integrationgateway.meetings.MeetingAbilities;
import org.integrationgateway.meetings.MeetingDecision;
import org.integrationgateway.meetings.MeetingDraft;
import org.integrationgateway.meetings.MeetingKind;
import org.integrationgateway.meetings.MeetingState;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.stagegate.Decision;

/** The JSON shapes of the meetings API. */
final class MeetingApi {

    private MeetingApi() {
    }

    @Schema(description = "A meeting to schedule. start is the local date and time in timeZone (an IANA zone such as "
            + "Europe/London); a place, a virtualLink (http or https) or both; guestIds are extra staff invited beside "
            + "those invited automatically (the project team, and for status and review meetings the marketing and "
            + "sales liaisons).")
    record ScheduleBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) MeetingKind kind,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Meeting.MAX_TITLE) String title,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-03T10:00")
                        LocalDateTime start,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Europe/London") String timeZone,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "5", maximum = "720")
                        Integer durationMinutes,
                        @Schema(maxLength = Meeting.MAX_PLACE) String place,
                        @Schema(maxLength = Meeting.MAX_LINK) String virtualLink,
                        List<Long> guestIds) {

        MeetingDraft draft() {
            return new MeetingDraft(kind, title, start, timeZone, durationMinutes, place, virtualLink,
                    guestIds == null ? List.of() : guestIds);
        }
    }

    @Schema(description = "New title, time, zone, duration, place or link (the kind and the guests stay); version is "
            + "the meeting's version read")
    record RescheduleBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-03T10:00")
                          LocalDateTime start,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String timeZone,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer durationMinutes,
                          String place, String virtualLink,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {

        MeetingDraft draft(MeetingKind kind) {
            return new MeetingDraft(kind, title, start, timeZone, durationMinutes, place, virtualLink, List.of());
        }
    }

    @Schema(description = "The version of the object read")
    record VersionBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
    }

    record PersonBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long personId) {
    }

    @Schema(description = "The signed-in attendee's answer; mode left out keeps theirs")
    record ResponseBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
            allowableValues = {"ACCEPTED", "TENTATIVE", "DECLINED"}) AttendanceResponse response,
                        AttendanceMode mode) {
    }

    record AgendaItemBody(AgendaSection section,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Meeting.MAX_AGENDA_TITLE)
                          String title,
                          @Schema(maxLength = Meeting.MAX_AGENDA_NOTE) String note,
                          @Schema(description = "CHANGE_REQUEST, GATE_REVIEW, STATUS_REPORT, ACTION_ITEM or FINDING")
                          String referenceKind,
                          Long referenceId, boolean generated) {

        AgendaItem item() {
            return new AgendaItem(section, title, note, referenceKind, referenceId, generated);
        }

        static AgendaItemBody of(AgendaItem i) {
            return new AgendaItemBody(i.section(), i.title(), i.note(), i.referenceKind(), i.referenceId(),
                    i.generated());
        }
    }

    @Schema(description = "The agenda as edited, in order (at most 100 items); version is the meeting's")
    record AgendaBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<AgendaItemBody> items) {
    }

    record AgendaResponse(long meetingId, long version, List<AgendaItemBody> items) {

        static AgendaResponse of(Meeting m) {
            return new AgendaResponse(m.getId(), m.getVersion(), m.getAgenda().stream().map(AgendaItemBody::of)
                    .toList());
        }
    }

    @Schema(description = "Minutes (Markdown) written on top of baseRevision, the revision the writer started from")
    record MinutesBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer baseRevision,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Meeting.MAX_MINUTES)
                       String text) {
    }

    record MinutesResponse(long meetingId, int revision, @Schema(description = "Markdown") String text,
                           String editedBy, Instant editedAt) {

        static MinutesResponse of(Meeting m) {
            return new MinutesResponse(m.getId(), m.getMinutesRevision(), m.getMinutes(), m.getMinutesEditedBy(),
                    m.getMinutesEditedAt());
        }
    }

    @Schema(description = "A decision on a change request taken in the meeting; expectedVersion is the change "
            + "request's version; deferToStage only for DEFER")
    record ChangeDecisionBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long changeRequestId,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long expectedVersion,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) VoteChoice outcome,
                              Integer deferToStage, String comment) {
    }

    @Schema(description = "The decision of the gate review the meeting holds; version is the review's version; "
            + "overrideJustification for a GO at a gate that did not pass")
    record GateDecisionBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Decision decision,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String rationale,
                            String overrideJustification,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
    }

    record ActionItemBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ActionItem.MAX_TITLE)
                          String title,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "A person (staff)")
                          Long ownerId,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate dueOn) {
    }

    record ActionItemResponse(long id, long meetingId, long projectId, String title, long ownerId, String ownerName,
                              LocalDate dueOn, ActionItemState state, String createdBy, Instant createdAt,
                              Instant doneAt, long version) {

        static ActionItemResponse of(ActionItem a, Map<Long, PersonSummary> people) {
            PersonSummary owner = people == null ? null : people.get(a.getOwnerId());
            return new ActionItemResponse(a.getId(), a.getMeetingId(), a.getProjectId(), a.getTitle(), a.getOwnerId(),
                    owner == null ? null : owner.fullName(), a.getDueOn(), a.getState(), a.getCreatedBy(),
                    a.getCreatedAt(), a.getDoneAt(), a.getVersion());
        }
    }

    @Schema(description = "A meeting in lists: startsAt and endsAt are instants (UTC); localStart is the start in "
            + "the meeting's timeZone")
    record MeetingSummary(long id, long projectId, MeetingKind kind, String title, Instant startsAt, Instant endsAt,
                          LocalDateTime localStart, String timeZone, int durationMinutes, String place,
                          String virtualLink, MeetingState state, String organiserName, long version) {

        static MeetingSummary of(Meeting m) {
            return new MeetingSummary(m.getId(), m.getProjectId(), m.getKind(), m.getTitle(), m.getStartsAt(),
                    m.endsAt(), LocalDateTime.ofInstant(m.getStartsAt(), ZoneId.of(m.getTimeZone())), m.getTimeZone(),
                    m.getDurationMinutes(), m.getPlace(), m.getVirtualLink(), m.getState(), m.getOrganiserName(),
                    m.getVersion());
        }
    }

    record AttendeeResponse(long personId, String name, AttendeeRole role, AttendanceMode mode,
                            AttendanceResponse response, Instant respondedAt) {
    }

    record DecisionResponse(DecisionSubject subjectKind, long subjectId, String outcome, String summary,
                            String decidedBy, Instant decidedAt) {

        static DecisionResponse of(MeetingDecision d) {
            return new DecisionResponse(d.subjectKind(), d.subjectId(), d.outcome(), d.summary(), d.decidedBy(),
                    d.decidedAt());
        }
    }

    @Schema(description = "A meeting with its attendees, agenda, minutes, decisions, action items and what the "
            + "signed-in person may do with it")
    record MeetingResponse(MeetingSummary meeting, Long gateReviewId, Long organiserId, int icalSequence,
                           List<AttendeeResponse> attendees, List<AgendaItemBody> agenda, MinutesResponse minutes,
                           List<DecisionResponse> decisions, List<ActionItemResponse> actionItems,
                           MeetingAbilities abilities) {

        static MeetingResponse of(Meeting m, Map<Long, PersonSummary> people, List<ActionItem> actionItems,
                                  MeetingAbilities abilities) {
            List<AttendeeResponse> attendees = m.getAttendees().stream()
                    .sorted(Comparator.comparing(Attendee::role).thenComparing(Attendee::personId))
                    .map(a -> new AttendeeResponse(a.personId(), name(people, a.personId()), a.role(), a.mode(),
                            a.response(), a.respondedAt()))
                    .toList();
            return new MeetingResponse(MeetingSummary.of(m), m.getGateReviewId(), m.getOrganiserId(),
                    m.getIcalSequence(), attendees, m.getAgenda().stream().map(AgendaItemBody::of).toList(),
                    MinutesResponse.of(m), m.getDecisions().stream().map(DecisionResponse::of).toList(),
                    actionItems.stream().map(a -> ActionItemResponse.of(a, people)).toList(), abilities);
        }

        private static String name(Map<Long, PersonSummary> people, long id) {
            PersonSummary p = people.get(id);
            return p == null ? "Person " + id : p.fullName();
        }
    }
}
