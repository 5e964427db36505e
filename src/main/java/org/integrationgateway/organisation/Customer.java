package org.integrationgateway.organisation;

import java.util.Objects;
import org.integrationgateway.organisation.events.CustomerChanged;
import org.integrationgateway.organisation.events.CustomerCreated;
import org.integrationgateway.organisation.events.CustomerDeleted;
import org.integrationgateway.organisation.events.CustomerSnapshot;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer organisation. Its name is unique; the website, if given, is an http(s) address. It can only be
 * deleted once it has no contacts.
 */
@Table("customer")
class Customer extends OrganisationAggregate<Customer> {

    static final int NAME_LENGTH = 200;
    static final int INDUSTRY_LENGTH = 120;
    static final int WEBSITE_LENGTH = 300;

    @Id
    private Long id;
    private String name;
    private String industry;
    private String website;
    @Version
    private Long version;

    Customer() {
    }

    static Customer create(CustomerDetails details) {
        Customer customer = new Customer();
        customer.apply(details);
        customer.registerEvent(c -> new CustomerCreated(c.id, c.snapshot()));
        return customer;
    }

    void change(CustomerDetails details) {
        CustomerSnapshot before = snapshot();
        apply(details);
        CustomerSnapshot after = snapshot();
        if (!before.equals(after)) {
            registerEvent(c -> new CustomerChanged(c.id, before, after));
        }
    }

    void delete(long contactCount) {
        if (contactCount > 0) {
            throw new ConflictException("customer-has-contacts", name + " still has " + contactCount
                    + (contactCount == 1 ? " contact" : " contacts") + ". Remove them before deleting the customer.");
        }
        CustomerSnapshot last = snapshot();
        registerEvent(c -> new CustomerDeleted(c.id, last));
    }

    void checkVersion(long expected) {
        if (!Objects.equals(version, expected)) {
            throw ConflictException.staleVersion("The customer");
        }
    }

    private void apply(CustomerDetails details) {
        this.name = Fields.required(details.name(), "name", "Name", NAME_LENGTH);
        this.industry = Fields.optional(details.industry(), "industry", "Industry", INDUSTRY_LENGTH);
        String site = Fields.optional(details.website(), "website", "Website", WEBSITE_LENGTH);
        if (site != null && !site.matches("(?i)^https?://[^\\s/$.?#][^\\s]*$")) {
            throw new RuleViolationException("invalid-website", "website",
                    "Website must be an address starting with http:// or https://.");
        }
        this.website = site;
    }

    CustomerSnapshot snapshot() {
        return new CustomerSnapshot(name, industry, website);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    Long getVersion() {
        return version;
    }
}
