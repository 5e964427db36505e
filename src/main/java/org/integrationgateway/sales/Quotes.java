package org.integrationgateway.sales;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Quotes extends ListCrudRepository<Quote, Long> {

    List<Quote> findByOpportunityOrderByIdDesc(long opportunity);

    @Query("select q.id from quote q where q.state in ('DRAFT', 'AWAITING_ANSWERS', 'READY') and q.valid_until < :today")
    List<Long> findIdsToExpire(LocalDate today);
}
