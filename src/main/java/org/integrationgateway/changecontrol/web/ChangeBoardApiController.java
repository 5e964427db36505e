package org.integrationgateway.changecontrol.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.integrationgateway.changecontrol.ChangeBoard;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.web.ChangeControlApi.ChangeBoardRequest;
import org.integrationgateway.changecontrol.web.ChangeControlApi.ChangeBoardResponse;
import org.integrationgateway.changecontrol.web.ChangeControlApi.EnvelopeRequest;
import org.integrationgateway.changecontrol.web.ChangeControlApi.EnvelopeResponse;
import org.integrationgateway.organisation.PersonDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Change control board and envelope", description = "A project's change control board (members, decision "
        + "rule, response targets) and its delegated envelope (what a standard change may cost, delay and touch to be "
        + "approved without the board). Staff read; the project manager, administrators and PMO change them.")
@PreAuthorize("@changeControlPermissions.canRead()")
class ChangeBoardApiController {

    private final ChangeControl changeControl;
    private final PersonDirectory people;

    ChangeBoardApiController(ChangeControl changeControl, PersonDirectory people) {
        this.changeControl = changeControl;
        this.people = people;
    }

    @GetMapping("/api/projects/{projectId}/change-board")
    @Operation(summary = "The project's change control board",
            description = "Until one is set up, the default board (isDefault true, version null): the project manager "
                    + "and the current gatekeepers, majority of more than half, standard 1 working day, normal 5 working "
                    + "days, emergency 4 hours.")
    ChangeBoardResponse board(@PathVariable long projectId) {
        return represent(changeControl.board(projectId));
    }

    @PutMapping("/api/projects/{projectId}/change-board")
    @PreAuthorize("@changeControlPermissions.canConfigure(#projectId)")
    @Operation(summary = "Set up the project's board (replaces the default board)",
            description = "MAJORITY needs quorum (1..members), SINGLE_APPROVER needs approverId among the members. "
                    + "version is the stored board's version (omit it for a project on the default board); 409 if stale. "
                    + "422 quorum-too-large or approver-not-member.")
    ChangeBoardResponse setUp(@PathVariable long projectId, @RequestBody ChangeBoardRequest request) {
        return represent(changeControl.setUpBoard(projectId, request.version(), request.setup()));
    }

    @GetMapping("/api/projects/{projectId}/change-envelope")
    @Operation(summary = "The project's delegated envelope",
            description = "Always 200 for an existing project: set is false (and the limits null) while no envelope has "
                    + "been set, in which case every standard change goes to the board.")
    EnvelopeResponse envelope(@PathVariable long projectId) {
        return EnvelopeResponse.of(projectId, changeControl.envelope(projectId).orElse(null));
    }

    @PutMapping("/api/projects/{projectId}/change-envelope")
    @PreAuthorize("@changeControlPermissions.canConfigure(#projectId)")
    @Operation(summary = "Set or change the project's delegated envelope (a new revision, audited)",
            description = "version is the envelope's version; omit it when setting the first envelope. 409 if stale.")
    EnvelopeResponse changeEnvelope(@PathVariable long projectId, @RequestBody EnvelopeRequest request) {
        return EnvelopeResponse.of(projectId, changeControl.changeEnvelope(projectId, request.version(), request.limits()));
    }

    private ChangeBoardResponse represent(ChangeBoard board) {
        List<Long> ids = new ArrayList<>(board.memberIds());
        if (board.getApprover() != null) {
            ids.add(board.getApprover());
        }
        Map<Long, String> names = new HashMap<>();
        people.findAll(ids).forEach((id, person) -> names.put(id, person.fullName()));
        return ChangeBoardResponse.of(board, names);
    }
}
