package org.integrationgateway.changecontrol;

import java.math.BigDecimal;
import org.integrationgateway.shared.Inputs;
import org.integrationgateway.shared.InvalidRequestException;

/** Checks of amounts and ISO 4217 currency codes given to change control. */
final class Money {

    static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Money() {
    }

    /** The upper-case ISO 4217 code, or InvalidRequest on {@code field}. */
    static String currency(String field, String code) {
        return Inputs.currencyCode(field, code);
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
