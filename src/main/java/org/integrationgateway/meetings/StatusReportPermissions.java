package org.integrationgateway.meetings;

import org.integrationgateway.changecontrol.ChangeControlPermissions;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.portfolio.ProjectMatrix;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a project's status reports: its project manager, administrators and PMO write them and set
 * the cadence; anyone with a role on the project (manager, a current assignment, a board seat) and PMO and
 * administrators read them; other staff may not (403); customers see none of it (404).
 */
@Component("statusReportPermissions")
public class StatusReportPermissions {

    private final ChangeControlPermissions changeControl;
    private final ProjectMatrix matrix;

    StatusReportPermissions(ChangeControlPermissions changeControl, ProjectMatrix matrix) {
        this.changeControl = changeControl;
        this.matrix = matrix;
    }

    /** Staff (not customers): they may at least learn that status reports exist. */
    public boolean isStaff() {
        return CurrentUser.get().map(user -> !user.isCustomer()).orElse(false);
    }

    public boolean canRead(long projectId) {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null || user.isCustomer()) {
            return false;
        }
        return user.isAdministratorOrPmo() || !changeControl.actorFor(projectId).roles().isEmpty();
    }

    public boolean canWrite(long projectId) {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null || user.isCustomer()) {
            return false;
        }
        return user.isAdministratorOrPmo() || matrix.isManagedByAccount(projectId, user.accountId());
    }
}
