package org.integrationgateway.stagegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.Set;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.ProjectMatrix;
import org.integrationgateway.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may edit templates, run a lifecycle, score and decide a gate, without Spring (the web tests cover the wiring). */
class StagegatePermissionsTests {

    private static final long PROJECT = 7;
    private static final long REVIEW = 70;
    private static final long UNKNOWN_REVIEW = 404;

    private final ProjectMatrix matrix = mock(ProjectMatrix.class);
    private final PersonDirectory people = mock(PersonDirectory.class);
    private final Gatekeeping gatekeeping = mock(Gatekeeping.class);
    private final GateReview review = mock(GateReview.class);
    private final StagegatePermissions permissions = new StagegatePermissions(matrix, people, gatekeeping);

    StagegatePermissionsTests() {
        when(gatekeeping.review(REVIEW)).thenReturn(review);
        when(gatekeeping.review(UNKNOWN_REVIEW)).thenThrow(new NotFoundException("Gate review", UNKNOWN_REVIEW));
        when(gatekeeping.mayDecide(UNKNOWN_REVIEW, null, false)).thenThrow(new NotFoundException("Gate review", UNKNOWN_REVIEW));
        when(gatekeeping.mayDecide(UNKNOWN_REVIEW, 20L, false)).thenThrow(new NotFoundException("Gate review", UNKNOWN_REVIEW));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void onlyAdministratorsAndPmoEditTemplates() {
        assertThat(permissions.canEditTemplates()).as("anonymous").isFalse();
        signIn(1, null, Role.ADMINISTRATOR);
        assertThat(permissions.canEditTemplates()).isTrue();
        signIn(2, null, Role.PMO);
        assertThat(permissions.canEditTemplates()).isTrue();
        signIn(3, null, Role.STAFF);
        assertThat(permissions.canEditTemplates()).isFalse();
        signIn(4, 99L, Role.CUSTOMER_CONTACT, Role.PMO);
        assertThat(permissions.canEditTemplates()).isFalse();
    }

    @Test
    void theManagerAdministratorsAndPmoRunTheLifecycle() {
        assertThat(permissions.canManageLifecycle(PROJECT)).as("anonymous").isFalse();
        signIn(1, null, Role.PMO);
        assertThat(permissions.canManageLifecycle(PROJECT)).isTrue();
        signIn(2, null, Role.STAFF);
        assertThat(permissions.canManageLifecycle(PROJECT)).isFalse();
        when(matrix.isManagedByAccount(PROJECT, 2)).thenReturn(true);
        assertThat(permissions.canManageLifecycle(PROJECT)).isTrue();
        signIn(3, 99L, Role.CUSTOMER_CONTACT);
        when(matrix.isManagedByAccount(PROJECT, 3)).thenReturn(true);
        assertThat(permissions.canManageLifecycle(PROJECT)).isFalse();
    }

    @Test
    void onlyTheReviewsGatekeepersScoreIt() {
        when(review.isGatekeeper(20L)).thenReturn(true);
        assertThat(permissions.canScore(REVIEW)).as("anonymous").isFalse();
        signIn(1, null, Role.STAFF);
        person(1, 20);
        assertThat(permissions.canScore(REVIEW)).isTrue();
        signIn(2, null, Role.ADMINISTRATOR);
        person(2, 21);
        assertThat(permissions.canScore(REVIEW)).as("not even an administrator").isFalse();
        signIn(3, 99L, Role.CUSTOMER_CONTACT);
        person(3, 20);
        assertThat(permissions.canScore(REVIEW)).as("a customer contact").isFalse();
    }

    @Test
    void theDecisionRuleSaysWhoDecides() {
        when(gatekeeping.mayDecide(anyLong(), org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.anyBoolean()))
                .thenReturn(false);
        when(gatekeeping.mayDecide(REVIEW, 20L, false)).thenReturn(true);
        when(gatekeeping.mayDecide(REVIEW, null, true)).thenReturn(true);
        assertThat(permissions.canDecide(REVIEW)).as("anonymous").isFalse();
        signIn(1, null, Role.STAFF);
        person(1, 20);
        assertThat(permissions.canDecide(REVIEW)).as("the chair").isTrue();
        signIn(2, null, Role.STAFF);
        person(2, 21);
        assertThat(permissions.canDecide(REVIEW)).isFalse();
        signIn(3, null, Role.PMO);
        assertThat(permissions.canDecide(REVIEW)).as("PMO without a person, where the rule allows it").isTrue();
        assertThat(permissions.currentPerson()).isNull();
        signIn(4, 99L, Role.CUSTOMER_CONTACT, Role.PMO);
        assertThat(permissions.canDecide(REVIEW)).isFalse();
    }

    @Test
    void anUnknownReviewIsLeftToAnswerNotFound() {
        signIn(1, null, Role.STAFF);
        person(1, 20);
        assertThat(permissions.canScore(UNKNOWN_REVIEW)).isTrue();
        assertThat(permissions.canDecide(UNKNOWN_REVIEW)).isTrue();
        assertThat(permissions.currentPerson()).isEqualTo(20L);
        signIn(2, 99L, Role.CUSTOMER_CONTACT);
        assertThat(permissions.canScore(UNKNOWN_REVIEW)).as("but never for a customer contact").isFalse();
        assertThat(permissions.canDecide(UNKNOWN_REVIEW)).isFalse();
    }

    private void person(long account, long person) {
        when(people.findByUserAccount(account)).thenReturn(Optional.of(new PersonSummary(person, "Person " + person,
                "p" + person + "@example.test", 1, "Engineering", null, null, account)));
    }

    private static void signIn(long account, Long customerOrganisation, Role... roles) {
        CurrentUser user = new CurrentUser(account, "u" + account + "@example.test", "User " + account, Set.of(roles),
                customerOrganisation);
        SecurityContextHolder.getContext().setAuthentication(TestUsers.authenticationOf(user));
    }
}
