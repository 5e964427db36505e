package org.integrationgateway.acceptance;

import java.util.Optional;
import org.integrationgateway.changecontrol.ChangeActor;
import org.integrationgateway.changecontrol.ChangeControlPermissions;
import org.integrationgateway.changecontrol.ChangeRole;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.organisation.CustomerManagement;
import org.springframework.stereotype.Component;

/**
 * Who may do what with acceptance. Staff: the project's manager, administrators and PMO assign and cancel tasks and
 * raise change requests from defects; everyone with a role in the project (member, board, gatekeeper roles as change
 * control knows them) reads its tasks and records. Customer contacts: every contact of the task's customer reads it
 * (anyone else gets 404, as if it did not exist); only the assignee records results and decides; any contact of the
 * customer may raise a change request from a defect of their rejection.
 */
@Component("acceptancePermissions")
public class AcceptancePermissions {

    private final ChangeControlPermissions changePermissions;
    private final CustomerManagement customers;

    AcceptancePermissions(ChangeControlPermissions changePermissions, CustomerManagement customers) {
        this.changePermissions = changePermissions;
        this.customers = customers;
    }

    public boolean isStaff() {
        return CurrentUser.get().map(user -> !user.isCustomer()).orElse(false);
    }

    public boolean canManage(long projectId) {
        return staff().map(user -> user.isAdministratorOrPmo()
                || changePermissions.actorFor(projectId).is(ChangeRole.PROJECT_MANAGER)).orElse(false);
    }

    public boolean canView(long projectId) {
        return staff().map(user -> user.isAdministratorOrPmo()
                || !changePermissions.actorFor(projectId).roles().isEmpty()).orElse(false);
    }

    /** The staff member acting, as change control sees them in the project (for the name recorded). */
    ChangeActor staffActor(long projectId) {
        return changePermissions.actorFor(projectId);
    }

    /** The signed-in customer contact, if the user is one (and their contact record still exists). */
    public Optional<CustomerActor> customer() {
        return CurrentUser.get().filter(CurrentUser::isCustomer).filter(u -> u.customerOrganisation() != null)
                .flatMap(user -> customers.allContacts(user.customerOrganisation()).stream()
                        .filter(c -> c.userAccount() != null && c.userAccount() == user.accountId()).findFirst()
                        .map(c -> new CustomerActor(user.accountId(), user.customerOrganisation(), c.id(),
                                c.fullName(), customers.get(user.customerOrganisation()).name())));
    }

    private static Optional<CurrentUser> staff() {
        return CurrentUser.get().filter(user -> !user.isCustomer());
    }

    /** A customer contact acting in the portal: their account, organisation, contact record and names. */
    public record CustomerActor(long accountId, long customerId, long contactId, String name, String customerName) {

        /** How a change request names them, e.g. {@code Hannah Bellamy, Bellamy Foods}. */
        public String requesterName() {
            return name + ", " + customerName;
        }

    }
}
