package org.integrationgateway.research;

import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.organisation.DepartmentKind;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.springframework.stereotype.Component;

/**
 * Who may do what with market research: every staff member reads findings (they are about the market, not about a
 * customer); people in a MARKETING department, administrators and PMO surface, interpret and action them. Customers
 * see nothing (404).
 */
@Component("researchPermissions")
public class ResearchPermissions {

    private final PersonDirectory people;

    ResearchPermissions(PersonDirectory people) {
        this.people = people;
    }

    public boolean canRead() {
        return CurrentUser.get().map(user -> !user.isCustomer()).orElse(false);
    }

    public boolean canWrite() {
        return researcher().mayWrite();
    }

    /** The signed-in person as research sees them. */
    public Researcher researcher() {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null || user.isCustomer()) {
            return new Researcher(null, user == null ? "anonymous" : user.displayName(), false, false, false);
        }
        PersonSummary person = people.findByUserAccount(user.accountId()).orElse(null);
        boolean marketing = person != null && person.departmentKind() == DepartmentKind.MARKETING;
        return new Researcher(person == null ? null : person.id(), person == null ? user.displayName() : person.fullName(),
                true, marketing, user.isAdministratorOrPmo());
    }

    /** The signed-in person: their person id and name, whether they are staff, in marketing, administrator or PMO. */
    public record Researcher(Long personId, String name, boolean staff, boolean marketing, boolean administratorOrPmo) {

        public boolean mayWrite() {
            return staff && (marketing || administratorOrPmo);
        }
    }
}
