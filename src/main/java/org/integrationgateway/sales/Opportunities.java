package org.integrationgateway.sales;

import org.springframework.data.repository.ListCrudRepository;

interface Opportunities extends ListCrudRepository<Opportunity, Long> {
}
