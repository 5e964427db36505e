package org.integrationgateway.meetings;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface StatusReports extends ListCrudRepository<StatusReport, Long>, PagingAndSortingRepository<StatusReport, Long> {

    Page<StatusReport> findByProjectId(long projectId, Pageable pageable);

    Optional<StatusReport> findFirstByProjectIdOrderByPeriodStartDescIdDesc(long projectId);

    /** True when a report of the project covers any day from {@code start} to {@code end}. */
    @Query("select count(*) > 0 from status_report where project_id = :projectId"
            + " and period_start <= :end and period_end >= :start")
    boolean existsOverlapping(long projectId, LocalDate start, LocalDate end);
}
