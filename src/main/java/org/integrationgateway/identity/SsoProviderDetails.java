package org.integrationgateway.identity;

import java.util.Map;
import java.util.Set;

/**
 * What an administrator sets for an OpenID Connect provider. {@code clientSecret} is write-only: blank when
 * changing a provider keeps the stored secret. {@code groupRoles} maps a group name (as the groups claim carries
 * it) to the system roles it grants.
 */
public record SsoProviderDetails(String registrationId, String displayName, String issuerUri, String clientId,
                                 String clientSecret, String emailClaim, boolean requireVerifiedEmail,
                                 String groupsClaim, Map<String, Set<Role>> groupRoles, FirstSignIn firstSignIn,
                                 Set<Role> defaultRoles, boolean enabled) {
}
