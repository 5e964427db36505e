package org.integrationgateway.changecontrol;

import java.util.List;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;

/**
 * The gates of a project's lifecycle as change control needs them: the current stage (whose gate is next) and the
 * names of all gates by stage index. A change may target the current gate or a later one.
 */
public record ProjectGates(int currentStage, List<String> gateNames) {

    public static final ProjectGates NOT_STARTED = new ProjectGates(-1, List.of());

    public boolean started() {
        return currentStage >= 0;
    }

    public String gateName(int stageIndex) {
        return stageIndex >= 0 && stageIndex < gateNames.size() ? gateNames.get(stageIndex) : null;
    }

    /**
     * Checks that {@code stageIndex} names the current gate or a later one.
     *
     * @throws InvalidRequestException for an index outside the lifecycle
     * @throws RuleViolationException for a gate already passed
     */
    void requireTarget(String field, int stageIndex) {
        if (!started()) {
            throw new RuleViolationException("lifecycle-not-started", field,
                    "This project's lifecycle has not started, so it has no gates to target yet.");
        }
        if (stageIndex < 0 || stageIndex >= gateNames.size()) {
            throw new InvalidRequestException(field, "The project has no gate " + stageIndex + ".");
        }
        if (stageIndex < currentStage) {
            throw new RuleViolationException("gate-passed", field,
                    "The gate \"" + gateNames.get(stageIndex) + "\" has already been passed; choose the current gate \""
                            + gateNames.get(currentStage) + "\" or a later one.");
        }
    }
}
