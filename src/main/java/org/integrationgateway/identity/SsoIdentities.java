package org.integrationgateway.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The provider identities (provider, subject) linked to accounts. */
@Component
class SsoIdentities {

    private final JdbcTemplate jdbc;

    SsoIdentities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> accountOf(long provider, String subject) {
        return jdbc.queryForList("select user_account from sso_identity where sso_provider = ? and subject = ?",
                Long.class, provider, subject).stream().findFirst();
    }

    void link(long provider, String subject, long account, Instant now) {
        jdbc.update("insert into sso_identity (sso_provider, subject, user_account, linked_at) values (?, ?, ?, ?)",
                provider, subject, account, Timestamp.from(now));
    }
}
