package org.integrationgateway.sales;

/**
 * Where a customisation stands as the customer sees it: ASKED (the project has not answered yet), DEFERRED (to be
 * answered at a later gate), FEASIBLE (with the price the customer pays and the schedule delta), NOT_FEASIBLE or
 * WITHDRAWN. Nothing of how the project decided (costs, votes, comments) goes with it.
 */
public enum CustomisationState {
    ASKED, DEFERRED, FEASIBLE, NOT_FEASIBLE, WITHDRAWN;

    static CustomisationState of(CustomisationAnswer answer) {
        if (answer == null) {
            return ASKED;
        }
        return switch (answer) {
            case OPEN -> ASKED;
            case DEFERRED -> DEFERRED;
            case FEASIBLE -> FEASIBLE;
            case NOT_FEASIBLE -> NOT_FEASIBLE;
            case WITHDRAWN -> WITHDRAWN;
        };
    }
}
