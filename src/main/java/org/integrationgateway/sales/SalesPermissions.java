package org.integrationgateway.sales;

import java.util.HashSet;
import java.util.Set;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.organisation.DepartmentKind;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.Portfolio;
import org.springframework.stereotype.Component;

/**
 * Who sees and edits what in sales (docs/sales.md): people in a SALES department see and edit their department's
 * pipeline (their own opportunities and their team's); administrators and PMO see and edit everything; a project
 * manager sees, read-only, the opportunities concerning the projects they manage; other staff may not open the
 * pipeline (403) and do not find a single opportunity (404); customer contacts find nothing here (404). Only the
 * owner, an administrator or PMO reassigns or reopens an opportunity ({@link SalesActor}).
 */
@Component("salesPermissions")
public class SalesPermissions {

    private final PersonDirectory people;
    private final Portfolio portfolio;

    SalesPermissions(PersonDirectory people, Portfolio portfolio) {
        this.people = people;
        this.portfolio = portfolio;
    }

    /** Staff may reach a single opportunity's address (whether they find it is decided per opportunity). */
    public boolean canRead() {
        return CurrentUser.get().map(user -> !user.isCustomer()).orElse(false);
    }

    /** May open the board, the accounts and the lists. */
    public boolean canUsePipeline() {
        return canRead() && viewer().seesPipeline();
    }

    public boolean canCreate() {
        return canRead() && viewer().mayCreate();
    }

    /** The signed-in person as the pipeline sees them. */
    public SalesViewer viewer() {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null || user.isCustomer()) {
            return SalesViewer.NOBODY;
        }
        PersonSummary person = people.findByUserAccount(user.accountId()).orElse(null);
        if (person == null) {
            return new SalesViewer(null, user.displayName(), null, user.isAdministratorOrPmo(), Set.of(), true);
        }
        Long sales = person.departmentKind() == DepartmentKind.SALES ? person.departmentId() : null;
        Set<Long> managed = new HashSet<>(portfolio.projectsManagedBy(person.id()));
        return new SalesViewer(person.id(), person.fullName(), sales, user.isAdministratorOrPmo(), Set.copyOf(managed),
                true);
    }
}
