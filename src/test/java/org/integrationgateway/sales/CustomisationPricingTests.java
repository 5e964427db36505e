package org.integrationgateway.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The price of a feasible customisation from its cost: markup, rounding, savings, other currencies. */
class CustomisationPricingTests {

    final CustomisationPricing pricing = new CustomisationPricing(new SalesSettings(null, null, null));

    @ParameterizedTest
    @CsvSource({"1200, 1900.00", "18000, 28800.00", "0, 0.00", "30, 0.00", "40, 100.00", "-500, -500.00"})
    void theCostWithTheDefaultMarkupRoundedToHundreds(String cost, String price) {
        assertThat(pricing.priceDelta(new BigDecimal(cost), "EUR", "EUR")).isEqualByComparingTo(price);
    }

    @Test
    void aCostInAnotherCurrencyOrNotAssessedHasNoPrice() {
        assertThat(pricing.priceDelta(new BigDecimal("1200"), "USD", "EUR")).isNull();
        assertThat(pricing.priceDelta(null, "EUR", "EUR")).isNull();
    }

    @Test
    void settingsChangeTheMarkupAndRoundingAndAreChecked() {
        CustomisationPricing exact = new CustomisationPricing(new SalesSettings(new BigDecimal("25"), new BigDecimal("0.01"), null));
        assertThat(exact.priceDelta(new BigDecimal("1234.56"), "EUR", "EUR")).isEqualByComparingTo("1543.20");
        assertThatThrownBy(() -> new SalesSettings(new BigDecimal("-1"), null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SalesSettings(null, BigDecimal.ZERO, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
