package org.integrationgateway.identity;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, Long>, PagingAndSortingRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    long count();
}
