package org.integrationgateway.identity;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.time.Instant;
import org.integrationgateway.identity.events.ApiTokenCreated;
import org.integrationgateway.identity.events.ApiTokenRevoked;
import org.integrationgateway.identity.events.ApiTokenSnapshot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A personal API token of one account. Only the SHA-256 hash of its secret is stored; the secret itself is shown
 * once, when the token is created. A token works until it is revoked or expires, and only while its account is
 * enabled.
 */
@Table("api_token")
class ApiToken extends AbstractAggregateRoot<ApiToken> {

    @Id
    private Long id;
    private Long userAccount;
    private String name;
    @SuppressFBWarnings(value = "URF_UNREAD_FIELD",
            justification = "A persisted column, read by Spring Data JDBC and by the token lookup query.")
    private String tokenHash;
    private String tokenPrefix;
    private Instant createdAt;
    private Instant expiresAt;
    @SuppressFBWarnings(value = "UWF_UNWRITTEN_FIELD",
            justification = "A persisted column, written by an update statement and read back by Spring Data JDBC.")
    private Instant lastUsedAt;
    private Instant revokedAt;
    @Version
    private Long version;

    ApiToken() {
    }

    static ApiToken issue(long accountId, String name, String secret, Instant now, Instant expiresAt) {
        ApiToken token = new ApiToken();
        token.userAccount = accountId;
        token.name = name.trim();
        token.tokenHash = ApiTokenSecrets.hash(secret);
        token.tokenPrefix = ApiTokenSecrets.displayPrefix(secret);
        token.createdAt = now;
        token.expiresAt = expiresAt;
        return token;
    }

    /** Registers the creation event; called once the database has assigned the id. */
    ApiToken announceCreation() {
        registerEvent(new ApiTokenCreated(snapshot()));
        return this;
    }

    /** Revokes the token; it stops working at once. Returns false if it was already revoked. */
    boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        ApiTokenSnapshot before = snapshot();
        revokedAt = now;
        registerEvent(new ApiTokenRevoked(before, snapshot()));
        return true;
    }

    boolean isActiveAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    ApiTokenSnapshot snapshot() {
        return new ApiTokenSnapshot(id == null ? 0 : id, userAccount, name, tokenPrefix, createdAt, expiresAt, revokedAt);
    }

    Long getId() {
        return id;
    }

    Long getUserAccount() {
        return userAccount;
    }

    String getName() {
        return name;
    }

    String getTokenPrefix() {
        return tokenPrefix;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}
