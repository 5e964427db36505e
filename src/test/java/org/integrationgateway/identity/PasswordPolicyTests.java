package org.integrationgateway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void acceptsTwelveToOneHundredTwentyEightCharacters() {
        assertThat(PasswordPolicy.violation("a".repeat(12), "ann@example.test")).isEmpty();
        assertThat(PasswordPolicy.violation("a".repeat(128), "ann@example.test")).isEmpty();
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertThat(PasswordPolicy.violation("a".repeat(11), "ann@example.test")).hasValueSatisfying(
                message -> assertThat(message).contains("at least 12"));
    }

    @Test
    void refusesMoreThanOneHundredTwentyEightCharacters() {
        assertThat(PasswordPolicy.violation("a".repeat(129), "ann@example.test")).hasValueSatisfying(
                message -> assertThat(message).contains("at most 128"));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String elevenEmoji = "\uD83D\uDE00".repeat(11);
        assertThat(PasswordPolicy.violation(elevenEmoji, "ann@example.test")).isPresent();
        assertThat(PasswordPolicy.violation(elevenEmoji + "x", "ann@example.test")).isEmpty();
    }

    @Test
    void refusesTheEmailAddressWhateverItsCase() {
        assertThat(PasswordPolicy.violation("Ann.Long@Example.test", "ann.long@example.test")).hasValueSatisfying(
                message -> assertThat(message).contains("e-mail"));
    }

    @Test
    void refusesMissingOrBlankPasswords() {
        assertThat(PasswordPolicy.violation(null, "ann@example.test")).isPresent();
        assertThat(PasswordPolicy.violation("             ", "ann@example.test")).isPresent();
    }

    @Test
    void checkThrowsAWeakPasswordRuleViolationOnThePasswordField() {
        assertThatThrownBy(() -> PasswordPolicy.check("short", "ann@example.test"))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> {
                    assertThat(ex.code()).isEqualTo("weak-password");
                    assertThat(ex.field()).isEqualTo("password");
                });
    }

    @RepeatedTest(20)
    void generatedPasswordsSatisfyThePolicyAndDiffer() {
        String one = PasswordPolicy.generate();
        String two = PasswordPolicy.generate();
        assertThat(PasswordPolicy.violation(one, "ann@example.test")).isEmpty();
        assertThat(one).hasSize(20).isNotEqualTo(two);
    }
}
