package org.integrationgateway.changecontrol;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ChangeRequests extends ListCrudRepository<ChangeRequest, Long> {

    /** Requests brought to the gate closing {@code stage}: targeted at it and awaiting a decision, or deferred to it. */
    @Query("select id from change_request where project = :project and target_stage = :stage"
            + " and state in ('AWAITING_DECISION', 'DEFERRED') order by id")
    List<Long> findAllIdsAtGate(long project, int stage);

    /** Approved requests an order scheduled for the gate closing {@code stage}, still to be carried out. */
    @Query("select id from change_request where project = :project and scheduled_stage = :stage"
            + " and state = 'APPROVED' order by id")
    List<Long> findAllIdsScheduledAtGate(long project, int stage);

    /** Requests caused by one source (kind and reference), newest first. */
    @Query("select id from change_request where source_kind = :kind and source_reference = :reference order by id desc")
    List<Long> findAllIdsBySource(String kind, String reference);
}
