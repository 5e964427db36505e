package org.integrationgateway.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.integrationgateway.portfolio.AssignmentView;
import org.integrationgateway.portfolio.ProjectRole;

/**
 * Who is invited to a meeting, and how they attend by default. The rule, in order (a person invited for two reasons
 * keeps the first):
 * <ol>
 * <li>the organiser (ORGANISER, accepted);</li>
 * <li>the project manager (TEAM);</li>
 * <li>for a change board meeting, the change control board's members (BOARD); for a gate review meeting, the review's
 * gatekeepers and chair (GATEKEEPER);</li>
 * <li>for status and review meetings, everyone currently assigned to the project in a team role (engineer, designer,
 * quality, project manager) (TEAM), and <b>the marketing and sales liaisons currently matrixed to the project</b>
 * (LIAISON), automatically;</li>
 * <li>the guests the organiser named (GUEST).</li>
 * </ol>
 * Gatekeeper assignments invite to gate reviews only (through the review). Attendees come in person when the meeting
 * has a place, virtually when it has only a link; liaisons, who are tied to the project virtually, attend virtually
 * whenever there is a link. Everyone but the organiser starts PENDING.
 */
final class AttendancePolicy {

    private AttendancePolicy() {
    }

    static List<Attendee> invitees(MeetingKind kind, Long organiserId, long managerId,
                                   Collection<AssignmentView> assignments, LocalDate today,
                                   Collection<Long> boardMembers, Collection<Long> gatekeepers,
                                   Collection<Long> guests, boolean hasPlace, boolean hasLink, Instant now) {
        AttendanceMode usual = hasPlace ? AttendanceMode.IN_PERSON : AttendanceMode.VIRTUAL;
        AttendanceMode liaisonMode = hasLink ? AttendanceMode.VIRTUAL : AttendanceMode.IN_PERSON;
        Map<Long, Attendee> invited = new LinkedHashMap<>();
        if (organiserId != null) {
            invited.put(organiserId, new Attendee(organiserId, AttendeeRole.ORGANISER, usual,
                    AttendanceResponse.ACCEPTED, now));
        }
        add(invited, managerId, AttendeeRole.TEAM, usual);
        if (kind == MeetingKind.CHANGE_BOARD) {
            boardMembers.forEach(id -> add(invited, id, AttendeeRole.BOARD, usual));
        }
        if (kind == MeetingKind.GATE_REVIEW) {
            gatekeepers.forEach(id -> add(invited, id, AttendeeRole.GATEKEEPER, usual));
        }
        if (kind.invitesLiaisons()) {
            List<AssignmentView> current = assignments.stream()
                    .filter(a -> !a.startDate().isAfter(today) && !a.endDate().isBefore(today)).toList();
            current.stream().filter(a -> isTeam(a.projectRole()))
                    .forEach(a -> add(invited, a.personId(), AttendeeRole.TEAM, usual));
            current.stream().filter(a -> isLiaison(a.projectRole()))
                    .forEach(a -> add(invited, a.personId(), AttendeeRole.LIAISON, liaisonMode));
        }
        guests.forEach(id -> add(invited, id, AttendeeRole.GUEST, usual));
        return new ArrayList<>(invited.values());
    }

    static boolean isLiaison(ProjectRole role) {
        return role == ProjectRole.MARKETING_LIAISON || role == ProjectRole.SALES_LIAISON;
    }

    private static boolean isTeam(ProjectRole role) {
        return role == ProjectRole.ENGINEER || role == ProjectRole.DESIGNER || role == ProjectRole.QUALITY
                || role == ProjectRole.PROJECT_MANAGER;
    }

    private static void add(Map<Long, Attendee> invited, long personId, AttendeeRole role, AttendanceMode mode) {
        invited.putIfAbsent(personId, new Attendee(personId, role, mode, AttendanceResponse.PENDING, null));
    }
}
