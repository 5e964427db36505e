package org.integrationgateway.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The invitations owed by e-mail: rows of {@code meeting_invitation} written in the business transaction of the change
 * that owes them (so a rolled-back change owes nothing and a committed one loses nothing), sent after commit by the
 * invitation mailer. The same person, meeting, sequence and method is queued once.
 */
@Component
class InvitationOutbox {

    static final String REQUEST = "REQUEST";
    static final String CANCEL = "CANCEL";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    InvitationOutbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void queue(long meetingId, Collection<Long> personIds, String method, int sequence) {
        List<Long> people = personIds.stream().distinct().toList();
        if (people.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("insert into meeting_invitation (meeting_id, person_id, method, sequence, created_at)"
                + " select ?, ?, ?, ?, ? where not exists (select 1 from meeting_invitation where meeting_id = ?"
                + " and person_id = ? and sequence = ? and method = ?)", people, people.size(), (ps, person) -> {
                    ps.setLong(1, meetingId);
                    ps.setLong(2, person);
                    ps.setString(3, method);
                    ps.setInt(4, sequence);
                    ps.setTimestamp(5, now);
                    ps.setLong(6, meetingId);
                    ps.setLong(7, person);
                    ps.setInt(8, sequence);
                    ps.setString(9, method);
                });
    }
}
