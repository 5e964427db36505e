package org.integrationgateway.identity;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies {@link SignInThrottlePolicy} to sign-in attempts, keeping its state in the {@code sign_in_throttle} table
 * so that every application node sees the same failures. Updates lock the row, so concurrent failures on several
 * nodes are all counted.
 */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final int MAX_NAME = 254;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SignInThrottlePolicy policy = new SignInThrottlePolicy();
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** How long sign-ins for this name remain blocked, or empty when one may be attempted. */
    Optional<Duration> remainingBlock(String loginName) {
        return policy.remainingBlock(load(key(loginName), false).orElse(null), Instant.now(clock));
    }

    void recordFailure(String loginName) {
        String key = key(loginName);
        try {
            transactions.executeWithoutResult(status -> recordFailure(key, Instant.now(clock)));
        } catch (DuplicateKeyException concurrentFirstFailure) {
            transactions.executeWithoutResult(status -> recordFailure(key, Instant.now(clock)));
        }
        forgetOldRecords();
    }

    /** Deletes records the policy no longer counts, so that the table stays as small as the recent failures. */
    private void forgetOldRecords() {
        OffsetDateTime horizon = timestamp(Instant.now(clock).minus(SignInThrottlePolicy.WINDOW));
        jdbc.update("delete from sign_in_throttle where first_failure < ? and (blocked_until is null or blocked_until < ?)",
                horizon, horizon);
    }

    void recordSuccess(String loginName) {
        jdbc.update("delete from sign_in_throttle where login_name = ?", key(loginName));
    }

    private void recordFailure(String key, Instant now) {
        Optional<SignInThrottlePolicy.State> current = load(key, true);
        SignInThrottlePolicy.State next = policy.afterFailure(current.orElse(null), now);
        if (current.isPresent()) {
            jdbc.update("update sign_in_throttle set failures = ?, first_failure = ?, blocked_until = ? where login_name = ?",
                    next.failures(), timestamp(next.firstFailure()), timestamp(next.blockedUntil()), key);
        } else {
            jdbc.update("insert into sign_in_throttle (login_name, failures, first_failure, blocked_until) values (?, ?, ?, ?)",
                    key, next.failures(), timestamp(next.firstFailure()), timestamp(next.blockedUntil()));
        }
        if (next.blockedUntil() != null && !next.blockedUntil().equals(current.map(SignInThrottlePolicy.State::blockedUntil).orElse(null))) {
            log.warn("Sign-ins for one login name are blocked until {} after {} failures", next.blockedUntil(), next.failures());
        }
    }

    @SuppressFBWarnings(value = "SQL_INJECTION_SPRING_JDBC",
            justification = "Only the constant suffix for update is appended; the login name is a bound parameter.")
    private Optional<SignInThrottlePolicy.State> load(String key, boolean forUpdate) {
        List<SignInThrottlePolicy.State> rows = jdbc.query("select failures, first_failure, blocked_until from sign_in_throttle"
                + " where login_name = ?" + (forUpdate ? " for update" : ""), (rs, n) -> new SignInThrottlePolicy.State(
                rs.getInt("failures"), rs.getObject("first_failure", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("blocked_until", OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                        .orElse(null)), key);
        return rows.stream().findFirst();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The normalised login name; over-long names are cut so that they still fit the key and are still counted. */
    static String key(String loginName) {
        String key = loginName == null ? "" : UserAccount.normaliseEmail(loginName);
        return key.length() > MAX_NAME ? key.substring(0, MAX_NAME) : key;
    }
}
