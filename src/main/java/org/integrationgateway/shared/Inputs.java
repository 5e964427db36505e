package org.integrationgateway.shared;

import java.util.Currency;
import java.util.Locale;

/** Checks of free text and currency codes that every module's input rules share; refusals name the field. */
public final class Inputs {

    private Inputs() {
    }

    /**
     * {@code value} stripped, or null when blank.
     *
     * @throws InvalidRequestException when it is required and blank, or longer than {@code max} characters
     */
    public static String text(String field, String value, int max, boolean required) {
        String trimmed = value == null ? null : value.strip();
        if (trimmed == null || trimmed.isEmpty()) {
            if (required) {
                throw new InvalidRequestException(field, "Fill in the " + field.replace('.', ' ') + ".");
            }
            return null;
        }
        if (trimmed.length() > max) {
            throw new InvalidRequestException(field, "At most " + max + " characters, please (this has " + trimmed.length() + ").");
        }
        return trimmed;
    }

    /**
     * The upper-case ISO 4217 code of {@code code}.
     *
     * @throws InvalidRequestException when it is blank or not an ISO currency code
     */
    public static String currencyCode(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidRequestException(field, "Give the currency as a three-letter ISO code, e.g. EUR.");
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        try {
            if (upper.length() == 3 && Currency.getInstance(upper) != null) {
                return upper;
            }
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        throw new InvalidRequestException(field, "\"" + code.strip() + "\" is not an ISO currency code such as EUR or USD.");
    }
}
