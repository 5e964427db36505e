package org.integrationgateway.identity.events;

import java.util.Map;
import java.util.Set;

/**
 * The audited settings of a single sign-on provider: never the client secret, only whether the change that led to
 * this state stored a new one. Roles are by name.
 */
public record SsoProviderSnapshot(long id, String registrationId, String displayName, String issuerUri,
                                  String clientId, boolean clientSecretReplaced, String emailClaim,
                                  boolean requireVerifiedEmail, String groupsClaim, Map<String, Set<String>> groupRoles,
                                  String firstSignIn, Set<String> defaultRoles, boolean enabled) {
}
