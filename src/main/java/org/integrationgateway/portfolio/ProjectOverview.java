package org.integrationgateway.portfolio;

import java.util.List;
import org.integrationgateway.organisation.PersonSummary;

/** Everything the project page shows: the project, its program and manager (either may be absent), matrix and staffing. */
public record ProjectOverview(Project project, Program program, PersonSummary manager, List<AssignmentView> matrix,
                              ProjectStaffingRule.Assessment staffing) {
}
