package org.integrationgateway.identity;

import java.time.Instant;

/** A token as its owner sees it in lists: never the secret. {@code expired} is evaluated when listed. */
public record ApiTokenSummary(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
                              Instant lastUsedAt, boolean expired) {

    static ApiTokenSummary of(ApiToken token, Instant now) {
        return new ApiTokenSummary(token.getId(), token.getName(), token.getTokenPrefix(), token.getCreatedAt(),
                token.getExpiresAt(), token.getLastUsedAt(), !token.isActiveAt(now));
    }
}
