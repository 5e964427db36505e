package org.integrationgateway.meetings;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long>, PagingAndSortingRepository<Meeting, Long> {

    Page<Meeting> findByProjectId(long projectId, Pageable pageable);

    /** The ids of the meetings {@code personId} is invited to, from {@code from} on (their feed and "my meetings"). */
    @Query("select m.id from meeting m join meeting_attendee a on a.meeting = m.id where a.person_id = :personId"
            + " and m.starts_at >= :from order by m.starts_at, m.id limit :limit")
    List<Long> findIdsOfAttendee(long personId, java.time.Instant from, int limit);
}
