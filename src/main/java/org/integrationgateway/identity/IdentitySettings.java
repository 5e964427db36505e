package org.integrationgateway.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Identity settings. {@code adminEmail} and {@code adminPassword} (GATEWAY_ADMIN_EMAIL, GATEWAY_ADMIN_PASSWORD)
 * create the first administrator when the application starts without any account; both or neither must be set.
 */
@ConfigurationProperties("gateway.identity")
public record IdentitySettings(String adminEmail, String adminPassword) {

    public boolean hasAdministrator() {
        return adminEmail != null && !adminEmail.isBlank() && adminPassword != null && !adminPassword.isEmpty();
    }

    public boolean hasPartialAdministrator() {
        boolean email = adminEmail != null && !adminEmail.isBlank();
        boolean password = adminPassword != null && !adminPassword.isEmpty();
        return email != password;
    }

    @Override
    public String toString() {
        return "IdentitySettings[adminEmail=" + adminEmail + ", adminPassword=" + (adminPassword == null ? "null" : "***") + "]";
    }
}
