package org.integrationgateway.specs;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface Variants extends ListCrudRepository<Variant, Long> {

    List<Variant> findByProjectOrderByName(long project);

    List<Variant> findByProjectAndOrderReference(long project, String orderReference);
}
