package org.integrationgateway.organisation;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Departments extends CrudRepository<Department, Long> {

    @Query("select count(*) from department where lower(name) = lower(:name) and id <> :excluded")
    long countNamed(String name, long excluded);
}
