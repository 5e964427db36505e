package org.integrationgateway.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.integrationgateway.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTests {

    /** The example of the Standard Webhooks specification's reference libraries. */
    @Test
    void signsLikeTheStandardWebhooksReference() {
        WebhookSecret secret = WebhookSecret.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertThat(WebhookSignatures.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}", secret))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void signsWithEverySecretNewestFirstSpaceSeparated() {
        WebhookSecret fresh = WebhookSecret.generate();
        WebhookSecret old = WebhookSecret.generate();
        String header = WebhookSignatures.header("id", 1, "{}", List.of(fresh, old));
        assertThat(header.split(" ")).containsExactly(WebhookSignatures.sign("id", 1, "{}", fresh),
                WebhookSignatures.sign("id", 1, "{}", old));
    }

    @Test
    void generatedSecretsAreWhsecWith32RandomBytesAndNeverPrinted() {
        WebhookSecret secret = WebhookSecret.generate();
        assertThat(secret.reveal()).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.reveal().substring(6))).hasSize(32);
        assertThat(secret.toString()).doesNotContain(secret.reveal().substring(6, 20))
                .endsWith(secret.reveal().substring(secret.reveal().length() - 4) + "]");
        assertThat(secret).isNotEqualTo(WebhookSecret.generate());
    }

    @Test
    void refusesMalformedSecrets() {
        assertThatThrownBy(() -> WebhookSecret.of("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> WebhookSecret.of("whsec_c2hvcnQ=")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> WebhookSecret.of("whsec_***")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void filtersByExactTypePrefixOrAll() {
        EventTypeFilter filter = EventTypeFilter.parse(List.of("change-request.decided, gate-review.*\nspec-item.revised"));
        assertThat(filter.patterns()).containsExactly("change-request.decided", "gate-review.*", "spec-item.revised");
        assertThat(filter.matches("change-request.decided")).isTrue();
        assertThat(filter.matches("change-request.raised")).isFalse();
        assertThat(filter.matches("gate-review.decided")).isTrue();
        assertThat(filter.matches("gate-reviewer.x")).isFalse();
        assertThat(EventTypeFilter.parse(List.of()).matches("anything.at-all")).isTrue();
        assertThat(EventTypeFilter.parse(List.of("a.b", "*")).patterns()).containsExactly("*");
        assertThatThrownBy(() -> EventTypeFilter.parse(List.of("Change Request!"))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> EventTypeFilter.parse(List.of("change-*"))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void retriesBackOffExponentiallyUpToTheCap() {
        WebhookSettings settings = new WebhookSettings(null, Duration.ofSeconds(1), Duration.ofMinutes(10), null, null,
                null, null, null, null, null, null, null);
        assertThat(settings.retryDelay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.retryDelay(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.retryDelay(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(settings.retryDelay(10)).isEqualTo(Duration.ofMinutes(8).plusSeconds(32));
        assertThat(settings.retryDelay(11)).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.retryDelay(1000)).isEqualTo(Duration.ofMinutes(10));
    }
}
