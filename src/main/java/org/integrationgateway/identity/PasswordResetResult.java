package org.integrationgateway.identity;

/** The account after a password reset, and the generated password when one was generated (to be shown once). */
public record PasswordResetResult(UserAccountDetails account, String generatedPassword) {
}
