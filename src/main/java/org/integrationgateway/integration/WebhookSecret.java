package org.integrationgateway.integration;

import java.security.SecureRandom;
import java.util.Base64;
import org.integrationgateway.shared.InvalidRequestException;

/**
 * A signing secret in the Standard Webhooks form {@code whsec_<base64 of 32 random bytes>}. Its text is never
 * logged: {@link #toString()} shows only the {@link #hint()}.
 */
public final class WebhookSecret {

    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private WebhookSecret(String value) {
        this.value = value;
    }

    public static WebhookSecret generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** A stored or known secret; it must be {@code whsec_} and base64 of 24 to 64 bytes. */
    public static WebhookSecret of(String value) {
        if (value == null || !value.startsWith(PREFIX)) {
            throw new InvalidRequestException("secret", "A webhook secret starts with whsec_.");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("secret", "A webhook secret is whsec_ followed by base64.");
        }
        if (key.length < 24 || key.length > 64) {
            throw new InvalidRequestException("secret", "A webhook secret has 24 to 64 bytes.");
        }
        return new WebhookSecret(value);
    }

    /** The HMAC key: the base64-decoded part after the prefix. */
    byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    /** The full secret, to show once to the administrator who created or rotated it. */
    public String reveal() {
        return value;
    }

    /** The last four characters, enough to tell secrets apart. */
    public String hint() {
        return "…" + value.substring(value.length() - 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "WebhookSecret[" + hint() + "]";
    }
}
