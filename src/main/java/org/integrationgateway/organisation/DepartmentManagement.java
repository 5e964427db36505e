package org.integrationgateway.organisation;

import java.util.List;
import java.util.Set;
import org.integrationgateway.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Application service for departments: lists, details, creation, changes and deletion of empty departments. */
@Service
public class DepartmentManagement {

    /** The fields a department list can be sorted on. */
    public static final Set<String> SORT_FIELDS = OrganisationQueries.DEPARTMENT_SORT.keySet();
    public static final Sort DEFAULT_SORT = Sort.by("name");

    private final Departments departments;
    private final People people;
    private final OrganisationQueries queries;

    DepartmentManagement(Departments departments, People people, OrganisationQueries queries) {
        this.departments = departments;
        this.people = people;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public Page<DepartmentView> list(String text, DepartmentKind kind, Pageable pageable) {
        return queries.departments(text, kind, pageable);
    }

    /** Every department by name, for choosers; there are few. */
    @Transactional(readOnly = true)
    public List<DepartmentView> all() {
        return queries.allDepartments();
    }

    /** @throws NotFoundException if there is no such department */
    @Transactional(readOnly = true)
    public DepartmentView get(long id) {
        return queries.department(id).orElseThrow(() -> new NotFoundException("Department", id));
    }

    /** @throws DuplicateValueException if another department has the same name (ignoring case) */
    @Transactional
    public DepartmentView create(DepartmentDetails details) {
        Department department = Department.create(details);
        requireUniqueName(department, -1);
        return get(departments.save(department).getId());
    }

    /** Changes a department last read at {@code version}; a stale version changes nothing. */
    @Transactional
    public DepartmentView change(long id, long version, DepartmentDetails details) {
        Department department = load(id);
        department.checkVersion(version);
        department.change(details);
        requireUniqueName(department, id);
        departments.save(department);
        return get(id);
    }

    /** Deletes a department that nobody belongs to any more. */
    @Transactional
    public void delete(long id) {
        Department department = load(id);
        department.delete(people.countInDepartment(id));
        departments.delete(department);
    }

    private Department load(long id) {
        return departments.findById(id).orElseThrow(() -> new NotFoundException("Department", id));
    }

    private void requireUniqueName(Department department, long excluded) {
        if (departments.countNamed(department.getName(), excluded) > 0) {
            throw new DuplicateValueException("department-name-taken", "name",
                    "A department named " + department.getName() + " already exists.");
        }
    }
}
