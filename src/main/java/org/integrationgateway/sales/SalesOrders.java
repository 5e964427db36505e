package org.integrationgateway.sales;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface SalesOrders extends ListCrudRepository<SalesOrder, Long> {

    Optional<SalesOrder> findByQuote(long quote);

    List<SalesOrder> findByProjectOrderByIdDesc(long project);
}
