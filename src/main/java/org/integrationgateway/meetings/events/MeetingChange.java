package org.integrationgateway.meetings.events;

import org.integrationgateway.shared.AuditedChange;

/** A change to one meeting, audited under entity type {@code meeting} and the meeting's id; its after-state is itself. */
public interface MeetingChange extends AuditedChange {

    long meetingId();

    @Override
    default String entityType() {
        return "meeting";
    }

    @Override
    default String entityId() {
        return String.valueOf(meetingId());
    }

    @Override
    default Object before() {
        return null;
    }

    @Override
    default Object after() {
        return this;
    }
}
