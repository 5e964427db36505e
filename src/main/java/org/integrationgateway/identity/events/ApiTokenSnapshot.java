package org.integrationgateway.identity.events;

import java.time.Instant;

/** The audited state of a personal API token: never the secret or its hash, only the displayed prefix. */
public record ApiTokenSnapshot(long id, long accountId, String name, String prefix, Instant createdAt, Instant expiresAt,
                               Instant revokedAt) {
}
