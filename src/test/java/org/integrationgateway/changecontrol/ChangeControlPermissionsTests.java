package org.integrationgateway.changecontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.ProjectMatrix;
import org.integrationgateway.portfolio.ProjectTeam;
import org.integrationgateway.portfolio.ProjectRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/** The change-control roles worked out from the matrix and the board, without Spring (the web tests cover the wiring). */
class ChangeControlPermissionsTests {

    private static final long PROJECT = 7;
    private static final long MANAGER = 10;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final ProjectMatrix matrix = mock(ProjectMatrix.class);
    private final PersonDirectory people = mock(PersonDirectory.class);
    private final ProjectBoards boards = mock(ProjectBoards.class);
    private final ChangeBoard board = mock(ChangeBoard.class);
    private final List<ProjectTeam.Member> assignments = new ArrayList<>();
    private final ChangeControlPermissions permissions = new ChangeControlPermissions(matrix, people, boards);

    @BeforeEach
    void aProjectWithItsBoard() {
        // the team is read when asked, so assignments added by a test are in it
        when(matrix.team(PROJECT)).thenAnswer(ask -> new ProjectTeam(PROJECT, MANAGER, assignments));
        when(matrix.today()).thenReturn(TODAY);
        when(boards.of(PROJECT)).thenReturn(board);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theManagerMayDoEverythingButSitOnTheBoard() {
        assertThat(permissions.actorFor(PROJECT, MANAGER, "Sofia").roles()).containsExactlyInAnyOrder(
                ChangeRole.PROJECT_MEMBER, ChangeRole.PROJECT_MANAGER, ChangeRole.ASSESSOR, ChangeRole.VERIFIER);
    }

    @Test
    void projectRolesGiveAssessingAndVerifying() {
        assign(21, ProjectRole.ENGINEER, TODAY);
        assign(22, ProjectRole.DESIGNER, TODAY);
        assign(23, ProjectRole.QUALITY, TODAY);
        assign(24, ProjectRole.MARKETING_LIAISON, TODAY);
        assign(25, ProjectRole.PROJECT_MANAGER, TODAY);
        assertThat(permissions.actorFor(PROJECT, 21, "Lena").roles()).containsExactlyInAnyOrder(
                ChangeRole.PROJECT_MEMBER, ChangeRole.ASSESSOR, ChangeRole.VERIFIER);
        assertThat(permissions.actorFor(PROJECT, 22, "Dan").roles()).containsExactlyInAnyOrder(
                ChangeRole.PROJECT_MEMBER, ChangeRole.ASSESSOR);
        assertThat(permissions.actorFor(PROJECT, 23, "Quinn").roles()).containsExactlyInAnyOrder(
                ChangeRole.PROJECT_MEMBER, ChangeRole.VERIFIER);
        assertThat(permissions.actorFor(PROJECT, 24, "Priya").roles()).containsExactly(ChangeRole.PROJECT_MEMBER);
        assertThat(permissions.actorFor(PROJECT, 25, "Deputy").roles()).containsExactlyInAnyOrder(
                ChangeRole.PROJECT_MEMBER, ChangeRole.PROJECT_MANAGER, ChangeRole.ASSESSOR, ChangeRole.VERIFIER);
    }

    @Test
    void anAssignmentEndingTodayStillCountsOneEndedYesterdayDoesNot() {
        assign(31, ProjectRole.ENGINEER, TODAY);
        assign(32, ProjectRole.ENGINEER, TODAY.minusDays(1));
        assertThat(permissions.actorFor(PROJECT, 31, "Lena").is(ChangeRole.PROJECT_MEMBER)).isTrue();
        assertThat(permissions.actorFor(PROJECT, 32, "Former").roles()).isEmpty();
    }

    @Test
    void anotherPersonsAssignmentGivesNothing() {
        assign(41, ProjectRole.ENGINEER, TODAY);
        assertThat(permissions.actorFor(PROJECT, 42, "Olga").roles()).isEmpty();
    }

    @Test
    void theBoardGivesMembershipAndApproval() {
        when(board.isMember(51L)).thenReturn(true);
        when(board.isApprover(52L)).thenReturn(true);
        assertThat(permissions.actorFor(PROJECT, 51, "Tom").roles()).containsExactly(ChangeRole.BOARD_MEMBER);
        assertThat(permissions.actorFor(PROJECT, 52, "Ines").roles()).containsExactly(ChangeRole.APPROVER);
    }

    @Test
    void theRequesterRoleIsAddedOnlyTowardsTheirOwnRequest() {
        ChangeRequest request = mock(ChangeRequest.class);
        when(request.getRequester()).thenReturn(61L);
        ChangeActor requester = new ChangeActor(61L, "Lena", Set.of(ChangeRole.PROJECT_MEMBER));
        assertThat(ChangeControlPermissions.towards(requester, request).roles())
                .containsExactlyInAnyOrder(ChangeRole.REQUESTER, ChangeRole.PROJECT_MEMBER);
        ChangeActor other = new ChangeActor(62L, "Marco", Set.of(ChangeRole.PROJECT_MEMBER));
        assertThat(ChangeControlPermissions.towards(other, request).roles()).containsExactly(ChangeRole.PROJECT_MEMBER);
        ChangeActor nobody = new ChangeActor(null, "anonymous", Set.of());
        assertThat(ChangeControlPermissions.towards(nobody, request).roles()).isEmpty();
    }

    @Test
    void decidersKeepTheirOtherRoles() {
        ChangeActor member = new ChangeActor(71L, "Tom", Set.of(ChangeRole.BOARD_MEMBER));
        assertThat(ChangeControlPermissions.asGateDecider(member).roles())
                .containsExactlyInAnyOrder(ChangeRole.GATE_DECIDER, ChangeRole.BOARD_MEMBER);
        assertThat(ChangeControlPermissions.asMeetingDecider(member).roles())
                .containsExactlyInAnyOrder(ChangeRole.MEETING_DECIDER, ChangeRole.BOARD_MEMBER);
        assertThat(ChangeControlPermissions.asGateDecider(member).personId()).isEqualTo(71L);
        assertThat(ChangeControlPermissions.asMeetingDecider(member).name()).isEqualTo("Tom");
    }

    @Test
    void staffReadCustomersAndAnonymousDoNot() {
        assertThat(permissions.canRead()).as("anonymous").isFalse();
        signIn(1, null, Role.STAFF);
        assertThat(permissions.canRead()).isTrue();
        signIn(2, 99L, Role.CUSTOMER_CONTACT);
        assertThat(permissions.canRead()).isFalse();
    }

    @Test
    void raisingNeedsACurrentPlaceOnTheProject() {
        assign(81, ProjectRole.SALES_LIAISON, TODAY);
        signIn(1, null, Role.STAFF);
        person(1, 81);
        assertThat(permissions.canRaise(PROJECT)).isTrue();
        assertThat(permissions.currentPerson()).isEqualTo(81L);
        signIn(2, null, Role.ADMINISTRATOR);
        person(2, 82);
        assertThat(permissions.canRaise(PROJECT)).as("an administrator without a place").isFalse();
        signIn(3, null, Role.STAFF);
        assertThat(permissions.canRaise(PROJECT)).as("an account without a person").isFalse();
        assertThat(permissions.currentPerson()).isNull();
        assertThat(permissions.actorFor(PROJECT).roles()).isEmpty();
        signIn(4, 99L, Role.CUSTOMER_CONTACT);
        person(4, 81);
        assertThat(permissions.canRaise(PROJECT)).as("a customer contact linked to a member").isFalse();
        assertThat(permissions.actorFor(PROJECT).personId()).isNull();
    }

    @Test
    void theManagerAdministratorsAndPmoConfigureTheBoard() {
        assertThat(permissions.canConfigure(PROJECT)).as("anonymous").isFalse();
        signIn(1, null, Role.ADMINISTRATOR);
        assertThat(permissions.canConfigure(PROJECT)).isTrue();
        signIn(2, null, Role.PMO);
        assertThat(permissions.canConfigure(PROJECT)).isTrue();
        signIn(3, null, Role.STAFF);
        assertThat(permissions.canConfigure(PROJECT)).isFalse();
        when(matrix.isManagedByAccount(PROJECT, 3)).thenReturn(true);
        assertThat(permissions.canConfigure(PROJECT)).isTrue();
        signIn(4, 99L, Role.CUSTOMER_CONTACT, Role.ADMINISTRATOR);
        when(matrix.isManagedByAccount(PROJECT, 4)).thenReturn(true);
        assertThat(permissions.canConfigure(PROJECT)).as("never a customer contact").isFalse();
    }

    @Test
    void theSignedInActorCarriesTheirNameAndRoles() {
        signIn(5, null, Role.STAFF);
        person(5, MANAGER);
        ChangeActor actor = permissions.actorFor(PROJECT);
        assertThat(actor.personId()).isEqualTo(MANAGER);
        assertThat(actor.name()).isEqualTo("Person " + MANAGER);
        assertThat(actor.is(ChangeRole.PROJECT_MANAGER)).isTrue();
        SecurityContextHolder.clearContext();
        assertThat(permissions.actorFor(PROJECT).name()).isEqualTo("anonymous");
    }

    private void assign(long person, ProjectRole role, LocalDate endDate) {
        assignments.add(new ProjectTeam.Member(person, role, TODAY.minusMonths(1), endDate));
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
