package org.integrationgateway.identity;

/**
 * What a sign-in through a provider does when the provider identity is not linked to an account yet.
 * Once linked, the identity (issuer and subject) signs in to its account whatever its e-mail address becomes.
 */
public enum FirstSignIn {
    /** Link to the account with the same e-mail address when the provider says it is verified; refuse otherwise. */
    LINK_BY_EMAIL,
    /** As {@link #LINK_BY_EMAIL}, and create an account with the provider's default roles when none has it. */
    CREATE,
    /** Refuse every identity that is not linked yet (new links are frozen). */
    REFUSE
}
