package org.integrationgateway.organisation;

import java.util.Objects;
import org.integrationgateway.organisation.events.DepartmentChanged;
import org.integrationgateway.organisation.events.DepartmentCreated;
import org.integrationgateway.organisation.events.DepartmentDeleted;
import org.integrationgateway.organisation.events.DepartmentSnapshot;
import org.integrationgateway.shared.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A functional department. Its name is unique; it can only be deleted once nobody belongs to it. */
@Table("department")
class Department extends OrganisationAggregate<Department> {

    static final int NAME_LENGTH = 120;

    @Id
    private Long id;
    private String name;
    private DepartmentKind kind;
    @Version
    private Long version;

    Department() {
    }

    static Department create(DepartmentDetails details) {
        Department department = new Department();
        department.apply(details);
        department.registerEvent(d -> new DepartmentCreated(d.id, d.snapshot()));
        return department;
    }

    void change(DepartmentDetails details) {
        DepartmentSnapshot before = snapshot();
        apply(details);
        DepartmentSnapshot after = snapshot();
        if (!before.equals(after)) {
            registerEvent(d -> new DepartmentChanged(d.id, before, after));
        }
    }

    /** Prepares the deletion; refuses it while {@code peopleCount} people still belong to the department. */
    void delete(long peopleCount) {
        if (peopleCount > 0) {
            throw new ConflictException("department-not-empty", "The department " + name + " still has "
                    + peopleCount + (peopleCount == 1 ? " person" : " people")
                    + ". Move them to another department before deleting it.");
        }
        DepartmentSnapshot last = snapshot();
        registerEvent(d -> new DepartmentDeleted(d.id, last));
    }

    void checkVersion(long expected) {
        if (!Objects.equals(version, expected)) {
            throw ConflictException.staleVersion("The department");
        }
    }

    private void apply(DepartmentDetails details) {
        this.name = Fields.required(details.name(), "name", "Name", NAME_LENGTH);
        this.kind = Fields.required(details.kind(), "kind", "Kind");
    }

    DepartmentSnapshot snapshot() {
        return new DepartmentSnapshot(name, kind);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    DepartmentKind getKind() {
        return kind;
    }

    Long getVersion() {
        return version;
    }
}
