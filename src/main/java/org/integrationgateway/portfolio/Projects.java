package org.integrationgateway.portfolio;

import org.springframework.data.repository.ListCrudRepository;

interface Projects extends ListCrudRepository<Project, Long> {

    boolean existsByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCaseAndIdNot(String code, Long id);
}
