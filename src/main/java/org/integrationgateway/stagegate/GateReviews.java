package org.integrationgateway.stagegate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface GateReviews extends ListCrudRepository<GateReview, Long> {

    List<GateReview> findByProjectOrderByScheduledOnAscIdAsc(long project);

    boolean existsByProjectAndState(long project, ReviewState state);

    Optional<GateReview> findFirstByProjectAndStateOrderByScheduledOnAsc(long project, ReviewState state);

    List<GateReview> findByStateAndScheduledOnGreaterThanEqual(ReviewState state, LocalDate from);
}
