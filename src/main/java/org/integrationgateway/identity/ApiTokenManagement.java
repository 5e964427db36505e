package org.integrationgateway.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: each person creates, lists and revokes their own. Someone else's token is reported as
 * not found. A person holds at most {@value #MAX_ACTIVE_TOKENS} unrevoked tokens.
 */
@Service
public class ApiTokenManagement {

    public static final int MAX_NAME = 100;
    public static final int MAX_VALIDITY_DAYS = 366;
    static final int MAX_ACTIVE_TOKENS = 50;
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ApiTokens tokens;
    private final AccountStates accounts;
    private final Clock clock;

    ApiTokenManagement(ApiTokens tokens, AccountStates accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** True when the current request was authenticated by a personal API token rather than a session. */
    public static boolean currentRequestUsesToken() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication;
    }

    /** The account's unrevoked tokens (expired ones included, marked), newest first. */
    @Transactional(readOnly = true)
    public Page<ApiTokenSummary> list(long accountId, Pageable pageable) {
        Instant now = Instant.now(clock);
        return tokens.findByUserAccountAndRevokedAtIsNull(accountId, pageable).map(token -> ApiTokenSummary.of(token, now));
    }

    /**
     * Creates a token valid for {@code validDays} days (null: until revoked) and returns its secret, once.
     *
     * @throws InvalidRequestException if the name is missing or too long or the validity out of range
     * @throws RuleViolationException  ({@code too-many-tokens}) if the account already holds the maximum
     */
    @Transactional
    public IssuedApiToken create(long accountId, String name, Integer validDays) {
        if (name == null || name.isBlank() || name.trim().length() > MAX_NAME) {
            throw new InvalidRequestException("name", "Give the token a name of at most " + MAX_NAME + " characters.");
        }
        if (validDays != null && (validDays < 1 || validDays > MAX_VALIDITY_DAYS)) {
            throw new InvalidRequestException("expiresInDays",
                    "A token is valid for 1 to " + MAX_VALIDITY_DAYS + " days, or until revoked.");
        }
        if (tokens.countByUserAccountAndRevokedAtIsNull(accountId) >= MAX_ACTIVE_TOKENS) {
            throw new RuleViolationException("too-many-tokens", null,
                    "You already have " + MAX_ACTIVE_TOKENS + " tokens; revoke one you no longer use first.");
        }
        Instant now = Instant.now(clock);
        String secret = ApiTokenSecrets.generate();
        ApiToken token = tokens.save(ApiToken.issue(accountId, name, secret, now,
                validDays == null ? null : now.plus(Duration.ofDays(validDays))));
        token = tokens.save(token.announceCreation());
        return new IssuedApiToken(ApiTokenSummary.of(token, now), secret);
    }

    /** Revokes one of the account's own tokens. @throws NotFoundException if it has no such unrevoked token */
    @Transactional
    public void revoke(long accountId, long tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .filter(found -> found.getUserAccount() == accountId && found.getRevokedAt() == null)
                .orElseThrow(() -> new NotFoundException("Token", tokenId));
        token.revoke(Instant.now(clock));
        tokens.save(token);
    }

    /**
     * The account a presented secret stands for, if the token exists, is neither revoked nor expired, and its
     * account is enabled. Records the use (at most once a minute per token).
     */
    @Transactional
    Optional<AccountStates.AccountState> authenticate(String secret) {
        if (!ApiTokenSecrets.isWellFormed(secret)) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Optional<ApiToken> token = tokens.findByTokenHash(ApiTokenSecrets.hash(secret)).filter(t -> t.isActiveAt(now));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Optional<AccountStates.AccountState> account = accounts.find(token.get().getUserAccount())
                .filter(AccountStates.AccountState::enabled);
        Instant stale = now.minus(TOUCH_INTERVAL);
        Instant lastUsed = token.get().getLastUsedAt();
        // Recorded at most once a minute: a token used by every request of a client must not cost a write each time.
        if (account.isPresent() && (lastUsed == null || lastUsed.isBefore(stale))) {
            tokens.touch(token.get().getId(), now, stale);
        }
        return account;
    }
}
