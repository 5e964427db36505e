package org.integrationgateway.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.integrationgateway.organisation.events.CustomerContactGivenPortalAccess;
import org.integrationgateway.organisation.events.CustomerCreated;
import org.integrationgateway.organisation.events.CustomerDeleted;
import org.integrationgateway.organisation.events.CustomerSnapshot;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class CustomerTests {

    @Test
    void aCustomerNeedsANameAndAnHttpWebsiteIfAny() {
        Customer customer = Customer.create(new CustomerDetails(" Kestrel Mining ", " ", " https://kestrel.example "));
        ReflectionTestUtils.setField(customer, "id", 12L);
        assertThat(customer.snapshot()).isEqualTo(new CustomerSnapshot("Kestrel Mining", null, "https://kestrel.example"));
        assertThat(customer.domainEvents()).containsExactly(new CustomerCreated(12, customer.snapshot()));

        assertThatThrownBy(() -> Customer.create(new CustomerDetails("", null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> Customer.create(new CustomerDetails("K", null, "javascript:alert(1)")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("website"));
        assertThatThrownBy(() -> Customer.create(new CustomerDetails("K", "i".repeat(121), null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("industry"));
    }

    @Test
    void aCustomerWithContactsCannotBeDeleted() {
        Customer customer = Customer.create(new CustomerDetails("Kestrel", null, null));
        ReflectionTestUtils.setField(customer, "id", 12L);
        customer.clearDomainEvents();

        assertThatThrownBy(() -> customer.delete(2))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("customer-has-contacts"));
        customer.delete(0);
        assertThat(customer.domainEvents()).containsExactly(new CustomerDeleted(12, customer.snapshot()));
    }

    @Test
    void aContactBelongsToItsCustomerAndGetsPortalAccessOnce() {
        CustomerContact contact = CustomerContact.create(12, new ContactDetails("Bo Lind", "Bo@Kestrel.example", " ", "Buyer"));
        ReflectionTestUtils.setField(contact, "id", 30L);
        contact.clearDomainEvents();

        assertThat(contact.getEmail()).isEqualTo("bo@kestrel.example");
        assertThat(contact.belongsTo(12)).isTrue();
        assertThat(contact.belongsTo(13)).isFalse();

        contact.grantPortalAccess(77);
        assertThat(contact.domainEvents()).singleElement().isInstanceOfSatisfying(
                CustomerContactGivenPortalAccess.class, e -> {
                    assertThat(e.customerId()).isEqualTo(12);
                    assertThat(e.before().userAccount()).isNull();
                    assertThat(e.after().userAccount()).isEqualTo(77L);
                });
        assertThatThrownBy(() -> contact.grantPortalAccess(78))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("contact-has-portal-access"));
    }

    @Test
    void aContactNeedsANameAndAValidEmailAndBoundedPhone() {
        assertThatThrownBy(() -> CustomerContact.create(1, new ContactDetails(" ", "a@b.co", null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("fullName"));
        assertThatThrownBy(() -> CustomerContact.create(1, new ContactDetails("A", "not-an-email", null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> CustomerContact.create(1, new ContactDetails("A", "a@b.co", "1".repeat(51), null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("phone"));
    }

    @Test
    void searchTextIsMatchedLiterallyNotAsAPattern() {
        assertThat(OrganisationQueries.containsPattern(" 100%_Off\\ ")).isEqualTo("%100\\%\\_off\\\\%");
    }

    @Test
    void generatedPasswordsAreLongAndDiffer() {
        String one = AccountPasswords.generate();
        assertThat(one).hasSize(20).matches("[A-Za-z0-9]+");
        assertThat(AccountPasswords.generate()).isNotEqualTo(one);
    }
}
