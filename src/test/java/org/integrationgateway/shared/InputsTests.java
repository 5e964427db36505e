package org.integrationgateway.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InputsTests {

    @Test
    void textIsStrippedBlankIsNullAndLimitsNameTheField() {
        assertThat(Inputs.text("title", "  Conveyor  ", 20, true)).isEqualTo("Conveyor");
        assertThat(Inputs.text("comment", "   ", 20, false)).isNull();
        assertThatThrownBy(() -> Inputs.text("source.label", " ", 20, true)).isInstanceOfSatisfying(
                InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("source.label"))
                .hasMessage("Fill in the source label.");
        assertThatThrownBy(() -> Inputs.text("title", "x".repeat(21), 20, true))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("this has 21");
        assertThat(Inputs.text("title", "x".repeat(20), 20, true)).hasSize(20);
    }

    @Test
    void currencyCodesAreIsoCodesInUpperCase() {
        assertThat(Inputs.currencyCode("currency", " eur ")).isEqualTo("EUR");
        assertThatThrownBy(() -> Inputs.currencyCode("currency", "EURO")).isInstanceOfSatisfying(
                InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("currency"));
        assertThatThrownBy(() -> Inputs.currencyCode("optionCurrency", "XYZ")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("not an ISO currency code");
        assertThatThrownBy(() -> Inputs.currencyCode("currency", null)).isInstanceOf(InvalidRequestException.class);
    }
}
