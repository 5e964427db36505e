package org.integrationgateway.stagegate;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface GateReviews extends ListCrudRepository<GateReview, Long> {

    List<GateReview> findByProjectOrderByScheduledOnAscIdAsc(long project);

    boolean existsByProjectAndState(long project, ReviewState state);

}
