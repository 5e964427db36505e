package org.integrationgateway.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox of invitation e-mails ({@code meeting_invitation}): {@link Meetings} queues a row per person in the
 * transaction that schedules, reschedules or cancels a meeting, so an invitation exists exactly when the change was
 * committed; {@link InvitationMailer} sends the rows afterwards (woken by the commit) and marks each sent only after
 * the SMTP server took it (at least once). A row is unique per meeting, person, sequence and method: queueing the same
 * again changes nothing.
 */
@Component
class InvitationOutbox {

    private final JdbcTemplate jdbc;
    private final InvitationMailer mailer;
    private final Clock clock;

    InvitationOutbox(JdbcTemplate jdbc, InvitationMailer mailer, Clock clock) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.clock = clock;
    }

    /**
     * Queues the invitation ({@code REQUEST}) or cancellation ({@code CANCEL}) of the meeting at {@code sequence} for
     * {@code personIds}; duplicates of a row queued already are ignored. Wakes the mailer after the commit.
     */
    void queue(long meetingId, Collection<Long> personIds, String method, int sequence) {
        if (!IcalDocuments.REQUEST.equals(method) && !IcalDocuments.CANCEL.equals(method)) {
            throw new IllegalArgumentException("An invitation is a REQUEST or a CANCEL, not " + method);
        }
        if (personIds == null || personIds.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Object[]> rows = new LinkedHashSet<>(personIds).stream()
                .map(person -> new Object[] {meetingId, person, method, sequence, now,
                        meetingId, person, sequence, method})
                .toList();
        jdbc.batchUpdate("insert into meeting_invitation (meeting_id, person_id, method, sequence, created_at, attempts)"
                + " select ?, ?, ?, ?, ?, 0 from (values (1)) as one (x) where not exists (select 1 from meeting_invitation"
                + " where meeting_id = ? and person_id = ? and sequence = ? and method = ?)", rows);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    mailer.wake();
                }
            });
        } else {
            mailer.wake();
        }
    }
}
