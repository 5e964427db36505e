package org.integrationgateway.organisation;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Customers extends CrudRepository<Customer, Long> {

    @Query("select count(*) from customer where lower(name) = lower(:name) and id <> :excluded")
    long countNamed(String name, long excluded);
}
