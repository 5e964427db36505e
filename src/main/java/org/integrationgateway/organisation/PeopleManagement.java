package org.integrationgateway.organisation;

import java.util.Set;
import org.integrationgateway.identity.AccountManagement;
import org.integrationgateway.identity.NewAccount;
import org.integrationgateway.identity.Role;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Application service for people: lists, details, adding, changing, removing, and opening a staff sign-in account. */
@Service
public class PeopleManagement {

    /** The fields a list of people can be sorted on. */
    public static final Set<String> SORT_FIELDS = OrganisationQueries.PERSON_SORT.keySet();
    public static final Sort DEFAULT_SORT = Sort.by("name");

    private final People people;
    private final Departments departments;
    private final OrganisationQueries queries;
    private final AccountManagement accounts;

    PeopleManagement(People people, Departments departments, OrganisationQueries queries, AccountManagement accounts) {
        this.people = people;
        this.departments = departments;
        this.queries = queries;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Page<PersonView> list(PersonFilter filter, Pageable pageable) {
        return queries.people(filter, pageable);
    }

    /** @throws NotFoundException if there is no such person */
    @Transactional(readOnly = true)
    public PersonView get(long id) {
        return queries.person(id).orElseThrow(() -> new NotFoundException("Person", id));
    }

    /**
     * @throws RuleViolationException  if the department does not exist or a field is invalid
     * @throws DuplicateValueException if the e-mail belongs to another person
     */
    @Transactional
    public PersonView add(PersonDetails details) {
        Person person = Person.create(details);
        checkReferences(person, -1);
        return get(people.save(person).getId());
    }

    /** Changes a person last read at {@code version}; a stale version changes nothing. */
    @Transactional
    public PersonView change(long id, long version, PersonDetails details) {
        Person person = load(id);
        person.checkVersion(version);
        person.change(details);
        checkReferences(person, id);
        people.save(person);
        return get(id);
    }

    /** Removes a person who is no longer referenced by projects or assignments. */
    @Transactional
    public void remove(long id) {
        Person person = load(id);
        person.delete();
        try {
            people.delete(person);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("person-in-use", person.getFullName()
                    + " still manages or is assigned to projects. Reassign them before removing this person.");
        }
    }

    /**
     * Opens a staff sign-in account for the person, with a generated password that is returned once.
     *
     * @throws ConflictException if the person already has an account or the e-mail is taken by an account
     */
    @Transactional
    public GrantedAccount giveSignInAccount(long id) {
        Person person = load(id);
        if (person.getUserAccount() != null) {
            throw new ConflictException("person-has-account", person.getFullName() + " already has a sign-in account.");
        }
        String password = AccountPasswords.generate();
        long accountId = accounts.createAccount(
                new NewAccount(person.getEmail(), person.getFullName(), password, Set.of(Role.STAFF), null));
        person.linkAccount(accountId);
        people.save(person);
        return new GrantedAccount(accountId, person.getEmail(), password);
    }

    private Person load(long id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
    }

    private void checkReferences(Person person, long excluded) {
        if (!departments.existsById(person.getDepartment())) {
            throw new RuleViolationException("unknown-department", "departmentId",
                    "Department " + person.getDepartment() + " does not exist.");
        }
        if (people.countWithEmail(person.getEmail(), excluded) > 0) {
            throw new DuplicateValueException("person-email-taken", "email",
                    "Another person already has the e-mail " + person.getEmail() + ".");
        }
    }
}
