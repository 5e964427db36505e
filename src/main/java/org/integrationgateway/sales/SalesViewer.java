package org.integrationgateway.sales;

import java.util.Set;

/**
 * The signed-in person as the pipeline sees them: their person, their SALES department (null when they are not in
 * one), whether they see everything (administrators and PMO) and the projects they manage (read-only view of the
 * opportunities concerning them).
 */
public record SalesViewer(Long personId, String name, Long salesDepartment, boolean everything,
                          Set<Long> managedProjects, boolean signedIn) {

    static final SalesViewer NOBODY = new SalesViewer(null, "anonymous", null, false, Set.of(), false);

    /** May open the pipeline board, the accounts and the lists (sales people, administrators, PMO, project managers). */
    public boolean seesPipeline() {
        return everything || salesDepartment != null || !managedProjects.isEmpty();
    }

    /** Sales people, administrators and PMO open opportunities. */
    public boolean mayCreate() {
        return everything || salesDepartment != null;
    }

    public boolean sees(Opportunity opportunity) {
        return mayEdit(opportunity) || opportunity.concernsAny(managedProjects);
    }

    /** Administrators, PMO and the sales people of the owner's department edit and move an opportunity. */
    public boolean mayEdit(Opportunity opportunity) {
        return everything || (salesDepartment != null && salesDepartment == opportunity.getOwnerDepartment());
    }

    public SalesActor actor() {
        return new SalesActor(personId, name, everything);
    }
}
