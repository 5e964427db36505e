package org.integrationgateway.portfolio;

import org.springframework.data.repository.ListCrudRepository;

interface Projects extends ListCrudRepository<Project, Long> {

    boolean existsByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCaseAndIdNot(String code, Long id);

    @org.springframework.data.jdbc.repository.query.Query("select id from project where manager = :person order by id")
    java.util.List<Long> findIdsByManager(long person);
}
