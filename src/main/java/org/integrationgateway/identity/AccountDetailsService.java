package org.integrationgateway.identity;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountDetailsService implements UserDetailsService {

    private final UserAccounts accounts;
    private final Clock clock;

    AccountDetailsService(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByEmail(UserAccount.normaliseEmail(username))
                .map(account -> account.toPrincipal(Instant.now(clock)))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
