package org.integrationgateway.identity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import org.integrationgateway.shared.RuleViolationException;

/**
 * What a password must be: at least {@value #MIN_LENGTH} and at most {@value #MAX_LENGTH} characters
 * (counted as Unicode code points), and not the account's own e-mail address. Length beats composition rules;
 * the upper bound keeps hashing cheap and refuses pasted junk.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** The sentence explaining why {@code password} is refused for the account with {@code email}, if it is. */
    public static Optional<String> violation(String password, String email) {
        if (password == null || password.isBlank()) {
            return Optional.of("Enter a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("The password must have at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("The password must have at most " + MAX_LENGTH + " characters.");
        }
        if (email != null && password.trim().toLowerCase(Locale.ROOT).equals(email.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not be the e-mail address.");
        }
        return Optional.empty();
    }

    /** @throws RuleViolationException ({@code weak-password}, field {@code password}) if the password is refused */
    public static void check(String password, String email) {
        violation(password, email).ifPresent(message -> {
            throw new RuleViolationException("weak-password", "password", message);
        });
    }

    /** A random password of {@value #GENERATED_LENGTH} unambiguous letters and digits; it always satisfies the policy. */
    static String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
