package org.integrationgateway.portfolio;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface MatrixAssignments extends ListCrudRepository<MatrixAssignment, Long> {

    List<MatrixAssignment> findByProjectOrderByStartDateAscIdAsc(long project);

    List<MatrixAssignment> findByPersonOrderByStartDateAscIdAsc(long person);

    /** The person's assignments that share at least one day with {@code from..to}. */
    List<MatrixAssignment> findByPersonAndEndDateGreaterThanEqualAndStartDateLessThanEqual(long person, LocalDate from,
                                                                                         LocalDate to);
}
