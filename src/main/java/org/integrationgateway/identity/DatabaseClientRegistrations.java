package org.integrationgateway.identity;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The client registrations of the enabled providers, read from the database so that administrators change them at
 * run time on every node. A registration is built from the provider's discovery document once per version of the
 * provider's row and kept; a provider that is disabled, deleted or whose discovery fails has none (its sign-in
 * answers with the sign-in page and a message).
 */
@Component
class DatabaseClientRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(DatabaseClientRegistrations.class);

    private record Built(long id, Long version, ClientRegistration registration) {
    }

    private final SsoProviders providers;
    private final OidcDiscovery discovery;
    private final Map<String, Built> cache = new ConcurrentHashMap<>();

    DatabaseClientRegistrations(SsoProviders providers, OidcDiscovery discovery) {
        this.providers = providers;
        this.discovery = discovery;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        SsoProvider provider = providers.findByRegistrationId(registrationId).filter(SsoProvider::isEnabled).orElse(null);
        if (provider == null) {
            cache.remove(registrationId);
            return null;
        }
        Built built = cache.get(registrationId);
        if (built != null && built.id() == provider.getId() && Objects.equals(built.version(), provider.getVersion())) {
            return built.registration();
        }
        try {
            ClientRegistration registration = discovery.registration(provider.getRegistrationId(),
                    provider.getDisplayName(), provider.getIssuerUri(), provider.getClientId(),
                    provider.getClientSecret());
            cache.put(registrationId, new Built(provider.getId(), provider.getVersion(), registration));
            return registration;
        } catch (SsoRefusal ex) {
            log.warn("Sign-in provider {} is unavailable: {}", registrationId, ex.getMessage());
            return null;
        }
    }
}
