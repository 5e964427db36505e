package org.integrationgateway.realtime;

import java.time.Instant;

/**
 * One notification in a person's inbox. {@code link} is the relative URL of the page it is about, {@code source}
 * what it is about ({@code change-request:12}); {@code urgent} ones (decisions needed, emergency changes) are
 * e-mailed at once to people who are not online, the rest go into a digest.
 */
public record Notification(long id, long personId, NotificationKind kind, String title, String link, Long projectId,
                           String source, boolean urgent, Instant createdAt, Instant readAt, Instant emailedAt) {

    public boolean unread() {
        return readAt == null;
    }
}
