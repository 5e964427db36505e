package org.integrationgateway.organisation;

import java.util.Locale;
import java.util.regex.Pattern;
import org.integrationgateway.shared.RuleViolationException;

/**
 * The input rules shared by the organisation aggregates: required text, the column lengths of the schema and
 * the e-mail format. Text is trimmed; optional blank text becomes null; e-mail addresses are kept in lower case.
 */
final class Fields {

    /** Something, an @, a domain with at least one dot; no spaces. */
    static final String EMAIL_REGEX = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    private static final Pattern EMAIL = Pattern.compile(EMAIL_REGEX);

    private Fields() {
    }

    static String required(String value, String field, String label, int maxLength) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) {
            throw new RuleViolationException("required", field, label + " is required.");
        }
        return withinLength(trimmed, field, label, maxLength);
    }

    static String optional(String value, String field, String label, int maxLength) {
        String trimmed = value == null ? "" : value.trim();
        return trimmed.isEmpty() ? null : withinLength(trimmed, field, label, maxLength);
    }

    static String email(String value, String field) {
        String email = required(value, field, "E-mail", 254).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new RuleViolationException("invalid-email", field, "E-mail must look like name@example.com.");
        }
        return email;
    }

    static <T> T required(T value, String field, String label) {
        if (value == null) {
            throw new RuleViolationException("required", field, label + " is required.");
        }
        return value;
    }

    private static String withinLength(String value, String field, String label, int maxLength) {
        if (value.length() > maxLength) {
            throw new RuleViolationException("too-long", field,
                    label + " must be at most " + maxLength + " characters long.");
        }
        return value;
    }
}
