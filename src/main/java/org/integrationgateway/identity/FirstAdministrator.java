package org.integrationgateway.identity;

import java.util.Set;
import org.integrationgateway.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure a new installation can be administered, without any default password. When the application is
 * ready and no account exists (the demo data, loaded before this with a lower order, creates accounts), it creates
 * the administrator named by {@link IdentitySettings} if both its e-mail and password are set; otherwise it issues
 * a one-time setup token and logs the setup link at WARN.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountManagement accounts;
    private final FirstRunSetup setup;
    private final IdentitySettings settings;
    private final Environment environment;

    FirstAdministrator(AccountManagement accounts, FirstRunSetup setup, IdentitySettings settings,
                       Environment environment) {
        this.accounts = accounts;
        this.setup = setup;
        this.settings = settings;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void ensureAnAdministratorCanSignIn() {
        if (!accounts.noAccountExists()) {
            return;
        }
        if (settings.hasPartialAdministrator()) {
            throw new IllegalStateException("Set both GATEWAY_ADMIN_EMAIL and GATEWAY_ADMIN_PASSWORD, or neither.");
        }
        if (settings.hasAdministrator()) {
            try {
                accounts.createAccount(new NewAccount(settings.adminEmail(), "Administrator", settings.adminPassword(),
                        Set.of(Role.ADMINISTRATOR), null));
            } catch (DomainException refused) {
                throw new IllegalStateException("GATEWAY_ADMIN_EMAIL / GATEWAY_ADMIN_PASSWORD were refused: "
                        + refused.getMessage(), refused);
            }
            log.info("Created the first administrator {} from GATEWAY_ADMIN_EMAIL", settings.adminEmail().trim());
            return;
        }
        String token = setup.issueToken();
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        log.warn("No account exists yet. Create the first administrator, once, at: http://localhost:{}/setup?token={}",
                port, token);
    }
}
