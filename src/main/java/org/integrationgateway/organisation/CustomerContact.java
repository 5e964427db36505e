package org.integrationgateway.organisation;

import java.util.Objects;
import org.integrationgateway.organisation.events.CustomerContactAdded;
import org.integrationgateway.organisation.events.CustomerContactChanged;
import org.integrationgateway.organisation.events.CustomerContactGivenPortalAccess;
import org.integrationgateway.organisation.events.CustomerContactRemoved;
import org.integrationgateway.organisation.events.CustomerContactSnapshot;
import org.integrationgateway.shared.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person at a customer organisation. The contact belongs to one customer for good; the e-mail is unique
 * and in lower case. A contact may be given one portal account, confined to its customer organisation.
 */
@Table("customer_contact")
class CustomerContact extends OrganisationAggregate<CustomerContact> {

    static final int NAME_LENGTH = 200;
    static final int PHONE_LENGTH = 50;
    static final int JOB_TITLE_LENGTH = 120;

    @Id
    private Long id;
    private Long customer;
    private String fullName;
    private String email;
    private String phone;
    private String jobTitle;
    private Long userAccount;
    @Version
    private Long version;

    CustomerContact() {
    }

    static CustomerContact create(long customerId, ContactDetails details) {
        CustomerContact contact = new CustomerContact();
        contact.customer = customerId;
        contact.apply(details);
        contact.registerEvent(c -> new CustomerContactAdded(c.id, c.snapshot()));
        return contact;
    }

    void change(ContactDetails details) {
        CustomerContactSnapshot before = snapshot();
        apply(details);
        CustomerContactSnapshot after = snapshot();
        if (!before.equals(after)) {
            registerEvent(c -> new CustomerContactChanged(c.id, before, after));
        }
    }

    /** Records the portal account opened for this contact; a contact has at most one. */
    void grantPortalAccess(long accountId) {
        requireNoPortalAccess();
        CustomerContactSnapshot before = snapshot();
        this.userAccount = accountId;
        CustomerContactSnapshot after = snapshot();
        registerEvent(c -> new CustomerContactGivenPortalAccess(c.id, c.customer, accountId, before, after));
    }

    void requireNoPortalAccess() {
        if (userAccount != null) {
            throw new ConflictException("contact-has-portal-access", fullName + " already has portal access.");
        }
    }

    void delete() {
        CustomerContactSnapshot last = snapshot();
        registerEvent(c -> new CustomerContactRemoved(c.id, last));
    }

    void checkVersion(long expected) {
        if (!Objects.equals(version, expected)) {
            throw ConflictException.staleVersion("The contact");
        }
    }

    boolean belongsTo(long customerId) {
        return customer == customerId;
    }

    private void apply(ContactDetails details) {
        this.fullName = Fields.required(details.fullName(), "fullName", "Name", NAME_LENGTH);
        this.email = Fields.email(details.email(), "email");
        this.phone = Fields.optional(details.phone(), "phone", "Phone", PHONE_LENGTH);
        this.jobTitle = Fields.optional(details.jobTitle(), "jobTitle", "Job title", JOB_TITLE_LENGTH);
    }

    CustomerContactSnapshot snapshot() {
        return new CustomerContactSnapshot(customer, fullName, email, phone, jobTitle, userAccount);
    }

    Long getId() {
        return id;
    }

    Long getCustomer() {
        return customer;
    }

    String getFullName() {
        return fullName;
    }

    String getEmail() {
        return email;
    }

    Long getUserAccount() {
        return userAccount;
    }

    Long getVersion() {
        return version;
    }
}
