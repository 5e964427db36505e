package org.integrationgateway.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.integrationgateway.meetings.ActionItem;
import org.integrationgateway.meetings.Meeting;
import org.integrationgateway.meetings.Meetings;
import org.integrationgateway.meetings.web.MeetingApi.ActionItemBody;
import org.integrationgateway.meetings.web.MeetingApi.ActionItemResponse;
import org.integrationgateway.meetings.web.MeetingApi.AgendaBody;
import org.integrationgateway.meetings.web.MeetingApi.AgendaItemBody;
import org.integrationgateway.meetings.web.MeetingApi.AgendaResponse;
import org.integrationgateway.meetings.web.MeetingApi.ChangeDecisionBody;
import org.integrationgateway.meetings.web.MeetingApi.GateDecisionBody;
import org.integrationgateway.meetings.web.MeetingApi.MeetingResponse;
import org.integrationgateway.meetings.web.MeetingApi.MeetingSummary;
import org.integrationgateway.meetings.web.MeetingApi.MinutesBody;
import org.integrationgateway.meetings.web.MeetingApi.MinutesResponse;
import org.integrationgateway.meetings.web.MeetingApi.PersonBody;
import org.integrationgateway.meetings.web.MeetingApi.RescheduleBody;
import org.integrationgateway.meetings.web.MeetingApi.ResponseBody;
import org.integrationgateway.meetings.web.MeetingApi.ScheduleBody;
import org.integrationgateway.meetings.web.MeetingApi.VersionBody;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.shared.Paging;
import org.integrationgateway.stagegate.DecisionInput;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The meetings API: a project's meetings, one meeting with everything taken in it, and each change to it. Every
 * permission is checked by {@link Meetings} (403 for staff without a role on the project, 404 for customers, whom
 * the security configuration keeps out of the API anyway); refusals are problem details naming the field.
 */
@RestController
@Tag(name = "Meetings", description = "Status, design review, gate review and change board meetings of a project: "
        + "attendees (the team, and for status and review meetings the marketing and sales liaisons, invited "
        + "automatically), their answers, the agenda built from the project, live minutes in Markdown (saved on top of "
        + "the revision read; 409 minutes-changed when someone saved meanwhile), decisions on change requests and on "
        + "the gate review through change control's and gatekeeping's rules, and action items. Those with a role on "
        + "the project, invitees, administrators and PMO read; the organiser, the project manager, administrators and "
        + "PMO manage (403 for other staff); customers get 404.")
@PreAuthorize("@meetingPermissions.isStaff()")
class MeetingApiController {

    static final Set<String> SORT = Set.of("startsAt", "createdAt");
    static final Sort LATEST_FIRST = Sort.by(Sort.Direction.DESC, "startsAt").and(Sort.by(Sort.Direction.DESC, "id"));
    static final int MINE_LIMIT = 50;

    private final Meetings meetings;
    private final Clock clock;

    MeetingApiController(Meetings meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    // ---- a project's meetings -------------------------------------------------------------------------------------

    @GetMapping("/api/projects/{projectId}/meetings")
    @Operation(summary = "A project's meetings, latest start first, paged",
            description = "sort is startsAt or createdAt with ,asc or ,desc (default startsAt,desc). 400 for an "
                    + "unknown sort field or size above 100; 403; 404 unknown project.")
    PageResponse<MeetingSummary> list(@PathVariable long projectId, @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size,
                                      @RequestParam(required = false) String sort) {
        var pageable = Paging.of(page, size, sort, SORT, LATEST_FIRST);
        return PageResponse.of(meetings.ofProject(projectId, pageable), MeetingSummary::of);
    }

    @PostMapping("/api/projects/{projectId}/meetings")
    @Operation(summary = "Schedule a meeting of the project",
            description = "201 with Location. Invites the team (and for STATUS, DESIGN_REVIEW and GATE_REVIEW the "
                    + "marketing and sales liaisons), builds the agenda and queues the invitations. 400 names the "
                    + "field: kind, title, start, timeZone, durationMinutes (5-720), place or virtualLink (one of them), "
                    + "guestIds; 422 for a GATE_REVIEW without an open gate review; 403 (the project manager, "
                    + "administrators and PMO schedule); 404.")
    ResponseEntity<MeetingResponse> schedule(@PathVariable long projectId,
                                             @RequestBody(required = false) ScheduleBody body) {
        if (body == null) {
            throw new InvalidRequestException("kind", "Describe the meeting.");
        }
        Meeting meeting = meetings.schedule(projectId, body.draft());
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.getId())).body(full(meeting));
    }

    // ---- one meeting ------------------------------------------------------------------------------------------------

    @GetMapping("/api/meetings/{id}")
    @Operation(summary = "A meeting with its attendees, agenda, minutes, decisions, action items and abilities",
            description = "403 when the signed-in person may not read it; 404.")
    MeetingResponse get(@PathVariable long id) {
        return full(meetings.meeting(id));
    }

    @PutMapping("/api/meetings/{id}")
    @Operation(summary = "Reschedule: new title, time, zone, duration, place or link",
            description = "The kind and the attendees stay; the invitations are sent again. 400 names the field; "
                    + "409 stale-version or meeting-cancelled; 403; 404.")
    MeetingResponse reschedule(@PathVariable long id, @RequestBody(required = false) RescheduleBody body) {
        if (body == null) {
            throw new InvalidRequestException("title", "Describe the meeting.");
        }
        Meeting current = meetings.meeting(id);
        return full(meetings.reschedule(id, requireVersion(body.version()), body.draft(current.getKind())));
    }

    @PostMapping("/api/meetings/{id}/cancel")
    @Operation(summary = "Cancel the meeting", description = "Final; the attendees get a cancellation. 400 version; "
            + "409 stale-version or meeting-cancelled; 403; 404.")
    MeetingResponse cancel(@PathVariable long id, @RequestBody(required = false) VersionBody body) {
        return full(meetings.cancel(id, requireVersion(body == null ? null : body.version())));
    }

    @PostMapping("/api/meetings/{id}/attendees")
    @Operation(summary = "Invite one more person (staff) as a guest",
            description = "Inviting someone twice changes nothing. 400 personId; 404 unknown person; 409 "
                    + "meeting-cancelled; 422 too-many-attendees; 403.")
    MeetingResponse invite(@PathVariable long id, @RequestBody(required = false) PersonBody body) {
        if (body == null || body.personId() == null) {
            throw new InvalidRequestException("personId", "Choose the person to invite.");
        }
        return full(meetings.invite(id, body.personId()));
    }

    @DeleteMapping("/api/meetings/{id}/attendees/{personId}")
    @Operation(summary = "Take a person off the meeting", description = "422 organiser-stays; 404 when not invited; "
            + "409 meeting-cancelled; 403.")
    MeetingResponse uninvite(@PathVariable long id, @PathVariable long personId) {
        return full(meetings.uninvite(id, personId));
    }

    @PutMapping("/api/meetings/{id}/response")
    @Operation(summary = "The signed-in attendee's answer (ACCEPTED, TENTATIVE, DECLINED) and mode",
            description = "mode IN_PERSON or VIRTUAL, left out to keep it. 400 response; 422 not-invited or no-place "
                    + "(IN_PERSON at a meeting without a place); 409 meeting-cancelled.")
    MeetingResponse respond(@PathVariable long id, @RequestBody(required = false) ResponseBody body) {
        if (body == null || body.response() == null) {
            throw new InvalidRequestException("response", "Answer accepted, tentative or declined.");
        }
        return full(meetings.respond(id, body.response(), body.mode()));
    }

    // ---- agenda -----------------------------------------------------------------------------------------------------

    @GetMapping("/api/meetings/{id}/agenda")
    @Operation(summary = "The meeting's agenda, in order, with the meeting's version")
    AgendaResponse agenda(@PathVariable long id) {
        return AgendaResponse.of(meetings.meeting(id));
    }

    @PutMapping("/api/meetings/{id}/agenda")
    @Operation(summary = "Replace the agenda with the items as edited",
            description = "400 items (at most 100; each a title up to 300, a note up to 2,000) or version; 409 "
                    + "stale-version or meeting-cancelled; 403 (those who manage the meeting).")
    AgendaResponse editAgenda(@PathVariable long id, @RequestBody(required = false) AgendaBody body) {
        if (body == null || body.items() == null) {
            throw new InvalidRequestException("items", "Give the agenda's items.");
        }
        List<org.integrationgateway.meetings.AgendaItem> items = body.items().stream()
                .map(i -> i == null ? null : i.item()).toList();
        return AgendaResponse.of(meetings.editAgenda(id, requireVersion(body.version()), items));
    }

    @PostMapping("/api/meetings/{id}/agenda/refresh")
    @Operation(summary = "Rebuild the generated agenda items from the project as it is now",
            description = "Items added by hand stay after them. 400 version; 409 stale-version; 403.")
    AgendaResponse refreshAgenda(@PathVariable long id, @RequestBody(required = false) VersionBody body) {
        return AgendaResponse.of(meetings.refreshAgenda(id, requireVersion(body == null ? null : body.version())));
    }

    // ---- minutes ----------------------------------------------------------------------------------------------------

    @GetMapping("/api/meetings/{id}/minutes")
    @Operation(summary = "The minutes (Markdown) with their revision")
    MinutesResponse minutes(@PathVariable long id) {
        return MinutesResponse.of(meetings.meeting(id));
    }

    @PutMapping("/api/meetings/{id}/minutes")
    @Operation(summary = "Save the minutes written on top of baseRevision",
            description = "The other attendees' pages follow live. 400 baseRevision or text (at most 100,000 "
                    + "characters); 409 minutes-changed when someone saved since baseRevision (read them, merge and "
                    + "save on top of the new revision), or meeting-cancelled; 403 (attendees who have not declined, "
                    + "and those who manage the meeting).")
    MinutesResponse writeMinutes(@PathVariable long id, @RequestBody(required = false) MinutesBody body) {
        if (body == null || body.baseRevision() == null) {
            throw new InvalidRequestException("baseRevision", "Give the revision of the minutes you started from.");
        }
        return MinutesResponse.of(meetings.writeMinutes(id, body.baseRevision(), body.text()));
    }

    // ---- decisions ------------------------------------------------------------------------------------------------

    @GetMapping("/api/meetings/{id}/decidable-changes")
    @Operation(summary = "The change requests that may be decided in this meeting now",
            description = "Empty unless the meeting is a change board or gate review that is not cancelled.")
    List<Meetings.DecidableChange> decidableChanges(@PathVariable long id) {
        return meetings.decidableChanges(id);
    }

    @PostMapping("/api/meetings/{id}/change-decisions")
    @Operation(summary = "Decide a change request in the meeting, through change control's rules",
            description = "The decision records the meeting as its forum and the meeting logs it. 400 names the "
                    + "field (changeRequestId, expectedVersion, outcome APPROVE, REJECT or DEFER, deferToStage); 409 "
                    + "stale-version; 422 when change control's rules for a decision in a meeting do not hold; 403.")
    MeetingResponse decideChange(@PathVariable long id, @RequestBody(required = false) ChangeDecisionBody body) {
        if (body == null || body.changeRequestId() == null) {
            throw new InvalidRequestException("changeRequestId", "Choose the change request to decide.");
        }
        if (body.outcome() == null) {
            throw new InvalidRequestException("outcome", "Decide approve, reject or defer.");
        }
        return full(meetings.decideChange(id, body.changeRequestId(), requireVersion("expectedVersion",
                body.expectedVersion()), body.outcome(), body.deferToStage(), body.comment()));
    }

    @PostMapping("/api/meetings/{id}/gate-decision")
    @Operation(summary = "Decide the gate review the meeting holds, through gatekeeping's rules",
            description = "400 decision (GO, KILL, HOLD, RECYCLE), rationale or version (the review's); 409 "
                    + "stale-version or decided already; 422 when gatekeeping's rules refuse it (e.g. a GO at a "
                    + "failed gate without overrideJustification); 403.")
    MeetingResponse decideGate(@PathVariable long id, @RequestBody(required = false) GateDecisionBody body) {
        if (body == null || body.decision() == null) {
            throw new InvalidRequestException("decision", "Decide go, kill, hold or recycle.");
        }
        return full(meetings.decideGate(id, new DecisionInput(body.decision(), body.rationale(),
                body.overrideJustification(), List.of(), List.of(), requireVersion(body.version()))));
    }

    // ---- action items -----------------------------------------------------------------------------------------------

    @GetMapping("/api/meetings/{id}/action-items")
    @Operation(summary = "The action items taken in the meeting, oldest first")
    List<ActionItemResponse> actionItems(@PathVariable long id) {
        Meeting meeting = meetings.meeting(id);
        Map<Long, org.integrationgateway.organisation.PersonSummary> people = meetings.people(meeting);
        return meetings.actionItems(id).stream().map(a -> ActionItemResponse.of(a, people)).toList();
    }

    @PostMapping("/api/meetings/{id}/action-items")
    @Operation(summary = "Take an action item in the meeting", description = "201 with Location; the owner is told in "
            + "their inbox. 400 title (1-300), ownerId (a person), dueOn (today or later); 409 meeting-cancelled; 403.")
    ResponseEntity<ActionItemResponse> addActionItem(@PathVariable long id,
                                                     @RequestBody(required = false) ActionItemBody body) {
        if (body == null) {
            throw new InvalidRequestException("title", "Describe the action.");
        }
        if (body.ownerId() == null) {
            throw new InvalidRequestException("ownerId", "Choose who owns the action.");
        }
        ActionItem item = meetings.addActionItem(id, body.title(), body.ownerId(), body.dueOn());
        return ResponseEntity.created(URI.create("/api/meetings/" + id + "/action-items"))
                .body(ActionItemResponse.of(item, meetings.people(meetings.meeting(id))));
    }

    @PostMapping("/api/action-items/{id}/done")
    @Operation(summary = "Mark an action item done", description = "Its owner, or those who manage the meeting. 400 "
            + "version; 409 action-done or stale-version; 403; 404.")
    ActionItemResponse done(@PathVariable long id, @RequestBody(required = false) VersionBody body) {
        ActionItem item = meetings.completeActionItem(id, requireVersion(body == null ? null : body.version()));
        return ActionItemResponse.of(item, Map.of());
    }

    // ---- the signed-in person's -------------------------------------------------------------------------------------

    @GetMapping("/api/me/meetings")
    @Operation(summary = "The signed-in person's meetings from now on, soonest first (at most 50)")
    List<MeetingSummary> mine() {
        return meetings.mine(Instant.now(clock), MINE_LIMIT).stream().map(MeetingSummary::of).toList();
    }

    @GetMapping("/api/me/action-items")
    @Operation(summary = "The signed-in person's open action items, soonest due first")
    List<ActionItemResponse> myActionItems() {
        return meetings.myOpenActionItems().stream().map(a -> ActionItemResponse.of(a, Map.of())).toList();
    }

    private MeetingResponse full(Meeting meeting) {
        return MeetingResponse.of(meeting, meetings.people(meeting), meetings.actionItems(meeting.getId()),
                meetings.abilities(meeting));
    }

    static long requireVersion(Long version) {
        return requireVersion("version", version);
    }

    static long requireVersion(String field, Long version) {
        if (version == null) {
            throw new InvalidRequestException(field, "Give the version you read.");
        }
        return version;
    }
}
