package org.integrationgateway.specs;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ItemRevisions extends ListCrudRepository<ItemRevision, Long> {

    Optional<ItemRevision> findBySpecItemAndRevision(long specItem, int revision);

    List<ItemRevision> findBySpecItemOrderByRevisionDesc(long specItem);

    List<ItemRevision> findByChangeRequestOrderByItemKey(long changeRequest);

    /** The current revision of every item of the project, in one query. */
    @Query("select r.* from spec_item_revision r join spec_item i on i.id = r.spec_item"
            + " and r.revision = i.current_revision where i.project = :project")
    List<ItemRevision> findCurrentOfProject(long project);
}
