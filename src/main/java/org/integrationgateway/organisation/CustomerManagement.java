package org.integrationgateway.organisation;

import java.util.List;
import java.util.Set;
import org.integrationgateway.identity.AccountManagement;
import org.integrationgateway.identity.NewAccount;
import org.integrationgateway.identity.Role;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Application service for customer organisations and their contacts, including portal access for a contact.
 * A contact is always addressed together with its customer: a contact id under another customer is not found.
 */
@Service
public class CustomerManagement {

    public static final Set<String> SORT_FIELDS = OrganisationQueries.CUSTOMER_SORT.keySet();
    public static final Set<String> CONTACT_SORT_FIELDS = OrganisationQueries.CONTACT_SORT.keySet();
    public static final Sort DEFAULT_SORT = Sort.by("name");

    private final Customers customers;
    private final CustomerContacts contacts;
    private final OrganisationQueries queries;
    private final AccountManagement accounts;

    CustomerManagement(Customers customers, CustomerContacts contacts, OrganisationQueries queries,
                       AccountManagement accounts) {
        this.customers = customers;
        this.contacts = contacts;
        this.queries = queries;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Page<CustomerView> list(String text, Pageable pageable) {
        return queries.customers(text, pageable);
    }

    /** @throws NotFoundException if there is no such customer */
    @Transactional(readOnly = true)
    public CustomerView get(long id) {
        return queries.customer(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    @Transactional
    public CustomerView create(CustomerDetails details) {
        Customer customer = Customer.create(details);
        requireUniqueName(customer, -1);
        return get(customers.save(customer).getId());
    }

    @Transactional
    public CustomerView change(long id, long version, CustomerDetails details) {
        Customer customer = loadCustomer(id);
        customer.checkVersion(version);
        customer.change(details);
        requireUniqueName(customer, id);
        customers.save(customer);
        return get(id);
    }

    /** Deletes a customer without contacts. */
    @Transactional
    public void delete(long id) {
        Customer customer = loadCustomer(id);
        customer.delete(contacts.countOfCustomer(id));
        customers.delete(customer);
    }

    @Transactional(readOnly = true)
    public Page<ContactView> contacts(long customerId, String text, Pageable pageable) {
        get(customerId);
        return queries.contacts(customerId, text, pageable);
    }

    /** Every contact of the customer, by name. */
    @Transactional(readOnly = true)
    public List<ContactView> allContacts(long customerId) {
        return queries.allContacts(customerId);
    }

    /** @throws NotFoundException if the customer has no contact with this id */
    @Transactional(readOnly = true)
    public ContactView contact(long customerId, long contactId) {
        return queries.contact(customerId, contactId)
                .orElseThrow(() -> new NotFoundException("Contact", contactId));
    }

    @Transactional
    public ContactView addContact(long customerId, ContactDetails details) {
        loadCustomer(customerId);
        CustomerContact contact = CustomerContact.create(customerId, details);
        requireUniqueEmail(contact, -1);
        return contact(customerId, contacts.save(contact).getId());
    }

    @Transactional
    public ContactView changeContact(long customerId, long contactId, long version, ContactDetails details) {
        CustomerContact contact = loadContact(customerId, contactId);
        contact.checkVersion(version);
        contact.change(details);
        requireUniqueEmail(contact, contactId);
        contacts.save(contact);
        return contact(customerId, contactId);
    }

    @Transactional
    public void removeContact(long customerId, long contactId) {
        CustomerContact contact = loadContact(customerId, contactId);
        contact.delete();
        contacts.delete(contact);
    }

    /**
     * Opens a portal account for the contact, confined to its customer organisation, with a generated password
     * that is returned once.
     *
     * @throws ConflictException if the contact already has portal access or an account uses the e-mail
     */
    @Transactional
    public GrantedAccount givePortalAccess(long customerId, long contactId) {
        CustomerContact contact = loadContact(customerId, contactId);
        contact.requireNoPortalAccess();
        String password = AccountPasswords.generate();
        long accountId = accounts.createAccount(new NewAccount(contact.getEmail(), contact.getFullName(), password,
                Set.of(Role.CUSTOMER_CONTACT), customerId));
        contact.grantPortalAccess(accountId);
        contacts.save(contact);
        return new GrantedAccount(accountId, contact.getEmail(), password);
    }

    private Customer loadCustomer(long id) {
        return customers.findById(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    private CustomerContact loadContact(long customerId, long contactId) {
        return contacts.findById(contactId).filter(contact -> contact.belongsTo(customerId))
                .orElseThrow(() -> new NotFoundException("Contact", contactId));
    }

    private void requireUniqueName(Customer customer, long excluded) {
        if (customers.countNamed(customer.getName(), excluded) > 0) {
            throw new DuplicateValueException("customer-name-taken", "name",
                    "A customer named " + customer.getName() + " already exists.");
        }
    }

    private void requireUniqueEmail(CustomerContact contact, long excluded) {
        if (contacts.countWithEmail(contact.getEmail(), excluded) > 0) {
            throw new DuplicateValueException("contact-email-taken", "email",
                    "Another contact already has the e-mail " + contact.getEmail() + ".");
        }
    }
}
