package org.integrationgateway.changecontrol;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface DelegatedEnvelopes extends ListCrudRepository<DelegatedEnvelope, Long> {

    Optional<DelegatedEnvelope> findByProject(long project);
}
