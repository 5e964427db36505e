package org.integrationgateway.organisation;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface People extends CrudRepository<Person, Long> {

    @Query("select count(*) from person where email = :email and id <> :excluded")
    long countWithEmail(String email, long excluded);

    @Query("select count(*) from person where department = :department")
    long countInDepartment(long department);
}
