package org.integrationgateway.realtime;

import java.util.Optional;

/**
 * One kind of thing people discuss (a strategy per kind): finds the thing by id as a {@link DiscussionSubject}
 * (its project, label and page) and says whether the signed-in person may read it, and so read and join its
 * discussion. A module that wants discussions on its own things (quotes, meetings) contributes a bean of this type;
 * {@link DiscussionTargets} picks it by {@link #kind()}.
 */
public interface DiscussionTargetKind {

    /** The kind as it appears in addresses and topics, e.g. {@code change-request}. */
    String kind();

    /** The thing with this id, or empty when there is none. */
    Optional<DiscussionSubject> find(long id);

    /** Whether the signed-in person may read the thing (and therefore its discussion). */
    boolean mayRead(DiscussionSubject subject);
}
