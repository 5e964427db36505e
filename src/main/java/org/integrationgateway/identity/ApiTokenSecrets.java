package org.integrationgateway.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The format of personal API tokens and secrets of that kind: {@value #PREFIX} followed by 32 random bytes in
 * unpadded base64url (47 characters in all). Only the SHA-256 hash (lowercase hex) is stored; the first
 * {@value #DISPLAY_PREFIX_LENGTH} characters are kept in clear so that a person can tell their tokens apart.
 * A fast hash is right here: the secret has 256 bits of entropy, so it cannot be guessed from its hash.
 */
public final class ApiTokenSecrets {

    public static final String PREFIX = "igw_";
    static final int DISPLAY_PREFIX_LENGTH = 12;
    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("igw_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecrets() {
    }

    /** A new random secret in the token format. */
    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True when {@code candidate} has the token format; anything else is refused without a database look-up. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    /** The stored form of a secret: SHA-256, 64 lowercase hex digits. */
    public static String hash(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The part of a secret shown in lists. */
    public static String displayPrefix(String secret) {
        return secret.substring(0, Math.min(DISPLAY_PREFIX_LENGTH, secret.length()));
    }
}
