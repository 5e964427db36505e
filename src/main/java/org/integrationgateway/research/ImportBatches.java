package org.integrationgateway.research;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ImportBatches extends ListCrudRepository<ImportBatch, Long> {

    List<ImportBatch> findTop10ByOrderByIdDesc();
}
