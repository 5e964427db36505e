package org.integrationgateway.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Set;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may change the portfolio and a project's matrix, without Spring (the web tests cover the wiring). */
class PortfolioPermissionsTests {

    private static final long PROJECT = 7;

    private final ProjectMatrix matrix = mock(ProjectMatrix.class);
    private final PortfolioPermissions permissions = new PortfolioPermissions(matrix);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void administratorsAndPmoManageThePortfolio() {
        assertThat(permissions.canManagePortfolio()).as("anonymous").isFalse();
        signIn(1, null, Role.ADMINISTRATOR);
        assertThat(permissions.canManagePortfolio()).isTrue();
        signIn(2, null, Role.PMO);
        assertThat(permissions.canManagePortfolio()).isTrue();
        signIn(3, null, Role.STAFF);
        assertThat(permissions.canManagePortfolio()).isFalse();
    }

    @Test
    void theProjectsManagerAlsoChangesItsMatrix() {
        assertThat(permissions.canChangeMatrix(PROJECT)).as("anonymous").isFalse();
        signIn(1, null, Role.PMO);
        assertThat(permissions.canChangeMatrix(PROJECT)).isTrue();
        signIn(2, null, Role.STAFF);
        assertThat(permissions.canChangeMatrix(PROJECT)).isFalse();
        when(matrix.isManagedByAccount(PROJECT, 2)).thenReturn(true);
        assertThat(permissions.canChangeMatrix(PROJECT)).isTrue();
        signIn(3, 99L, Role.CUSTOMER_CONTACT, Role.ADMINISTRATOR);
        when(matrix.isManagedByAccount(PROJECT, 3)).thenReturn(true);
        assertThat(permissions.canChangeMatrix(PROJECT)).as("never a customer contact").isFalse();
    }

    private static void signIn(long account, Long customerOrganisation, Role... roles) {
        CurrentUser user = new CurrentUser(account, "u" + account + "@example.test", "User " + account, Set.of(roles),
                customerOrganisation);
        SecurityContextHolder.getContext().setAuthentication(TestUsers.authenticationOf(user));
    }
}
