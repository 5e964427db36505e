package org.integrationgateway.sales;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.integrationgateway.organisation.ContactView;
import org.integrationgateway.organisation.CustomerManagement;
import org.integrationgateway.organisation.CustomerView;
import org.integrationgateway.organisation.DepartmentKind;
import org.integrationgateway.organisation.PeopleManagement;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonFilter;
import org.integrationgateway.organisation.PersonView;
import org.integrationgateway.portfolio.ProjectFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline's application service: loads an opportunity the signed-in person may see (404 otherwise), checks
 * that they may change it (403 for a read-only viewer), checks its references against organisation and portfolio
 * (customer, contact of that customer, owner in a SALES department, existing projects; 422 otherwise), lets the
 * aggregate apply its rule and saves. Every write is one transaction; {@code expectedVersion}, when given, must match
 * the stored version or the write answers 409 and changes nothing.
 */
@Service
public class SalesPipeline {

    private final Opportunities opportunities;
    private final SalesPermissions permissions;
    private final CustomerManagement customers;
    private final PersonDirectory people;
    private final PeopleManagement peopleManagement;
    private final Portfolio portfolio;
    private final Clock clock;

    SalesPipeline(Opportunities opportunities, SalesPermissions permissions, CustomerManagement customers,
                  PersonDirectory people, PeopleManagement peopleManagement, Portfolio portfolio, Clock clock) {
        this.peopleManagement = peopleManagement;
        this.opportunities = opportunities;
        this.permissions = permissions;
        this.customers = customers;
        this.people = people;
        this.portfolio = portfolio;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** One opportunity the signed-in person may see, or NotFound. */
    @Transactional(readOnly = true)
    public Opportunity opportunity(long id) {
        SalesViewer viewer = permissions.viewer();
        return opportunities.findById(id).filter(viewer::sees)
                .orElseThrow(() -> new NotFoundException("Opportunity", id));
    }

    public SalesViewer viewer() {
        return permissions.viewer();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    /**
     * Opens an opportunity. A sales rep owns what they open; administrators and PMO name the owner (any person in a
     * SALES department).
     *
     * @throws NotPermittedException for someone who may not open opportunities, or a rep naming another owner
     */
    @Transactional
    public Opportunity create(OpportunityDraft draft) {
        SalesViewer viewer = permissions.viewer();
        if (!viewer.mayCreate()) {
            throw new NotPermittedException("not-in-sales", "Only sales people, administrators and PMO open opportunities.");
        }
        Long ownerId = draft.ownerId();
        if (ownerId == null) {
            if (viewer.salesDepartment() == null) {
                throw new InvalidRequestException("ownerId", "Choose the owner, a sales rep.");
            }
            ownerId = viewer.personId();
        }
        if (!viewer.everything() && !ownerId.equals(viewer.personId())) {
            throw new NotPermittedException("not-the-owner", "You open opportunities for yourself; administrators and "
                    + "PMO open them for someone else.");
        }
        PersonSummary owner = salesRep(ownerId);
        checkReferences(draft);
        Opportunity opportunity = Opportunity.open(draft, owner.id(), owner.departmentId(), viewer.actor(), today(),
                Instant.now(clock));
        opportunity = opportunities.save(opportunity);
        opportunity.created();
        return opportunities.save(opportunity);
    }

    /** Replaces the details of an open opportunity; a different owner reassigns it (owner, administrators, PMO). */
    @Transactional
    public Opportunity change(long id, Long expectedVersion, OpportunityDraft draft) {
        return write(id, expectedVersion, (opportunity, viewer) -> {
            long ownerId = draft.ownerId() == null ? opportunity.getOwner() : draft.ownerId();
            long department = opportunity.getOwnerDepartment();
            if (ownerId != opportunity.getOwner()) {
                if (!viewer.actor().mayReassign(opportunity.getOwner())) {
                    throw new NotPermittedException("not-the-owner", "Only the owner of an opportunity, an "
                            + "administrator or PMO reassigns it.");
                }
                department = salesRep(ownerId).departmentId();
            }
            checkReferences(draft);
            opportunity.change(draft, ownerId, department, viewer.actor(), today());
        });
    }

    /** Moves the opportunity to another stage under the aggregate's stage rules. */
    @Transactional
    public Opportunity move(long id, Long expectedVersion, StageMove move) {
        return write(id, expectedVersion, (opportunity, viewer) ->
                opportunity.moveTo(move, viewer.actor(), today(), Instant.now(clock)));
    }

    // ---- names for pages and the API ----------------------------------------------------------------------------

    /** The names of the given customers (unknown ones left out). */
    public Map<Long, String> customerNames(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Long id : new HashSet<>(ids)) {
            try {
                names.put(id, customers.get(id).name());
            } catch (NotFoundException gone) {
                // left out
            }
        }
        return names;
    }

    public Map<Long, PersonSummary> peopleById(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : people.findAll(new HashSet<>(ids));
    }

    public Map<Long, Project> projectsById(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : portfolio.projectsById(ids);
    }

    // ---- internals ------------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Step {
        void apply(Opportunity opportunity, SalesViewer viewer);
    }

    private Opportunity write(long id, Long expectedVersion, Step step) {
        SalesViewer viewer = permissions.viewer();
        Opportunity opportunity = opportunities.findById(id).filter(viewer::sees)
                .orElseThrow(() -> new NotFoundException("Opportunity", id));
        if (!viewer.mayEdit(opportunity)) {
            throw new NotPermittedException("read-only", "You see this opportunity because it concerns your project; "
                    + "its sales team changes it.");
        }
        if (expectedVersion != null && !Objects.equals(expectedVersion, opportunity.getVersion())) {
            throw ConflictException.staleVersion("The opportunity");
        }
        step.apply(opportunity, viewer);
        return racing(() -> opportunities.save(opportunity));
    }

    private static <T> T racing(Supplier<T> write) {
        try {
            return write.get();
        } catch (ConcurrencyFailureException lost) {
            throw ConflictException.staleVersion("The opportunity");
        }
    }

    private PersonSummary salesRep(long personId) {
        PersonSummary person = people.find(personId).orElseThrow(() -> new RuleViolationException("unknown-owner",
                "ownerId", "There is no person " + personId + "."));
        if (person.departmentKind() != DepartmentKind.SALES) {
            throw new RuleViolationException("owner-not-in-sales", "ownerId", person.fullName() + " is not in a sales "
                    + "department; the owner of an opportunity is a sales rep.");
        }
        return person;
    }

    private void checkReferences(OpportunityDraft draft) {
        if (draft.customerId() == null) {
            throw new InvalidRequestException("customerId", "Choose the customer.");
        }
        CustomerView customer;
        try {
            customer = customers.get(draft.customerId());
        } catch (NotFoundException unknown) {
            throw new RuleViolationException("unknown-customer", "customerId", "There is no customer "
                    + draft.customerId() + ".");
        }
        if (draft.contactId() != null) {
            try {
                customers.contact(customer.id(), draft.contactId());
            } catch (NotFoundException notTheirs) {
                throw new RuleViolationException("contact-not-of-customer", "contactId", "The primary contact must be "
                        + "a contact of " + customer.name() + ".");
            }
        }
        List<Long> projects = draft.projectIds() == null ? List.of()
                : draft.projectIds().stream().filter(Objects::nonNull).distinct().toList();
        if (!projects.isEmpty()) {
            Set<Long> found = portfolio.projectsById(projects).keySet();
            List<Long> missing = projects.stream().filter(p -> !found.contains(p)).toList();
            if (!missing.isEmpty()) {
                throw new RuleViolationException("unknown-project", "projectIds", "There is no project " + missing.get(0) + ".");
            }
        }
    }

    /** Up to 100 people of SALES departments, by name: the possible owners. */
    public List<PersonView> salesReps() {
        return peopleManagement.list(new PersonFilter(null, null, DepartmentKind.SALES),
                PageRequest.of(0, 100, PeopleManagement.DEFAULT_SORT)).getContent();
    }

    /** Up to 100 customers by name, for choosing one. */
    public List<CustomerView> customerChoices() {
        return customers.list(null, PageRequest.of(0, 100, CustomerManagement.DEFAULT_SORT)).getContent();
    }

    /** Up to 200 projects by code, for choosing the ones an opportunity concerns. */
    public List<Project> projectChoices() {
        return portfolio.projects(new ProjectFilter(null, null, null), PageRequest.of(0, 200, Sort.by("code")))
                .getContent();
    }

    /** The contacts of a customer, for the primary contact field. */
    public List<ContactView> contactsOf(long customerId) {
        return customers.allContacts(customerId);
    }
}
