package org.integrationgateway.organisation;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface CustomerContacts extends CrudRepository<CustomerContact, Long> {

    @Query("select count(*) from customer_contact where email = :email and id <> :excluded")
    long countWithEmail(String email, long excluded);

    @Query("select count(*) from customer_contact where customer = :customer")
    long countOfCustomer(long customer);
}
