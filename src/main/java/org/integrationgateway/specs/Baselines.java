package org.integrationgateway.specs;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Baselines extends ListCrudRepository<Baseline, Long> {

    List<Baseline> findByProjectOrderByNumberDesc(long project);

    boolean existsByGateReview(long gateReview);

    @Query("select coalesce(max(number), 0) + 1 from baseline where project = :project")
    int nextNumber(long project);
}
