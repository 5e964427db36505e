package org.integrationgateway.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * The price a customer pays for a feasible customisation: its assessed cost delta plus the markup, rounded half up
 * to the configured unit ({@link SalesSettings}); e.g. a cost of 1,200 with 60 % and rounding 100 is priced 1,900.
 * A saving (negative cost) is passed on at cost, rounded the same way. A cost in another currency than the quote's
 * is not converted: the line is priced at 0 and says so, so nobody quotes a made-up exchange rate.
 */
@Component
public class CustomisationPricing {

    private final SalesSettings settings;

    CustomisationPricing(SalesSettings settings) {
        this.settings = settings;
    }

    /** The price delta in the quote's currency, or null when the cost is in another currency (or not assessed). */
    public BigDecimal priceDelta(BigDecimal costDelta, String costCurrency, String quoteCurrency) {
        if (costDelta == null || costCurrency == null || !costCurrency.equals(quoteCurrency)) {
            return null;
        }
        BigDecimal price = costDelta.signum() > 0
                ? costDelta.multiply(BigDecimal.ONE.add(settings.customisationMarkupPercent().movePointLeft(2)))
                : costDelta;
        BigDecimal unit = settings.priceRounding();
        return price.divide(unit, 0, RoundingMode.HALF_UP).multiply(unit).setScale(2, RoundingMode.UNNECESSARY);
    }
}
