package org.integrationgateway.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.integrationgateway.organisation.events.PersonAdded;
import org.integrationgateway.organisation.events.PersonChanged;
import org.integrationgateway.organisation.events.PersonGivenSignInAccount;
import org.integrationgateway.organisation.events.PersonRemoved;
import org.integrationgateway.organisation.events.PersonSnapshot;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.util.ReflectionTestUtils;

class PersonTests {

    static Person saved(Person person, long id) {
        ReflectionTestUtils.setField(person, "id", id);
        ReflectionTestUtils.setField(person, "version", 0L);
        return person;
    }

    @Test
    void normalisesTheEmailAndBlankTitleAndAnnouncesTheAddition() {
        Person person = saved(Person.create(new PersonDetails(" Ada Byron ", " Ada@Example.COM ", 2L, "  ")), 9);

        assertThat(person.getEmail()).isEqualTo("ada@example.com");
        assertThat(person.domainEvents()).containsExactly(
                new PersonAdded(9, new PersonSnapshot("Ada Byron", "ada@example.com", 2, null, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada@", "@example.com", "ada@example", "ada lovelace@example.com", ""})
    void refusesMalformedEmails(String email) {
        assertThatThrownBy(() -> Person.create(new PersonDetails("Ada", email, 2L, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void requiresNameAndDepartmentAndBoundsTheLengths() {
        assertThatThrownBy(() -> Person.create(new PersonDetails(null, "a@b.co", 2L, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("fullName"));
        assertThatThrownBy(() -> Person.create(new PersonDetails("Ada", "a@b.co", null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("departmentId"));
        assertThatThrownBy(() -> Person.create(new PersonDetails("x".repeat(201), "a@b.co", 2L, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("fullName"));
        assertThatThrownBy(() -> Person.create(new PersonDetails("Ada", "a@b.co", 2L, "t".repeat(121))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> Person.create(new PersonDetails("Ada", "a".repeat(250) + "@b.co", 2L, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void aMoveToAnotherDepartmentIsRecordedWithBeforeAndAfter() {
        Person person = saved(Person.create(new PersonDetails("Ada", "ada@example.com", 2L, "Engineer")), 9);
        person.clearDomainEvents();

        person.change(new PersonDetails("Ada", "ada@example.com", 3L, "Lead engineer"));

        assertThat(person.domainEvents()).containsExactly(new PersonChanged(9,
                new PersonSnapshot("Ada", "ada@example.com", 2, "Engineer", null),
                new PersonSnapshot("Ada", "ada@example.com", 3, "Lead engineer", null)));
    }

    @Test
    void aPersonGetsAtMostOneSignInAccount() {
        Person person = saved(Person.create(new PersonDetails("Ada", "ada@example.com", 2L, null)), 9);
        person.clearDomainEvents();

        person.linkAccount(44);
        assertThat(person.getUserAccount()).isEqualTo(44L);
        assertThat(person.domainEvents()).singleElement().isInstanceOfSatisfying(PersonGivenSignInAccount.class,
                e -> assertThat(e.after().userAccount()).isEqualTo(44L));
        assertThatThrownBy(() -> person.linkAccount(45)).isInstanceOf(ConflictException.class);
    }

    @Test
    void removalIsAnnouncedWithTheLastState() {
        Person person = saved(Person.create(new PersonDetails("Ada", "ada@example.com", 2L, null)), 9);
        person.clearDomainEvents();
        person.delete();
        assertThat(person.domainEvents()).containsExactly(
                new PersonRemoved(9, new PersonSnapshot("Ada", "ada@example.com", 2, null, null)));
    }
}
