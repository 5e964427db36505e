package org.integrationgateway.specs;

import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.ProjectMatrix;
import org.integrationgateway.portfolio.ProjectRole;
import org.springframework.stereotype.Component;

/**
 * Who may do what with specifications, for {@code @PreAuthorize} and for showing actions: all staff read; the
 * project manager, engineers and designers on the project (and administrators and PMO) write items, variants and
 * freeze baselines by hand; customer contacts do none of it here (the portal shows them their variant later).
 */
@Component("specPermissions")
public class SpecPermissions {

    private final ProjectMatrix matrix;
    private final PersonDirectory people;

    SpecPermissions(ProjectMatrix matrix, PersonDirectory people) {
        this.matrix = matrix;
        this.people = people;
    }

    public boolean canRead() {
        return CurrentUser.get().map(user -> !user.isCustomer()).orElse(false);
    }

    public boolean canEdit(long projectId) {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null || user.isCustomer()) {
            return false;
        }
        if (user.isAdministratorOrPmo() || matrix.isManagedByAccount(projectId, user.accountId())) {
            return true;
        }
        Long person = people.findByUserAccount(user.accountId()).map(PersonSummary::id).orElse(null);
        return person != null && matrix.team(projectId).members().stream().anyMatch(a -> a.personId() == person
                && !a.endDate().isBefore(matrix.today())
                && (a.projectRole() == ProjectRole.ENGINEER || a.projectRole() == ProjectRole.DESIGNER
                || a.projectRole() == ProjectRole.PROJECT_MANAGER));
    }

    /** The project manager, administrators and PMO freeze a baseline by hand. */
    public boolean canFreeze(long projectId) {
        return CurrentUser.get().map(user -> !user.isCustomer()
                && (user.isAdministratorOrPmo() || matrix.isManagedByAccount(projectId, user.accountId()))).orElse(false);
    }

    /** The person linked to the signed-in account, or null. */
    public PersonSummary currentPerson() {
        return CurrentUser.get().flatMap(user -> people.findByUserAccount(user.accountId())).orElse(null);
    }
}
