package org.integrationgateway.specs;

import org.springframework.data.repository.ListCrudRepository;

interface TraceLinks extends ListCrudRepository<TraceLink, Long> {
}
