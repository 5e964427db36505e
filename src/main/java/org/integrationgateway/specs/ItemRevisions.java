package org.integrationgateway.specs;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ItemRevisions extends ListCrudRepository<ItemRevision, Long> {

    Optional<ItemRevision> findBySpecItemAndRevision(long specItem, int revision);

    List<ItemRevision> findBySpecItemOrderByRevisionDesc(long specItem);

    List<ItemRevision> findByChangeRequestOrderByItemKey(long changeRequest);
}
