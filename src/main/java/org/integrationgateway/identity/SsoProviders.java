package org.integrationgateway.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface SsoProviders extends ListCrudRepository<SsoProvider, Long> {

    Optional<SsoProvider> findByRegistrationId(String registrationId);

    boolean existsByRegistrationId(String registrationId);

    List<SsoProvider> findAllByOrderByDisplayNameAsc();
}
