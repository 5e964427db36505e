package org.integrationgateway.identity.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.integrationgateway.identity.FirstSignIn;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.SsoProviderDetails;
import org.integrationgateway.identity.SsoProviderView;
import org.integrationgateway.shared.InvalidRequestException;

/**
 * The provider form. The client secret is never filled in from a stored provider; group mapping is one line per
 * group, {@code group = ROLE, ROLE}.
 */
public class SsoProviderForm {

    private String registrationId;
    private String displayName;
    private String issuerUri;
    private String clientId;
    private String clientSecret;
    private String emailClaim = "email";
    private boolean requireVerifiedEmail = true;
    private String groupsClaim = "groups";
    private String groupRoles = "";
    private FirstSignIn firstSignIn = FirstSignIn.LINK_BY_EMAIL;
    private Set<Role> defaultRoles = EnumSet.of(Role.STAFF);
    private boolean enabled = true;
    private Long version;

    static SsoProviderForm of(SsoProviderView provider) {
        SsoProviderForm form = new SsoProviderForm();
        form.registrationId = provider.registrationId();
        form.displayName = provider.displayName();
        form.issuerUri = provider.issuerUri();
        form.clientId = provider.clientId();
        form.emailClaim = provider.emailClaim();
        form.requireVerifiedEmail = provider.requireVerifiedEmail();
        form.groupsClaim = provider.groupsClaim();
        form.groupRoles = provider.groupRoles().entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        form.firstSignIn = provider.firstSignIn();
        form.defaultRoles = provider.defaultRoles().isEmpty() ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(provider.defaultRoles());
        form.enabled = provider.enabled();
        form.version = provider.version();
        return form;
    }

    /** @throws InvalidRequestException for a mapping line that is not {@code group = ROLE[, ROLE]} */
    SsoProviderDetails details() {
        return new SsoProviderDetails(registrationId, displayName, issuerUri, clientId, clientSecret, emailClaim,
                requireVerifiedEmail, groupsClaim, parseGroupRoles(groupRoles), firstSignIn, defaultRoles, enabled);
    }

    static Map<String, Set<Role>> parseGroupRoles(String text) {
        Map<String, Set<Role>> map = new LinkedHashMap<>();
        if (text == null) {
            return map;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.lastIndexOf('=');
            if (equals <= 0) {
                throw new InvalidRequestException("groupRoles", "Write one mapping per line: group = ROLE, ROLE.");
            }
            String group = line.substring(0, equals).trim();
            Set<Role> roles = new TreeSet<>();
            for (String role : line.substring(equals + 1).split(",")) {
                try {
                    roles.add(Role.valueOf(role.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException ex) {
                    throw new InvalidRequestException("groupRoles",
                            "Unknown role in the line for " + group + ": use ADMINISTRATOR, PMO or STAFF.");
                }
            }
            map.computeIfAbsent(group, g -> new TreeSet<>()).addAll(roles);
        }
        return map;
    }

    public String getRegistrationId() {
        return registrationId;
    }

    public void setRegistrationId(String registrationId) {
        this.registrationId = registrationId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getIssuerUri() {
        return issuerUri;
    }

    public void setIssuerUri(String issuerUri) {
        this.issuerUri = issuerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    /** Always empty when a page shows the form: the secret is write-only. */
    public String getClientSecret() {
        return "";
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getEmailClaim() {
        return emailClaim;
    }

    public void setEmailClaim(String emailClaim) {
        this.emailClaim = emailClaim;
    }

    public boolean isRequireVerifiedEmail() {
        return requireVerifiedEmail;
    }

    public void setRequireVerifiedEmail(boolean requireVerifiedEmail) {
        this.requireVerifiedEmail = requireVerifiedEmail;
    }

    public String getGroupsClaim() {
        return groupsClaim;
    }

    public void setGroupsClaim(String groupsClaim) {
        this.groupsClaim = groupsClaim;
    }

    public String getGroupRoles() {
        return groupRoles;
    }

    public void setGroupRoles(String groupRoles) {
        this.groupRoles = groupRoles;
    }

    public FirstSignIn getFirstSignIn() {
        return firstSignIn;
    }

    public void setFirstSignIn(FirstSignIn firstSignIn) {
        this.firstSignIn = firstSignIn;
    }

    public Set<Role> getDefaultRoles() {
        return defaultRoles;
    }

    public void setDefaultRoles(Set<Role> defaultRoles) {
        this.defaultRoles = defaultRoles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
