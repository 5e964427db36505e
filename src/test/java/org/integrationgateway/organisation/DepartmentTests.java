package org.integrationgateway.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.integrationgateway.organisation.events.DepartmentChanged;
import org.integrationgateway.organisation.events.DepartmentCreated;
import org.integrationgateway.organisation.events.DepartmentDeleted;
import org.integrationgateway.organisation.events.DepartmentSnapshot;
import org.integrationgateway.shared.AuditedChange;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class DepartmentTests {

    static Department saved(Department department, long id, long version) {
        ReflectionTestUtils.setField(department, "id", id);
        ReflectionTestUtils.setField(department, "version", version);
        return department;
    }

    @Test
    void creationTrimsTheNameAndAnnouncesTheNewDepartmentWithItsId() {
        Department department = saved(Department.create(new DepartmentDetails("  Sales EMEA ", DepartmentKind.SALES)), 7, 0);

        assertThat(department.getName()).isEqualTo("Sales EMEA");
        assertThat(department.domainEvents()).containsExactly(
                new DepartmentCreated(7, new DepartmentSnapshot("Sales EMEA", DepartmentKind.SALES)));
        AuditedChange event = (AuditedChange) department.domainEvents().iterator().next();
        assertThat(event.entityId()).isEqualTo("7");
        assertThat(event.action()).isEqualTo("created");
        assertThat(event.before()).isNull();
    }

    @Test
    void requiresANameOfAtMost120CharactersAndAKind() {
        assertThatThrownBy(() -> Department.create(new DepartmentDetails(" ", DepartmentKind.SALES)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> Department.create(new DepartmentDetails("x".repeat(121), DepartmentKind.SALES)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("too-long"));
        assertThatThrownBy(() -> Department.create(new DepartmentDetails("Sales", null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThat(Department.create(new DepartmentDetails("x".repeat(120), DepartmentKind.OTHER)).getName()).hasSize(120);
    }

    @Test
    void aChangeRecordsBeforeAndAfterAndNoChangeRecordsNothing() {
        Department department = saved(Department.create(new DepartmentDetails("Sales", DepartmentKind.SALES)), 3, 0);
        department.clearDomainEvents();

        department.change(new DepartmentDetails("Sales", DepartmentKind.SALES));
        assertThat(department.domainEvents()).isEmpty();

        department.change(new DepartmentDetails("Field Sales", DepartmentKind.MARKETING));
        assertThat(department.domainEvents()).containsExactly(new DepartmentChanged(3,
                new DepartmentSnapshot("Sales", DepartmentKind.SALES),
                new DepartmentSnapshot("Field Sales", DepartmentKind.MARKETING)));
    }

    @Test
    void aDepartmentWithPeopleCannotBeDeleted() {
        Department department = saved(Department.create(new DepartmentDetails("Quality", DepartmentKind.QUALITY)), 4, 2);
        department.clearDomainEvents();

        assertThatThrownBy(() -> department.delete(3))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("department-not-empty");
                    assertThat(e.getMessage()).contains("still has 3 people");
                });
        assertThat(department.domainEvents()).isEmpty();

        department.delete(0);
        assertThat(department.domainEvents()).containsExactly(
                new DepartmentDeleted(4, new DepartmentSnapshot("Quality", DepartmentKind.QUALITY)));
    }

    @Test
    void aStaleVersionIsRefused() {
        Department department = saved(Department.create(new DepartmentDetails("PMO", DepartmentKind.PMO)), 5, 2);
        department.checkVersion(2);
        assertThatThrownBy(() -> department.checkVersion(1))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("stale-version"));
    }
}
