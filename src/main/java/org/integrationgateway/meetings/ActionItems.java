package org.integrationgateway.meetings;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ActionItems extends ListCrudRepository<ActionItem, Long> {

    List<ActionItem> findByMeetingIdOrderById(long meetingId);

    List<ActionItem> findByProjectIdAndStateOrderByDueOnAscIdAsc(long projectId, ActionItemState state);

    List<ActionItem> findByOwnerIdAndStateOrderByDueOnAscIdAsc(long ownerId, ActionItemState state);
}
