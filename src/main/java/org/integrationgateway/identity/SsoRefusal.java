package org.integrationgateway.identity;

import java.io.Serial;

/**
 * A sign-in through a provider that this application refuses; {@link #code()} selects the message the sign-in page
 * shows (one of {@link #CODES}).
 */
class SsoRefusal extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Every code a refusal or a failed exchange with the provider may carry; anything else shows as "failed". */
    static final java.util.Set<String> CODES = java.util.Set.of("unavailable", "not-linked", "no-email",
            "email-not-verified", "no-account", "account-disabled", "denied", "failed");

    private final String code;

    SsoRefusal(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}
