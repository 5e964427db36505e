package org.integrationgateway.realtime;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface Comments extends ListCrudRepository<Comment, Long> {

    Page<Comment> findByTargetKindAndTargetId(String targetKind, long targetId, Pageable pageable);
}
