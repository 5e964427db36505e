package org.integrationgateway.changecontrol;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.integrationgateway.shared.InvalidRequestException;

/** Checks of amounts and ISO 4217 currency codes given to change control. */
final class Money {

    static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Money() {
    }

    /** The upper-case ISO 4217 code, or InvalidRequest on {@code field}. */
    static String currency(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidRequestException(field, "Give the currency as a three-letter ISO code, e.g. EUR.");
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        try {
            if (upper.length() == 3 && Currency.getInstance(upper) != null) {
                return upper;
            }
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        throw new InvalidRequestException(field, "\"" + code.trim() + "\" is not an ISO currency code such as EUR or USD.");
    }

    /** Checks that {@code amount} has at most two decimals and lies within ±{@link #MAX}. */
    static BigDecimal amount(String field, BigDecimal amount, boolean mayBeNegative) {
        if (amount == null) {
            throw new InvalidRequestException(field, "Give an amount.");
        }
        if (amount.scale() > 2) {
            throw new InvalidRequestException(field, "Give the amount with at most two decimals.");
        }
        if (amount.abs().compareTo(MAX) > 0 || (!mayBeNegative && amount.signum() < 0)) {
            throw new InvalidRequestException(field, mayBeNegative ? "The amount is out of range."
                    : "The amount must be 0 or more.");
        }
        return amount;
    }
}
