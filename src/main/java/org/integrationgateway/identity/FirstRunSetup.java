package org.integrationgateway.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.integrationgateway.shared.ConflictException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-time setup of a production installation that has no account: a setup token (stored only as a hash)
 * lets its holder create the first administrator, once, and only while no account exists. Creating a new token
 * voids the unused ones.
 */
@Service
public class FirstRunSetup {

    private final JdbcTemplate jdbc;
    private final AccountManagement accounts;
    private final Clock clock;

    FirstRunSetup(JdbcTemplate jdbc, AccountManagement accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new setup token (its secret, to be shown once); previously issued unused tokens stop working. */
    @Transactional
    public String issueToken() {
        String secret = ApiTokenSecrets.generate();
        jdbc.update("delete from setup_token where used_at is null");
        jdbc.update("insert into setup_token (token_hash, created_at) values (?, ?)", ApiTokenSecrets.hash(secret),
                Instant.now(clock).atOffset(ZoneOffset.UTC));
        return secret;
    }

    /** True if {@code secret} is an unused setup token and no account exists yet. */
    @Transactional(readOnly = true)
    public boolean isOpen(String secret) {
        if (!ApiTokenSecrets.isWellFormed(secret) || !accounts.noAccountExists()) {
            return false;
        }
        Integer unused = jdbc.queryForObject("select count(*) from setup_token where token_hash = ? and used_at is null",
                Integer.class, ApiTokenSecrets.hash(secret));
        return unused != null && unused > 0;
    }

    /**
     * Uses up the setup token and creates the first administrator; returns the account id.
     *
     * @throws ConflictException ({@code setup-closed}) if the token is unknown or used, or an account exists
     */
    @Transactional
    public long createFirstAdministrator(String secret, String email, String displayName, String password) {
        if (!ApiTokenSecrets.isWellFormed(secret) || !accounts.noAccountExists()) {
            throw setupClosed();
        }
        int used = jdbc.update("update setup_token set used_at = ? where token_hash = ? and used_at is null",
                Instant.now(clock).atOffset(ZoneOffset.UTC), ApiTokenSecrets.hash(secret));
        if (used != 1) {
            throw setupClosed();
        }
        return accounts.createAccount(new NewAccount(email, displayName, password, Set.of(Role.ADMINISTRATOR), null));
    }

    private static ConflictException setupClosed() {
        return new ConflictException("setup-closed",
                "This setup link is no longer valid: it was used, replaced by a newer one, or an account already exists.");
    }
}
