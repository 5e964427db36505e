package org.integrationgateway.stagegate;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ProcessTemplates extends ListCrudRepository<ProcessTemplate, Long> {

    /** The ids of the latest revision of every template, by code. */
    @Query("select t.id from process_template t where t.revision = "
            + "(select max(o.revision) from process_template o where o.code = t.code) order by t.code")
    List<Long> latestRevisionIds();

    Optional<ProcessTemplate> findFirstByCodeOrderByRevisionDesc(String code);

    List<ProcessTemplate> findByCodeOrderByRevisionDesc(String code);

    boolean existsByCode(String code);
}
