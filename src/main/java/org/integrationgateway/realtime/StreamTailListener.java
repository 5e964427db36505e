package org.integrationgateway.realtime;

import java.util.List;

/**
 * Told about every batch of newly positioned events this node's tail reads, in position order, on the tail's
 * thread: implementations must return quickly (wake a worker; never do I/O inline). A listener that needs every
 * event exactly once keeps its own durable cursor and reads {@link EventStream#readAfter}; this is a wake-up only.
 */
public interface StreamTailListener {

    void positioned(List<StreamEntry> entries);
}
