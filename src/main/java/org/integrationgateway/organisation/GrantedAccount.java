package org.integrationgateway.organisation;

/** A sign-in account just opened for a person or contact, with its generated password, shown only once. */
public record GrantedAccount(long accountId, String email, String password) {
}
