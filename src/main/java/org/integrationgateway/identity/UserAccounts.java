package org.integrationgateway.identity;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    long count();

    @Query("select count(*) from user_account a join user_role r on r.user_account = a.id"
            + " where a.enabled = true and r.role = 'ADMINISTRATOR'")
    long countEnabledAdministrators();
}
