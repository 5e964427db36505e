package org.integrationgateway.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;
import static org.integrationgateway.meetings.MeetingFixtures.draft;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.changecontrol.DecisionForum;
import org.integrationgateway.changecontrol.VoteChoice;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.meetings.StatusReportFixtures.Office;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.stagegate.Decision;
import org.integrationgateway.stagegate.DecisionInput;
import org.integrationgateway.stagegate.GateReview;
import org.integrationgateway.stagegate.Gatekeeping;
import org.integrationgateway.stagegate.ReviewState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Meetings against a real database: the auto-invite rule, the agenda built from the project, minutes that never
 * overwrite each other, decisions on change requests and gates through change control's and gatekeeping's own rules
 * (the meeting recorded as the forum), action items, invitations queued for e-mail, permissions, and refused input
 * writing nothing. Runs on H2 and on PostgreSQL.
 */
abstract class MeetingsContract {

    @Autowired MeetingFixtures fixtures;
    @Autowired Meetings meetings;
    @Autowired ChangeControl changeControl;
    @Autowired Gatekeeping gatekeeping;
    @Autowired StatusReporting reporting;
    @Autowired JdbcTemplate jdbc;

    Office office;

    @BeforeEach
    void setUp() {
        office = fixtures.office();
    }

    static <T> T asUser(CurrentUser user, Supplier<T> action) {
        return as(new Member(0, user), action);
    }

    Meeting schedule(MeetingKind kind) {
        return as(office.team().manager(), () -> meetings.schedule(office.project(), draft(kind, kind + " meeting")));
    }

    int meetingsOfProject() {
        return jdbc.queryForObject("select count(*) from meeting where project_id = ?", Integer.class, office.project());
    }

    List<Map<String, Object>> invitations(long meetingId) {
        return jdbc.queryForList("select person_id, method, sequence from meeting_invitation where meeting_id = ?"
                + " order by person_id, sequence, id", meetingId);
    }

    @Test
    void aStatusMeetingInvitesTheTeamAndAutomaticallyTheMarketingAndSalesLiaisons() {
        var team = office.team();
        Meeting meeting = schedule(MeetingKind.STATUS);

        assertThat(meeting.getAttendees()).extracting(Attendee::personId, Attendee::role, Attendee::mode,
                Attendee::response).containsExactlyInAnyOrder(
                tuple(team.manager().person(), AttendeeRole.ORGANISER, AttendanceMode.IN_PERSON, AttendanceResponse.ACCEPTED),
                tuple(team.engineer().person(), AttendeeRole.TEAM, AttendanceMode.IN_PERSON, AttendanceResponse.PENDING),
                tuple(team.quality().person(), AttendeeRole.TEAM, AttendanceMode.IN_PERSON, AttendanceResponse.PENDING),
                tuple(team.marketer().person(), AttendeeRole.LIAISON, AttendanceMode.VIRTUAL, AttendanceResponse.PENDING),
                tuple(team.seller().person(), AttendeeRole.LIAISON, AttendanceMode.VIRTUAL, AttendanceResponse.PENDING));
        assertThat(meeting.getStartsAt()).isEqualTo(draft(MeetingKind.STATUS, "x").start()
                .atZone(ZoneId.of("Europe/London")).toInstant());
        assertThat(meeting.getOrganiserName()).isEqualTo("Sofia Marin");
        assertThat(meeting.getIcalUid()).endsWith("@integration-gateway");
        // An invitation is owed to everyone but the organiser, once.
        assertThat(invitations(meeting.getId())).extracting(row -> ((Number) row.get("person_id")).longValue())
                .containsExactlyInAnyOrder(team.engineer().person(), team.quality().person(), team.marketer().person(),
                        team.seller().person());
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'meeting' and entity_id = ?",
                String.class, String.valueOf(meeting.getId()))).containsExactly("scheduled");
        // Liaisons see it among their meetings; the outsider has none.
        assertThat(as(team.seller(), () -> meetings.mine(meeting.getStartsAt().minusSeconds(60), 10)))
                .extracting(Meeting::getId).containsExactly(meeting.getId());
        assertThat(as(team.outsider(), () -> meetings.mine(meeting.getStartsAt().minusSeconds(60), 10))).isEmpty();
    }

    @Test
    void aDesignReviewInvitesLiaisonsButAChangeBoardInvitesTheBoardOnly() {
        var team = office.team();
        assertThat(schedule(MeetingKind.DESIGN_REVIEW).getAttendees()).extracting(Attendee::personId)
                .contains(team.marketer().person(), team.seller().person());
        Meeting board = schedule(MeetingKind.CHANGE_BOARD);
        assertThat(board.getAttendees()).extracting(Attendee::personId, Attendee::role).containsExactlyInAnyOrder(
                tuple(team.manager().person(), AttendeeRole.ORGANISER),
                tuple(team.tom().person(), AttendeeRole.BOARD),
                tuple(team.ines().person(), AttendeeRole.BOARD));
    }

    @Test
    void aGateReviewMeetingHoldsTheOpenReviewAndInvitesItsGatekeepersAndTheLiaisons() {
        var team = office.team();
        assertThatThrownBy(() -> schedule(MeetingKind.GATE_REVIEW)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("schedule the gate review first");
        GateReview review = fixtures.gateReview(office);
        Meeting meeting = schedule(MeetingKind.GATE_REVIEW);
        assertThat(meeting.getGateReviewId()).isEqualTo(review.getId());
        assertThat(meeting.getAttendees()).extracting(Attendee::personId, Attendee::role).contains(
                tuple(team.tom().person(), AttendeeRole.GATEKEEPER), tuple(team.ines().person(), AttendeeRole.GATEKEEPER),
                tuple(team.marketer().person(), AttendeeRole.LIAISON), tuple(team.seller().person(), AttendeeRole.LIAISON));
    }

    @Test
    void theAgendaIsBuiltFromTheProjectAndRefreshingKeepsWhatWasAddedByHand() {
        var team = office.team();
        ChangeRequest atGate = fixtures.awaitingDecision(office, "Faster film feeder", 0);
        ChangeRequest later = fixtures.awaitingDecision(office, "Quieter drive", 2);
        GateReview review = fixtures.gateReview(office);
        StatusReport report = as(team.manager(), () -> reporting.publish(office.project(), new StatusReportDraft(
                reporting.today(), Rag.GREEN, Rag.AMBER, Rag.GREEN, Rag.RED, "On track", List.of())));

        Meeting meeting = schedule(MeetingKind.STATUS);
        assertThat(meeting.getAgenda()).extracting(AgendaItem::section, AgendaItem::referenceKind, AgendaItem::referenceId)
                .containsExactly(
                        tuple(AgendaSection.STATUS, "STATUS_REPORT", report.getId()),
                        tuple(AgendaSection.GATE_REVIEW, "GATE_REVIEW", review.getId()),
                        tuple(AgendaSection.NEXT_GATE, "CHANGE_REQUEST", atGate.getId()),
                        tuple(AgendaSection.AWAITING_DECISION, "CHANGE_REQUEST", later.getId()));
        assertThat(meeting.getAgenda().get(0).title()).contains("schedule AMBER").contains("quality RED");
        assertThat(meeting.getAgenda().get(2).title()).startsWith(atGate.key() + " Faster film feeder");

        ActionItem action = as(team.manager(), () -> meetings.addActionItem(meeting.getId(), "Book the test rig",
                team.engineer().person(), LocalDate.now().plusDays(3)));
        List<AgendaItem> edited = new java.util.ArrayList<>(meeting.getAgenda());
        edited.add(new AgendaItem(AgendaSection.OTHER, "Trade fair in March", "Bring the demo line", null, null, false));
        Meeting withOwn = as(team.manager(), () -> meetings.editAgenda(meeting.getId(), meeting.getVersion(), edited));
        Meeting refreshed = as(team.manager(), () -> meetings.refreshAgenda(meeting.getId(), withOwn.getVersion()));

        assertThat(refreshed.getAgenda()).extracting(AgendaItem::section).containsExactly(AgendaSection.STATUS,
                AgendaSection.GATE_REVIEW, AgendaSection.NEXT_GATE, AgendaSection.AWAITING_DECISION,
                AgendaSection.ACTION_ITEMS, AgendaSection.OTHER);
        assertThat(refreshed.getAgenda().get(4).referenceId()).isEqualTo(action.getId());
        assertThat(refreshed.getAgenda().get(5).note()).isEqualTo("Bring the demo line");
        // A stale version, or a liaison, changes nothing.
        assertThatThrownBy(() -> as(team.manager(), () -> meetings.refreshAgenda(meeting.getId(), meeting.getVersion())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as(team.seller(), () -> meetings.editAgenda(meeting.getId(), refreshed.getVersion(),
                List.of()))).isInstanceOf(NotPermittedException.class);
        assertThat(as(team.manager(), () -> meetings.meeting(meeting.getId())).getAgenda()).hasSize(6);
    }

    @Test
    void minutesAreWrittenByAttendeesAndNeverOverwriteANewerRevision() {
        var team = office.team();
        Meeting meeting = schedule(MeetingKind.STATUS);
        Meeting first = as(team.marketer(), () -> meetings.writeMinutes(meeting.getId(), 0, "## Decisions\n- none yet"));
        assertThat(first.getMinutesRevision()).isEqualTo(1);
        assertThat(first.getMinutesEditedBy()).isEqualTo("Priya Natarajan");

        assertThatThrownBy(() -> as(team.engineer(), () -> meetings.writeMinutes(meeting.getId(), 0, "Lena's text")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("revision 1");
        assertThatThrownBy(() -> as(team.outsider(), () -> meetings.writeMinutes(meeting.getId(), 1, "x")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> asUser(office.customer(), () -> meetings.writeMinutes(meeting.getId(), 1, "x")))
                .isInstanceOf(NotFoundException.class);
        as(team.engineer(), () -> meetings.respond(meeting.getId(), AttendanceResponse.DECLINED, null));
        assertThatThrownBy(() -> as(team.engineer(), () -> meetings.writeMinutes(meeting.getId(), 1, "x")))
                .isInstanceOf(NotPermittedException.class);
        Meeting read = as(team.seller(), () -> meetings.meeting(meeting.getId()));
        assertThat(read.getMinutes()).isEqualTo("## Decisions\n- none yet");
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'meeting' and entity_id = ?"
                + " order by id", String.class, String.valueOf(meeting.getId())))
                .containsExactly("scheduled", "minutes-updated", "attendance-changed");
    }

    @Test
    void attendeesAnswerAndChooseHowTheyAttend() {
        var team = office.team();
        Meeting meeting = schedule(MeetingKind.STATUS);
        Meeting answered = as(team.seller(), () -> meetings.respond(meeting.getId(), AttendanceResponse.ACCEPTED,
                AttendanceMode.IN_PERSON));
        assertThat(answered.attendee(team.seller().person()).orElseThrow()).extracting(Attendee::response,
                Attendee::mode).containsExactly(AttendanceResponse.ACCEPTED, AttendanceMode.IN_PERSON);
        assertThatThrownBy(() -> as(team.outsider(), () -> meetings.respond(meeting.getId(),
                AttendanceResponse.ACCEPTED, null))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(team.seller(), () -> meetings.respond(meeting.getId(), null, null)))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aChangeBoardMeetingDecidesUnderTheBoardsRuleAndIsRecordedAsTheForum() {
        var team = office.team();
        ChangeRequest request = fixtures.awaitingDecision(office, "Washdown enclosure IP69K", 0);
        Meeting meeting = schedule(MeetingKind.CHANGE_BOARD);
        assertThat(as(team.tom(), () -> meetings.decidableChanges(meeting.getId())))
                .extracting(Meetings.DecidableChange::id).containsExactly(request.getId());
        // Lena is not on the board; a status meeting is no forum for decisions.
        assertThatThrownBy(() -> as(team.engineer(), () -> meetings.decideChange(meeting.getId(), request.getId(),
                request.getVersion(), VoteChoice.APPROVE, null, "Go"))).isInstanceOf(NotPermittedException.class);
        Meeting status = schedule(MeetingKind.STATUS);
        assertThatThrownBy(() -> as(team.manager(), () -> meetings.decideChange(status.getId(), request.getId(),
                request.getVersion(), VoteChoice.APPROVE, null, "Go"))).isInstanceOf(RuleViolationException.class);
        // With Tom and Ines declining, the board (quorum 2 of 3) is not there: Sofia alone cannot decide.
        as(team.tom(), () -> meetings.respond(meeting.getId(), AttendanceResponse.DECLINED, null));
        as(team.ines(), () -> meetings.respond(meeting.getId(), AttendanceResponse.DECLINED, null));
        assertThat(as(team.manager(), () -> meetings.abilities(meetings.meeting(meeting.getId()))).decideChanges())
                .isFalse();
        assertThatThrownBy(() -> as(team.manager(), () -> meetings.decideChange(meeting.getId(), request.getId(),
                request.getVersion(), VoteChoice.APPROVE, null, "Go"))).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("board's rule");
        assertThat(changeControl.changeRequest(request.getId()).getState()).isEqualTo(ChangeState.AWAITING_DECISION);

        as(team.ines(), () -> meetings.respond(meeting.getId(), AttendanceResponse.ACCEPTED, null));
        Meeting decided = as(team.manager(), () -> meetings.decideChange(meeting.getId(), request.getId(),
                request.getVersion(), VoteChoice.APPROVE, null, "Approved by the board in session"));

        ChangeRequest after = changeControl.changeRequest(request.getId());
        assertThat(after.getState()).isEqualTo(ChangeState.APPROVED);
        assertThat(after.getDecisionForum()).isEqualTo(DecisionForum.MEETING);
        assertThat(after.getDecisionReference()).isEqualTo(String.valueOf(meeting.getId()));
        assertThat(decided.getDecisions()).extracting(MeetingDecision::subjectKind, MeetingDecision::subjectId,
                MeetingDecision::outcome, MeetingDecision::decidedBy).containsExactly(tuple(
                DecisionSubject.CHANGE_REQUEST, request.getId(), "APPROVE", "Sofia Marin"));
        // Decided once: a second decision is a conflict, and the request has left the meeting's list.
        assertThatThrownBy(() -> as(team.ines(), () -> meetings.decideChange(meeting.getId(), request.getId(),
                after.getVersion(), VoteChoice.REJECT, null, "No"))).isInstanceOf(ConflictException.class);
        assertThat(as(team.tom(), () -> meetings.decidableChanges(meeting.getId()))).isEmpty();
    }

    @Test
    void aGateReviewMeetingDecidesTheGateThroughGatekeepingsRules() {
        var team = office.team();
        GateReview review = fixtures.gateReview(office);
        Meeting meeting = schedule(MeetingKind.GATE_REVIEW);
        DecisionInput hold = new DecisionInput(Decision.HOLD, "Wait for the budget", null, List.of(), null,
                review.getVersion());
        assertThatThrownBy(() -> as(team.seller(), () -> meetings.decideGate(meeting.getId(), hold)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(gatekeeping.review(review.getId()).getState()).isEqualTo(ReviewState.SCHEDULED);

        Meeting decided = as(team.manager(), () -> meetings.decideGate(meeting.getId(), hold));
        assertThat(gatekeeping.review(review.getId()).getState()).isNotEqualTo(ReviewState.SCHEDULED);
        assertThat(decided.getDecisions()).extracting(MeetingDecision::subjectKind, MeetingDecision::subjectId,
                MeetingDecision::outcome).containsExactly(tuple(DecisionSubject.GATE_REVIEW, review.getId(), "HOLD"));
        assertThat(as(team.manager(), () -> meetings.abilities(meetings.meeting(meeting.getId()))).decideGate())
                .isFalse();
    }

    @Test
    void actionItemsHaveAnOwnerAndADueDateAndAreDoneOnce() {
        var team = office.team();
        Meeting meeting = schedule(MeetingKind.STATUS);
        ActionItem item = as(team.marketer(), () -> meetings.addActionItem(meeting.getId(),
                "Send the Bellamy feedback to engineering", team.seller().person(), LocalDate.now().plusDays(2)));
        assertThat(item.getState()).isEqualTo(ActionItemState.OPEN);
        assertThat(item.getCreatedBy()).isEqualTo("Priya Natarajan");
        assertThat(as(team.seller(), () -> meetings.myOpenActionItems())).extracting(ActionItem::getId)
                .containsExactly(item.getId());
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'action-item' and entity_id = ?",
                String.class, String.valueOf(item.getId()))).containsExactly("assigned");

        assertThatThrownBy(() -> as(team.engineer(), () -> meetings.completeActionItem(item.getId(), item.getVersion())))
                .isInstanceOf(NotPermittedException.class);
        ActionItem done = as(team.seller(), () -> meetings.completeActionItem(item.getId(), item.getVersion()));
        assertThat(done.getState()).isEqualTo(ActionItemState.DONE);
        assertThatThrownBy(() -> as(team.seller(), () -> meetings.completeActionItem(item.getId(), done.getVersion())))
                .isInstanceOf(ConflictException.class);
        assertThat(as(team.seller(), () -> meetings.myOpenActionItems())).isEmpty();

        int before = jdbc.queryForObject("select count(*) from action_item", Integer.class);
        assertThatThrownBy(() -> as(team.manager(), () -> meetings.addActionItem(meeting.getId(), " ",
                team.seller().person(), LocalDate.now()))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> as(team.manager(), () -> meetings.addActionItem(meeting.getId(), "Late",
                team.seller().person(), LocalDate.now().minusDays(1)))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> as(team.manager(), () -> meetings.addActionItem(meeting.getId(), "Nobody",
                Long.MAX_VALUE - 7, LocalDate.now()))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> as(team.outsider(), () -> meetings.addActionItem(meeting.getId(), "Mine",
                team.outsider().person(), LocalDate.now()))).isInstanceOf(NotPermittedException.class);
        assertThat(jdbc.queryForObject("select count(*) from action_item", Integer.class)).isEqualTo(before);
    }

    @Test
    void reschedulingAndCancellingRaiseTheSequenceAndOweUpdatedInvitations() {
        var team = office.team();
        Meeting meeting = schedule(MeetingKind.STATUS);
        MeetingDraft later = new MeetingDraft(null, "Status, moved", LocalDateTime.now().plusDays(8).withHour(9)
                .withMinute(30).withSecond(0).withNano(0), "America/New_York", 45, null, "https://meet.example.com/x",
                List.of());
        Meeting moved = as(team.manager(), () -> meetings.reschedule(meeting.getId(), meeting.getVersion(), later));
        assertThat(moved.getIcalSequence()).isEqualTo(1);
        assertThat(moved.getTimeZone()).isEqualTo("America/New_York");
        assertThat(moved.getStartsAt()).isEqualTo(later.start().atZone(ZoneId.of("America/New_York")).toInstant());
        Meeting cancelled = as(team.manager(), () -> meetings.cancel(meeting.getId(), moved.getVersion()));
        assertThat(cancelled.getState()).isEqualTo(MeetingState.CANCELLED);
        assertThat(invitations(meeting.getId())).filteredOn(row -> team.seller().person()
                        == ((Number) row.get("person_id")).longValue())
                .extracting(row -> row.get("method"), row -> ((Number) row.get("sequence")).intValue())
                .containsExactly(tuple("REQUEST", 0), tuple("REQUEST", 1), tuple("CANCEL", 2));
        assertThatThrownBy(() -> as(team.marketer(), () -> meetings.writeMinutes(meeting.getId(), 0, "late")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as(team.manager(), () -> meetings.cancel(meeting.getId(), cancelled.getVersion())))
                .isInstanceOf(ConflictException.class);
        assertThat(as(team.manager(), () -> meetings.abilities(cancelled))).isEqualTo(MeetingAbilities.NONE);
    }

    @Test
    void onlyTheManagerSchedulesAndOutsidersLearnNothing() {
        var team = office.team();
        assertThatThrownBy(() -> as(team.engineer(), () -> meetings.schedule(office.project(),
                draft(MeetingKind.STATUS, "Mine")))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> asUser(office.customer(), () -> meetings.schedule(office.project(),
                draft(MeetingKind.STATUS, "Mine")))).isInstanceOf(NotFoundException.class);
        Meeting meeting = asUser(office.pmo(), () -> meetings.schedule(office.project(), draft(MeetingKind.STATUS, "PMO")));
        assertThat(meeting.getOrganiserId()).isNull();
        assertThatThrownBy(() -> as(team.outsider(), () -> meetings.meeting(meeting.getId())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> asUser(office.customer(), () -> meetings.meeting(meeting.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asUser(office.customer(), () -> meetings.ofProject(office.project(),
                org.springframework.data.domain.PageRequest.of(0, 10)))).isInstanceOf(NotFoundException.class);
        // A guest outside the project reads the meeting they were invited to.
        as(team.manager(), () -> meetings.invite(meeting.getId(), team.outsider().person()));
        assertThat(as(team.outsider(), () -> meetings.meeting(meeting.getId())).getTitle()).isEqualTo("PMO");
        // Taken off and invited again, they are owed a cancellation and then a fresh invitation.
        asUser(office.pmo(), () -> meetings.uninvite(meeting.getId(), team.outsider().person()));
        assertThatThrownBy(() -> as(team.outsider(), () -> meetings.meeting(meeting.getId())))
                .isInstanceOf(NotPermittedException.class);
        asUser(office.pmo(), () -> meetings.invite(meeting.getId(), team.outsider().person()));
        assertThat(invitations(meeting.getId())).filteredOn(row -> team.outsider().person()
                        == ((Number) row.get("person_id")).longValue())
                .extracting(row -> row.get("method"), row -> ((Number) row.get("sequence")).intValue())
                .containsExactly(tuple("REQUEST", 0), tuple("CANCEL", 1), tuple("REQUEST", 1));
        assertThat(asUser(office.admin(), () -> meetings.ofProject(office.project(),
                org.springframework.data.domain.PageRequest.of(0, 10))).getContent()).extracting(Meeting::getId)
                .containsExactly(meeting.getId());
    }

    @Test
    void badInputIsRefusedWithTheFieldAndWritesNothing() {
        var team = office.team();
        LocalDateTime start = LocalDateTime.now().plusDays(3).withNano(0);
        List<MeetingDraft> bad = List.of(
                new MeetingDraft(null, "t", start, "Europe/London", 60, "Room", null, List.of()),
                new MeetingDraft(MeetingKind.STATUS, " ", start, "Europe/London", 60, "Room", null, List.of()),
                new MeetingDraft(MeetingKind.STATUS, "t", null, "Europe/London", 60, "Room", null, List.of()),
                new MeetingDraft(MeetingKind.STATUS, "t", start, "Mars/Olympus", 60, "Room", null, List.of()),
                new MeetingDraft(MeetingKind.STATUS, "t", start, "+02:00", 60, "Room", null, List.of()),
                new MeetingDraft(MeetingKind.STATUS, "t", start, "Europe/London", 3, "Room", null, List.of()),
                new MeetingDraft(MeetingKind.STATUS, "t", start, "Europe/London", 721, "Room", null, List.of()),
                new MeetingDraft(MeetingKind.STATUS, "t", start, "Europe/London", 60, null, " ", List.of()),
                new MeetingDraft(MeetingKind.STATUS, "t", start, "Europe/London", 60, null, "javascript:alert(1)", List.of()),
                new MeetingDraft(MeetingKind.STATUS, "x".repeat(201), start, "Europe/London", 60, "Room", null, List.of()),
                new MeetingDraft(MeetingKind.STATUS, "t", start, "Europe/London", 60, "Room", null,
                        List.of(Long.MAX_VALUE - 11)));
        for (MeetingDraft draft : bad) {
            assertThatThrownBy(() -> as(team.manager(), () -> meetings.schedule(office.project(), draft)))
                    .as(draft.toString()).isInstanceOf(InvalidRequestException.class);
        }
        assertThat(meetingsOfProject()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from meeting_invitation i join meeting m on m.id = i.meeting_id"
                + " where m.project_id = ?", Integer.class, office.project())).isZero();
    }
}
