package org.integrationgateway.portfolio;

import org.integrationgateway.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who may change what in the portfolio, for {@code @PreAuthorize} expressions and for showing or hiding actions:
 * administrators and PMO manage programs, projects and every matrix; a project's own manager (the person linked to
 * the signed-in account) also manages that project's matrix.
 */
@Component("portfolioPermissions")
public class PortfolioPermissions {

    private final ProjectMatrix matrix;

    PortfolioPermissions(ProjectMatrix matrix) {
        this.matrix = matrix;
    }

    public boolean canManagePortfolio() {
        return CurrentUser.get().map(CurrentUser::isAdministratorOrPmo).orElse(false);
    }

    public boolean canChangeMatrix(long projectId) {
        return CurrentUser.get().map(user -> !user.isCustomer()
                && (user.isAdministratorOrPmo() || matrix.isManagedByAccount(projectId, user.accountId()))).orElse(false);
    }
}
