package org.integrationgateway.changecontrol;

import java.util.ArrayList;
import java.util.List;
import org.integrationgateway.portfolio.ProjectMatrix;
import org.integrationgateway.portfolio.ProjectTeam;
import org.integrationgateway.portfolio.ProjectRole;
import org.springframework.stereotype.Component;

/**
 * The change control board of a project: the stored one, or the default of its manager and its current gatekeepers
 * (read from the matrix, not from stage-gate, which asks change control for its gate agenda).
 */
@Component
class ProjectBoards {

    private final ChangeBoards boards;
    private final ProjectMatrix matrix;

    ProjectBoards(ChangeBoards boards, ProjectMatrix matrix) {
        this.boards = boards;
        this.matrix = matrix;
    }

    ChangeBoard of(long projectId) {
        return boards.findByProject(projectId).orElseGet(() -> {
            ProjectTeam team = matrix.team(projectId);
            List<Long> members = new ArrayList<>();
            members.add(team.managerId());
            team.members().stream()
                    .filter(a -> a.projectRole() == ProjectRole.GATEKEEPER && !a.endDate().isBefore(matrix.today()))
                    .forEach(a -> members.add(a.personId()));
            return ChangeBoard.defaults(projectId, members);
        });
    }
}
