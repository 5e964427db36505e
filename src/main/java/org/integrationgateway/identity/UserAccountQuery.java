package org.integrationgateway.identity;

/**
 * Filters of the account list; null means "any". {@code text} matches part of the display name or e-mail,
 * ignoring case.
 */
public record UserAccountQuery(String text, Role role, Boolean enabled) {
}
