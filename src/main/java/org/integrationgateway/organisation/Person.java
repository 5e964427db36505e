package org.integrationgateway.organisation;

import java.util.Objects;
import org.integrationgateway.organisation.events.PersonAdded;
import org.integrationgateway.organisation.events.PersonChanged;
import org.integrationgateway.organisation.events.PersonGivenSignInAccount;
import org.integrationgateway.organisation.events.PersonRemoved;
import org.integrationgateway.organisation.events.PersonSnapshot;
import org.integrationgateway.shared.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person of the organisation, member of exactly one department, optionally linked to one sign-in account.
 * The e-mail address is unique and kept in lower case.
 */
@Table("person")
class Person extends OrganisationAggregate<Person> {

    static final int NAME_LENGTH = 200;
    static final int TITLE_LENGTH = 120;

    @Id
    private Long id;
    private String fullName;
    private String email;
    private Long department;
    private String title;
    private Long userAccount;
    @Version
    private Long version;

    Person() {
    }

    static Person create(PersonDetails details) {
        Person person = new Person();
        person.apply(details);
        person.registerEvent(p -> new PersonAdded(p.id, p.snapshot()));
        return person;
    }

    void change(PersonDetails details) {
        PersonSnapshot before = snapshot();
        apply(details);
        PersonSnapshot after = snapshot();
        if (!before.equals(after)) {
            registerEvent(p -> new PersonChanged(p.id, before, after));
        }
    }

    /** Links the person to a sign-in account; a person has at most one. */
    void linkAccount(long accountId) {
        if (userAccount != null) {
            throw new ConflictException("person-has-account", fullName + " already has a sign-in account.");
        }
        PersonSnapshot before = snapshot();
        this.userAccount = accountId;
        PersonSnapshot after = snapshot();
        registerEvent(p -> new PersonGivenSignInAccount(p.id, accountId, before, after));
    }

    void delete() {
        PersonSnapshot last = snapshot();
        registerEvent(p -> new PersonRemoved(p.id, last));
    }

    void checkVersion(long expected) {
        if (!Objects.equals(version, expected)) {
            throw ConflictException.staleVersion("The person");
        }
    }

    private void apply(PersonDetails details) {
        this.fullName = Fields.required(details.fullName(), "fullName", "Name", NAME_LENGTH);
        this.email = Fields.email(details.email(), "email");
        this.department = Fields.required(details.departmentId(), "departmentId", "Department");
        this.title = Fields.optional(details.title(), "title", "Title", TITLE_LENGTH);
    }

    PersonSnapshot snapshot() {
        return new PersonSnapshot(fullName, email, department, title, userAccount);
    }

    Long getId() {
        return id;
    }

    String getFullName() {
        return fullName;
    }

    String getEmail() {
        return email;
    }

    Long getDepartment() {
        return department;
    }

    Long getUserAccount() {
        return userAccount;
    }

    Long getVersion() {
        return version;
    }
}
