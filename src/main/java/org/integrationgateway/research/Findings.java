package org.integrationgateway.research;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Findings extends ListCrudRepository<Finding, Long> {

    /** Findings not yet actioned that contradict a baselined item of {@code project}. */
    @Query("select distinct f.* from research_finding f join finding_bearing b on b.research_finding = f.id"
            + " where b.project = :project and b.contradicts = true and f.state <> 'ACTIONED' order by f.id")
    List<Finding> findOpenContradictions(long project);
}
