package org.integrationgateway.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A configured provider as administrators see it: whether a client secret is stored, never the secret itself. */
public record SsoProviderView(Long id, String registrationId, String displayName, String issuerUri, String clientId,
                              boolean clientSecretSet, String emailClaim, boolean requireVerifiedEmail,
                              String groupsClaim, Map<String, Set<Role>> groupRoles, FirstSignIn firstSignIn,
                              Set<Role> defaultRoles, boolean enabled, Instant createdAt, Long version) {
}
