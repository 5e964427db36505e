package org.integrationgateway.identity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads what the per-request checks need to know about an account, in one query. */
@Component
class AccountStates {

    /** The current state of an account as the security filters see it. */
    record AccountState(long id, String email, String displayName, boolean enabled, Long customerOrganisation,
                        Instant credentialsChangedAt, Set<Role> roles) {

        CurrentUser toCurrentUser() {
            return new CurrentUser(id, email, displayName, roles, customerOrganisation);
        }
    }

    private final JdbcTemplate jdbc;

    AccountStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountState> find(long accountId) {
        return Optional.ofNullable(jdbc.query("select a.id, a.email, a.display_name, a.enabled, a.customer_organisation,"
                + " a.credentials_changed_at, r.role from user_account a left join user_role r on r.user_account = a.id"
                + " where a.id = ?", rs -> {
                    AccountState state = null;
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    while (rs.next()) {
                        if (state == null) {
                            state = new AccountState(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                                    rs.getBoolean("enabled"), rs.getObject("customer_organisation", Long.class),
                                    rs.getObject("credentials_changed_at", OffsetDateTime.class).toInstant(), roles);
                        }
                        String role = rs.getString("role");
                        if (role != null) {
                            roles.add(Role.valueOf(role));
                        }
                    }
                    return state == null ? null : new AccountState(state.id(), state.email(), state.displayName(),
                            state.enabled(), state.customerOrganisation(), state.credentialsChangedAt(), Set.copyOf(roles));
                }, accountId));
    }
}
