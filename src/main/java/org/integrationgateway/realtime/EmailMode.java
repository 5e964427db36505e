package org.integrationgateway.realtime;

/**
 * How a person wants notifications e-mailed while they are not online: urgent ones at once and the rest in a
 * digest (the default), everything in the digest, or no e-mail at all.
 */
public enum EmailMode {
    IMMEDIATE_FOR_URGENT_DIGEST_REST, DIGEST_ONLY, OFF
}
