package org.integrationgateway.portfolio;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface Programs extends ListCrudRepository<Program, Long>, PagingAndSortingRepository<Program, Long> {

    Page<Program> findAll(Pageable pageable);

    List<Program> findAllByOrderByCodeAsc();

    boolean existsByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCaseAndIdNot(String code, Long id);
}
