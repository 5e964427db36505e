/**
 * Real time: the durable, ordered event stream that every visible domain event is appended to in its business
 * transaction ({@link org.integrationgateway.realtime.EventStream}), the sequencer that gives committed events their
 * positions, the per-node tail that hands them to live subscribers (server-sent events, authorized per event), the
 * wake-up across nodes (PostgreSQL {@code LISTEN/NOTIFY}, with polling as the safety net), comments, the inbox and
 * e-mail. Design and guarantees: {@code docs/realtime.md}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organisation",
        "portfolio", "portfolio :: events", "stagegate", "stagegate :: events", "changecontrol",
        "changecontrol :: events", "specs", "specs :: events", "sales", "sales :: events", "research :: events",
        "acceptance :: events", "meetings :: events"})
package org.integrationgateway.realtime;
