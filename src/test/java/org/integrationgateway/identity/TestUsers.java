package org.integrationgateway.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Test fixture: creates real accounts (rows in the database, so every per-request account check applies)
 * and signs MockMvc requests in as them. Import it with {@code @Import(TestUsers.class)}.
 */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private String cachedHash;

    public TestUsers(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** A new enabled account with the given roles and the password {@link #PASSWORD}. */
    public CurrentUser create(Role... roles) {
        return create(null, roles);
    }

    public CurrentUser create(Long customerOrganisation, Role... roles) {
        String email = "user-" + UUID.randomUUID() + "@example.test";
        return createWithEmail(email, customerOrganisation, roles);
    }

    public CurrentUser createWithEmail(String email, Long customerOrganisation, Role... roles) {
        if (cachedHash == null) {
            cachedHash = encoder.encode(PASSWORD);
        }
        Instant now = Instant.now();
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "insert into user_account (email, display_name, password_hash, enabled, customer_organisation,"
                            + " credentials_changed_at, created_at, version) values (?, ?, ?, true, ?, ?, ?, 0)",
                    new String[] {"id"});
            statement.setString(1, email);
            statement.setString(2, "Test " + email);
            statement.setString(3, cachedHash);
            statement.setObject(4, customerOrganisation);
            statement.setTimestamp(5, Timestamp.from(now.minusSeconds(60)));
            statement.setTimestamp(6, Timestamp.from(now.minusSeconds(60)));
            return statement;
        }, keys);
        long id = keys.getKey().longValue();
        for (Role role : roles) {
            jdbc.update("insert into user_role (user_account, role) values (?, ?)", id, role.name());
        }
        return new CurrentUser(id, email, "Test " + email, new LinkedHashSet<>(Arrays.asList(roles)), customerOrganisation);
    }

    /** Signs a MockMvc request in as the given user. */
    public static RequestPostProcessor as(CurrentUser user) {
        return authentication(authenticationOf(user));
    }

    public static Authentication authenticationOf(CurrentUser user) {
        GatewayPrincipal principal = new GatewayPrincipal(user, null, true);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    /** Signs in a new account with the given roles. */
    public RequestPostProcessor newUser(Role... roles) {
        return as(create(roles));
    }

    public Set<Role> rolesOf(long accountId) {
        return Set.copyOf(jdbc.queryForList("select role from user_role where user_account = ?", String.class, accountId)
                .stream().map(Role::valueOf).toList());
    }
}
