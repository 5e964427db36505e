package org.integrationgateway.acceptance;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface AcceptanceTasks extends ListCrudRepository<AcceptanceTask, Long> {

    List<AcceptanceTask> findByProjectOrderByIdDesc(long project);

    List<AcceptanceTask> findByCustomerOrderByIdDesc(long customer);

    List<AcceptanceTask> findBySalesOrderOrderByIdDesc(long salesOrder);
}
