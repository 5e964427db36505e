package org.integrationgateway.specs;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SpecItems extends ListCrudRepository<SpecItem, Long> {

    Optional<SpecItem> findByProjectAndItemKey(long project, String itemKey);

    List<SpecItem> findByProjectOrderByNumber(long project);

    @Query("select coalesce(max(number), 0) + 1 from spec_item where project = :project")
    int nextNumber(long project);
}
