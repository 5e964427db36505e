package org.integrationgateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The roles every permission check starts from. */
class CurrentUserTests {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void rolesAnswerTheCoarseQuestions() {
        CurrentUser admin = user(Role.ADMINISTRATOR);
        CurrentUser pmo = user(Role.PMO);
        CurrentUser staff = user(Role.STAFF);
        CurrentUser customer = new CurrentUser(4, "c@example.test", "C", Set.of(Role.CUSTOMER_CONTACT), 9L);
        assertThat(admin.isAdministratorOrPmo()).isTrue();
        assertThat(pmo.isAdministratorOrPmo()).isTrue();
        assertThat(staff.isAdministratorOrPmo()).isFalse();
        assertThat(customer.isAdministratorOrPmo()).isFalse();
        assertThat(customer.isCustomer()).isTrue();
        assertThat(staff.isCustomer()).isFalse();
        assertThat(admin.has(Role.ADMINISTRATOR)).isTrue();
        assertThat(admin.has(Role.PMO)).isFalse();
    }

    @Test
    void onlyAGatewayPrincipalIsASignedInUser() {
        assertThat(CurrentUser.get()).isEmpty();
        assertThat(CurrentUser.actorName()).isEqualTo("system");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("someone", null, java.util.List.of()));
        assertThat(CurrentUser.get()).as("another kind of principal").isEmpty();
        CurrentUser staff = user(Role.STAFF);
        SecurityContextHolder.getContext().setAuthentication(TestUsers.authenticationOf(staff));
        assertThat(CurrentUser.get()).contains(staff);
        assertThat(CurrentUser.actorName()).isEqualTo(staff.email());
    }

    private static CurrentUser user(Role role) {
        return new CurrentUser(role.ordinal() + 1, role.name().toLowerCase() + "@example.test", role.name(), Set.of(role),
                null);
    }
}
