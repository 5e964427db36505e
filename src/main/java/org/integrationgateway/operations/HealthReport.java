package org.integrationgateway.operations;

import java.time.Instant;
import java.util.List;

/**
 * The system's health as the administrators' health page and {@code /api/admin/health} show it: one section per
 * concern, each with its figures and a status, and the warnings that explain every status other than OK. Figures
 * that come from one node's memory (failures counted since it started, its open live streams) say so in their name.
 */
public record HealthReport(Instant checkedAt, Status status, Database database,
                           EventPublications eventPublications, Stream stream, Webhooks webhooks, Mail mail,
                           Nodes nodes, List<Warning> warnings) {

    /** OK; WARNING: works, but an operator should look; DOWN: does not work; UNKNOWN: not readable now. */
    public enum Status {
        OK, WARNING, DOWN, UNKNOWN;

        Status worst(Status other) {
            return other.ordinal() > ordinal() && other != UNKNOWN ? other : this;
        }
    }

    /** Something that made a section's status other than OK: its message key and the message in the reader's language. */
    public record Warning(String section, String code, String message) {
    }

    /** The database: reachable, the time of a trivial query, and the connection pool (null when not a Hikari pool). */
    public record Database(Status status, boolean reachable, Long latencyMillis, Integer poolActive, Integer poolIdle,
                           Integer poolMax, Integer poolWaiting) {
    }

    /** Domain event publications whose listener has not completed yet (delivered again until they do). */
    public record EventPublications(Status status, long incomplete, Instant oldest, Long oldestAgeSeconds) {
    }

    /** Committed stream events still waiting for the sequencer to give them a position (the lag of live updates). */
    public record Stream(Status status, long unsequenced, Instant oldest, Long lagSeconds, int liveStreamsThisNode) {
    }

    /** Webhook delivery: backlog and failures of enabled endpoints, and endpoints disabled after failing. */
    public record Webhooks(Status status, int endpointsEnabled, long eventsBehind, Instant oldestUndelivered,
                           List<FailingEndpoint> failing, long endpointsDisabled, long failedAttemptsThisNode) {
    }

    /** An enabled endpoint whose last attempts failed. */
    public record FailingEndpoint(long endpointId, String url, int consecutiveFailures, long eventsBehind,
                                  Instant oldestUndelivered) {
    }

    /** E-mail: notifications waiting for it, and failures of this node's mail passes. */
    public record Mail(Status status, long urgentPending, long digestPending, Instant oldestUrgent,
                       long failuresThisNode, Instant lastFailureThisNode) {
    }

    /** Nodes that hold a live stream refreshed within the last minute, with how many people each serves. */
    public record Nodes(Status status, List<NodeOnline> online) {
    }

    /** One node seen online. */
    public record NodeOnline(String nodeId, long people) {
    }
}
