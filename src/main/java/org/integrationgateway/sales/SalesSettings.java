package org.integrationgateway.sales;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.sales.*}: how a feasible customisation's cost becomes its price for the customer
 * ({@link CustomisationPricing}): the markup in percent on the assessed cost (default 60) and the unit the price is
 * rounded to, half up (default 100; 1 keeps whole currency units); how often quotes past their date are expired
 * ({@code expiry-check}, default 10 minutes).
 */
@ConfigurationProperties("gateway.sales")
public record SalesSettings(BigDecimal customisationMarkupPercent, BigDecimal priceRounding, Duration expiryCheck) {

    public SalesSettings {
        if (customisationMarkupPercent == null) {
            customisationMarkupPercent = new BigDecimal("60");
        }
        if (priceRounding == null) {
            priceRounding = new BigDecimal("100");
        }
        if (expiryCheck == null) {
            expiryCheck = Duration.ofMinutes(10);
        }
        if (customisationMarkupPercent.signum() < 0 || customisationMarkupPercent.compareTo(new BigDecimal("1000")) > 0) {
            throw new IllegalArgumentException("gateway.sales.customisation-markup-percent is 0 to 1000");
        }
        if (priceRounding.signum() <= 0) {
            throw new IllegalArgumentException("gateway.sales.price-rounding is above 0");
        }
    }
}
