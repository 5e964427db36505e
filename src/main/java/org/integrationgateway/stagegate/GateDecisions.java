package org.integrationgateway.stagegate;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface GateDecisions extends ListCrudRepository<GateDecision, Long> {

    Optional<GateDecision> findByGateReview(long gateReview);

    List<GateDecision> findByProjectOrderByDecidedAtAsc(long project);
}
