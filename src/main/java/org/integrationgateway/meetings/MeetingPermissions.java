package org.integrationgateway.meetings;

import org.integrationgateway.changecontrol.ChangeControlPermissions;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.portfolio.ProjectMatrix;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with meetings. Reading: anyone invited to the meeting, anyone with a role on its project (manager, a
 * current assignment, a board seat), PMO and administrators. Scheduling: the project manager, PMO and administrators.
 * Managing one meeting (reschedule, cancel, attendees, agenda): those, and its organiser. Other staff get 403;
 * customers learn nothing (404).
 */
@Component("meetingPermissions")
public class MeetingPermissions {

    private final ChangeControlPermissions changeControl;
    private final ProjectMatrix matrix;

    MeetingPermissions(ChangeControlPermissions changeControl, ProjectMatrix matrix) {
        this.changeControl = changeControl;
        this.matrix = matrix;
    }

    /** The person linked to the signed-in account, or null. */
    public Long currentPerson() {
        return changeControl.currentPerson();
    }

    public boolean isStaff() {
        return CurrentUser.get().map(user -> !user.isCustomer()).orElse(false);
    }

    public boolean canReadProject(long projectId) {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null || user.isCustomer()) {
            return false;
        }
        return user.isAdministratorOrPmo() || !changeControl.actorFor(projectId).roles().isEmpty();
    }

    public boolean canRead(Meeting meeting) {
        return isStaff() && (meeting.isInvited(currentPerson()) || canReadProject(meeting.getProjectId()));
    }

    public boolean canSchedule(long projectId) {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null || user.isCustomer()) {
            return false;
        }
        return user.isAdministratorOrPmo() || matrix.isManagedByAccount(projectId, user.accountId());
    }

    public boolean canManage(Meeting meeting) {
        if (!isStaff()) {
            return false;
        }
        Long person = currentPerson();
        return (person != null && person.equals(meeting.getOrganiserId())) || canSchedule(meeting.getProjectId());
    }

    void requireReadProject(long projectId) {
        if (!canReadProject(projectId)) {
            throw denied("Project", projectId, "Only the project's team, PMO and administrators see its meetings.");
        }
    }

    void requireRead(Meeting meeting) {
        if (!canRead(meeting)) {
            throw denied("Meeting", meeting.getId(), "Only the people invited, the project's team, PMO and administrators see this meeting.");
        }
    }

    void requireSchedule(long projectId) {
        if (!canSchedule(projectId)) {
            throw denied("Project", projectId, "Only the project manager, PMO and administrators schedule the project's meetings.");
        }
    }

    void requireManage(Meeting meeting) {
        requireRead(meeting);
        if (!canManage(meeting)) {
            throw new NotPermittedException("not-the-organiser",
                    "Only the organiser, the project manager, PMO and administrators change this meeting.");
        }
    }

    /** 404 for customers and anonymous callers (nothing to learn), 403 for other staff. */
    private RuntimeException denied(String entity, Object id, String message) {
        if (!isStaff()) {
            return new NotFoundException(entity, id);
        }
        return new NotPermittedException("not-on-the-project", message);
    }
}
