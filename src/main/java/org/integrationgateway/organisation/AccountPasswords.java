package org.integrationgateway.organisation;

import java.security.SecureRandom;

/** Generates the one-time passwords of accounts opened for people and contacts: 20 unambiguous characters. */
final class AccountPasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 20;

    private AccountPasswords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
