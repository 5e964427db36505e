package org.integrationgateway.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.integrationgateway.identity.events.SsoProviderSnapshot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An OpenID Connect provider administrators configured for single sign-on. The client secret is kept to
 * authenticate this application at the provider's token endpoint and is never shown back; which claims carry the
 * e-mail address and the groups, how groups map to system roles and what a first sign-in without a linked account
 * does are decided here.
 */
@Table("sso_provider")
class SsoProvider {

    @Id
    private Long id;
    private String registrationId;
    private String displayName;
    private String issuerUri;
    private String clientId;
    private String clientSecret;
    private String emailClaim;
    private boolean requireVerifiedEmail;
    private String groupsClaim;
    private FirstSignIn firstSignIn;
    private String defaultRoles;
    private boolean enabled;
    private Instant createdAt;
    @MappedCollection(idColumn = "sso_provider")
    private Set<GroupRole> groupRoles = new HashSet<>();
    @Version
    private Long version;

    SsoProvider() {
    }

    static SsoProvider create(SsoProviderDetails details, Instant now) {
        SsoProvider provider = new SsoProvider();
        provider.createdAt = now;
        provider.apply(details);
        return provider;
    }

    /** Takes the details; a blank client secret keeps the stored one. */
    void apply(SsoProviderDetails details) {
        registrationId = details.registrationId();
        displayName = details.displayName().trim();
        issuerUri = details.issuerUri();
        clientId = details.clientId().trim();
        if (details.clientSecret() != null && !details.clientSecret().isBlank()) {
            clientSecret = details.clientSecret();
        }
        emailClaim = details.emailClaim();
        requireVerifiedEmail = details.requireVerifiedEmail();
        groupsClaim = details.groupsClaim();
        firstSignIn = details.firstSignIn();
        defaultRoles = details.defaultRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        enabled = details.enabled();
        groupRoles = details.groupRoles().entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(role -> new GroupRole(entry.getKey(), role)))
                .collect(Collectors.toCollection(HashSet::new));
    }

    /**
     * The system roles the groups map to; empty when no group of the person is mapped. Mapping is off (an empty
     * optional result is not the same as "no roles") when the provider has no mapping at all: see
     * {@link #mapsGroups()}.
     */
    Set<Role> rolesFor(Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GroupRole mapping : groupRoles) {
            if (groups.contains(mapping.groupName())) {
                roles.add(mapping.role());
            }
        }
        return roles;
    }

    boolean mapsGroups() {
        return !groupRoles.isEmpty();
    }

    Long getId() {
        return id;
    }

    String getRegistrationId() {
        return registrationId;
    }

    String getDisplayName() {
        return displayName;
    }

    String getIssuerUri() {
        return issuerUri;
    }

    String getClientId() {
        return clientId;
    }

    String getClientSecret() {
        return clientSecret;
    }

    String getEmailClaim() {
        return emailClaim;
    }

    boolean isRequireVerifiedEmail() {
        return requireVerifiedEmail;
    }

    String getGroupsClaim() {
        return groupsClaim;
    }

    FirstSignIn getFirstSignIn() {
        return firstSignIn;
    }

    Set<Role> getDefaultRoles() {
        if (defaultRoles == null || defaultRoles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(defaultRoles.split(",")).map(String::trim).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    boolean isEnabled() {
        return enabled;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Long getVersion() {
        return version;
    }

    Map<String, Set<Role>> getGroupRoles() {
        Map<String, Set<Role>> map = new TreeMap<>();
        for (GroupRole mapping : groupRoles) {
            map.computeIfAbsent(mapping.groupName(), g -> new TreeSet<>()).add(mapping.role());
        }
        return new LinkedHashMap<>(map);
    }

    SsoProviderView view() {
        return new SsoProviderView(id, registrationId, displayName, issuerUri, clientId,
                clientSecret != null && !clientSecret.isEmpty(), emailClaim, requireVerifiedEmail, groupsClaim,
                getGroupRoles(), firstSignIn, getDefaultRoles(), enabled, createdAt, version);
    }

    /** The audited settings, without the secret; {@code clientSecretReplaced} says whether this change stored one. */
    SsoProviderSnapshot snapshot(boolean clientSecretReplaced) {
        Map<String, Set<String>> groups = new TreeMap<>();
        getGroupRoles().forEach((group, roles) -> groups.put(group,
                roles.stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new))));
        return new SsoProviderSnapshot(id, registrationId, displayName, issuerUri, clientId, clientSecretReplaced,
                emailClaim, requireVerifiedEmail, groupsClaim, groups, firstSignIn.name(),
                getDefaultRoles().stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new)), enabled);
    }

    @Table("sso_group_role")
    record GroupRole(String groupName, Role role) {
    }
}
