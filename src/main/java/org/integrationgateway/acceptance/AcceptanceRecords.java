package org.integrationgateway.acceptance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Acceptance records are only ever inserted ({@link #save} of a new record) and read: nothing here updates one. */
interface AcceptanceRecords extends Repository<AcceptanceRecord, Long> {

    AcceptanceRecord save(AcceptanceRecord record);

    Optional<AcceptanceRecord> findById(long id);

    Optional<AcceptanceRecord> findByAcceptanceTask(long acceptanceTask);

    List<AcceptanceRecord> findByProjectOrderByDecidedAtDesc(long project);

    List<AcceptanceRecord> findByCustomerOrderByDecidedAtDesc(long customer);
}
