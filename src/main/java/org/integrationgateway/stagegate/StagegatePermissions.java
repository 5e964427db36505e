package org.integrationgateway.stagegate;

import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.ProjectMatrix;
import org.integrationgateway.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the stage-gate lifecycle, for {@code @PreAuthorize} and for showing actions: administrators
 * and PMO edit templates and start lifecycles; they and the project's manager schedule reviews and update
 * deliverables; only a review's gatekeepers score it; the decider follows the template's {@link GateDecisionRule}.
 * Customer contacts may do none of it. For an unknown review the checks allow, so that the request answers 404.
 */
@Component("stagegatePermissions")
public class StagegatePermissions {

    private final ProjectMatrix matrix;
    private final PersonDirectory people;
    private final Gatekeeping gatekeeping;

    StagegatePermissions(ProjectMatrix matrix, PersonDirectory people, Gatekeeping gatekeeping) {
        this.matrix = matrix;
        this.people = people;
        this.gatekeeping = gatekeeping;
    }

    public boolean canEditTemplates() {
        return CurrentUser.get().map(user -> !user.isCustomer() && user.isAdministratorOrPmo()).orElse(false);
    }

    public boolean canManageLifecycle(long projectId) {
        return CurrentUser.get().map(user -> !user.isCustomer()
                && (user.isAdministratorOrPmo() || matrix.isManagedByAccount(projectId, user.accountId()))).orElse(false);
    }

    public boolean canScore(long reviewId) {
        return CurrentUser.get().filter(user -> !user.isCustomer()).map(user -> {
            try {
                return gatekeeping.review(reviewId).isGatekeeper(personOf(user));
            } catch (NotFoundException unknown) {
                return true;
            }
        }).orElse(false);
    }

    public boolean canDecide(long reviewId) {
        return CurrentUser.get().filter(user -> !user.isCustomer()).map(user -> {
            try {
                return gatekeeping.mayDecide(reviewId, personOf(user), user.isAdministratorOrPmo());
            } catch (NotFoundException unknown) {
                return true;
            }
        }).orElse(false);
    }

    /** The person linked to the signed-in account, or null. */
    public Long currentPerson() {
        return CurrentUser.get().flatMap(user -> people.findByUserAccount(user.accountId())).map(PersonSummary::id)
                .orElse(null);
    }

    private Long personOf(CurrentUser user) {
        return people.findByUserAccount(user.accountId()).map(PersonSummary::id).orElse(null);
    }
}
