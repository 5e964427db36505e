package org.integrationgateway.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class RoleAssignmentPolicyTests {

    @Test
    void staffRolesCombineWithoutACustomerOrganisation() {
        assertThatCode(() -> RoleAssignmentPolicy.check(Set.of(Role.ADMINISTRATOR, Role.PMO), null)).doesNotThrowAnyException();
    }

    @Test
    void aCustomerContactHasOnlyThatRoleAndOneOrganisation() {
        assertThatCode(() -> RoleAssignmentPolicy.check(Set.of(Role.CUSTOMER_CONTACT), 7L)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RoleAssignmentPolicy.check(Set.of(Role.CUSTOMER_CONTACT), null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("customer organisation");
        assertThatThrownBy(() -> RoleAssignmentPolicy.check(Set.of(Role.CUSTOMER_CONTACT, Role.STAFF), 7L))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void onlyCustomerContactsBelongToACustomerOrganisation() {
        assertThatThrownBy(() -> RoleAssignmentPolicy.check(Set.of(Role.STAFF), 7L))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Only customer contact");
    }

    @Test
    void anAccountNeedsARole() {
        assertThatThrownBy(() -> RoleAssignmentPolicy.check(Set.of(), null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> RoleAssignmentPolicy.check(null, null)).isInstanceOf(RuleViolationException.class);
    }
}
