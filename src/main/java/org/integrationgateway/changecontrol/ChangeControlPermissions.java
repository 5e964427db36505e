package org.integrationgateway.changecontrol;

import java.util.EnumSet;
import java.util.Set;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.ProjectMatrix;
import org.integrationgateway.portfolio.ProjectTeam;
import org.integrationgateway.portfolio.ProjectRole;
import org.springframework.stereotype.Component;

/**
 * Works out who the signed-in person is towards a project's change control ({@link ChangeRole}s from the matrix,
 * the board and the request), and answers the coarse questions for {@code @PreAuthorize} and for showing actions:
 * every staff member may read change control; raising needs a current assignment on the project (or managing it);
 * setting up the board and envelope is for the project manager, administrators and PMO. Customer contacts may do
 * none of it (they reach change control through the portal, later).
 */
@Component("changeControlPermissions")
public class ChangeControlPermissions {

    private final ProjectMatrix matrix;
    private final PersonDirectory people;
    private final ProjectBoards boards;

    ChangeControlPermissions(ProjectMatrix matrix, PersonDirectory people, ProjectBoards boards) {
        this.matrix = matrix;
        this.people = people;
        this.boards = boards;
    }

    /** Staff may read change control. */
    public boolean canRead() {
        return CurrentUser.get().map(user -> !user.isCustomer()).orElse(false);
    }

    public boolean canRaise(long projectId) {
        return canRead() && actorFor(projectId).is(ChangeRole.PROJECT_MEMBER);
    }

    /** The project manager, administrators and PMO set up a project's board and envelope. */
    public boolean canConfigure(long projectId) {
        return CurrentUser.get().map(user -> !user.isCustomer()
                && (user.isAdministratorOrPmo() || matrix.isManagedByAccount(projectId, user.accountId()))).orElse(false);
    }

    /** The signed-in person with their project roles and board roles (not yet their relation to one request). */
    public ChangeActor actorFor(long projectId) {
        return actorFor(projectId, (ChangeBoard) null);
    }

    /** As {@link #actorFor(long)}, with the project's board already read ({@code null}: read it here). */
    ChangeActor actorFor(long projectId, ChangeBoard board) {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null || user.isCustomer()) {
            return new ChangeActor(null, user == null ? "anonymous" : user.displayName(), Set.of());
        }
        PersonSummary person = people.findByUserAccount(user.accountId()).orElse(null);
        if (person == null) {
            return new ChangeActor(null, user.displayName(), Set.of());
        }
        return actorFor(projectId, person.id(), person.fullName(), board);
    }

    /** The roles of {@code personId} in the project, as above. */
    public ChangeActor actorFor(long projectId, long personId, String name) {
        return actorFor(projectId, personId, name, null);
    }

    private ChangeActor actorFor(long projectId, long personId, String name, ChangeBoard knownBoard) {
        Set<ChangeRole> roles = EnumSet.noneOf(ChangeRole.class);
        ProjectTeam team = matrix.team(projectId);
        if (team.managerId() == personId) {
            roles.addAll(EnumSet.of(ChangeRole.PROJECT_MEMBER, ChangeRole.PROJECT_MANAGER, ChangeRole.ASSESSOR,
                    ChangeRole.VERIFIER));
        }
        for (ProjectTeam.Member assignment : team.members()) {
            if (assignment.personId() != personId || assignment.endDate().isBefore(matrix.today())) {
                continue;
            }
            roles.add(ChangeRole.PROJECT_MEMBER);
            if (assignment.projectRole() == ProjectRole.ENGINEER || assignment.projectRole() == ProjectRole.DESIGNER) {
                roles.add(ChangeRole.ASSESSOR);
            }
            if (assignment.projectRole() == ProjectRole.ENGINEER || assignment.projectRole() == ProjectRole.QUALITY) {
                roles.add(ChangeRole.VERIFIER);
            }
            if (assignment.projectRole() == ProjectRole.PROJECT_MANAGER) {
                roles.addAll(EnumSet.of(ChangeRole.PROJECT_MANAGER, ChangeRole.ASSESSOR, ChangeRole.VERIFIER));
            }
        }
        ChangeBoard board = knownBoard != null ? knownBoard : boards.of(projectId);
        if (board.isMember(personId)) {
            roles.add(ChangeRole.BOARD_MEMBER);
        }
        if (board.isApprover(personId)) {
            roles.add(ChangeRole.APPROVER);
        }
        return new ChangeActor(personId, name, roles);
    }

    /** {@code actor} with REQUESTER added if they raised {@code request}. */
    static ChangeActor towards(ChangeActor actor, ChangeRequest request) {
        if (actor.personId() != null && actor.personId() == request.getRequester()) {
            Set<ChangeRole> roles = EnumSet.of(ChangeRole.REQUESTER);
            roles.addAll(actor.roles());
            return new ChangeActor(actor.personId(), actor.name(), roles);
        }
        return actor;
    }

    /** {@code actor} with MEETING_DECIDER added. */
    static ChangeActor asMeetingDecider(ChangeActor actor) {
        Set<ChangeRole> roles = EnumSet.of(ChangeRole.MEETING_DECIDER);
        roles.addAll(actor.roles());
        return new ChangeActor(actor.personId(), actor.name(), roles);
    }

    /** {@code actor} with GATE_DECIDER added. */
    static ChangeActor asGateDecider(ChangeActor actor) {
        Set<ChangeRole> roles = EnumSet.of(ChangeRole.GATE_DECIDER);
        roles.addAll(actor.roles());
        return new ChangeActor(actor.personId(), actor.name(), roles);
    }

    /** The person linked to the signed-in account, or null. */
    public Long currentPerson() {
        return CurrentUser.get().flatMap(user -> people.findByUserAccount(user.accountId())).map(PersonSummary::id)
                .orElse(null);
    }
}
