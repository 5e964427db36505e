package org.integrationgateway.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetPolicyTests {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "0.1.2.3", "127.0.0.1", "127.255.255.254", "10.0.0.1", "10.255.255.255",
            "172.16.0.1", "172.31.255.255", "192.168.0.1", "192.168.255.255", "169.254.169.254", "169.254.0.1",
            "100.64.0.1", "100.127.255.255", "198.18.0.1", "198.19.255.255", "192.0.0.8", "224.0.0.1",
            "239.255.255.250", "255.255.255.255", "::", "::1", "fe80::1", "fe80::abcd:1234", "fc00::1",
            "fd12:3456:789a::1", "fec0::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.1.2.3", "::ffff:169.254.169.254",
            "::127.0.0.1", "::10.0.0.1", "64:ff9b::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:0001::1",
            "2002:c0a8:0101::1"})
    void refusesInternalAddresses(String literal) throws UnknownHostException {
        assertThat(WebhookTargetPolicy.isRefused(InetAddress.getByName(literal))).as(literal).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "192.169.0.1",
            "100.63.255.255", "100.128.0.1", "169.253.0.1", "203.0.113.10", "2606:4700:4700::1111",
            "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:0808:0808::1"})
    void allowsPublicAddresses(String literal) throws UnknownHostException {
        assertThat(WebhookTargetPolicy.isRefused(InetAddress.getByName(literal))).as(literal).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "https://10.1.2.3/", "http://[::1]:8080/x",
            "http://[::ffff:127.0.0.1]/", "http://169.254.169.254/latest/meta-data", "http://0.0.0.0:80/",
            "https://[fd00::1]/hook", "http://192.168.1.1:8443/", "http://2130706433/"})
    void refusesInternalTargetsAtRegistrationAsRuleViolation(String url) {
        assertThatThrownBy(() -> new WebhookTargetPolicy(false).checkRegistration(url))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("url"))
                .hasMessageContaining("internal address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/x", "example.com/hook", "https://", "https://user:pw@example.com/",
            "https://example.com/#frag", "javascript:alert(1)", "http://exa mple.com/", " "})
    void refusesMalformedUrlsAsInvalidRequests(String url) {
        assertThatThrownBy(() -> new WebhookTargetPolicy(true).checkRegistration(url))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void checksTheAddressesAHostNameResolvesTo() throws UnknownHostException {
        WebhookTargetPolicy policy = new WebhookTargetPolicy(false, host -> switch (host) {
            case "rebound.example" -> new InetAddress[] {InetAddress.getByName("93.184.216.34"),
                    InetAddress.getByName("10.0.0.5")};
            case "public.example" -> new InetAddress[] {InetAddress.getByName("93.184.216.34")};
            default -> throw new UnknownHostException(host);
        });
        assertThatThrownBy(() -> policy.checkRegistration("https://rebound.example/hook"))
                .isInstanceOf(RuleViolationException.class);
        assertThat(policy.refusalBeforeSending(URI.create("https://rebound.example/hook"))).isPresent();
        assertThat(policy.checkRegistration("https://public.example/hook")).hasHost("public.example");
        assertThat(policy.refusalBeforeSending(URI.create("https://public.example/hook"))).isEmpty();
        assertThat(policy.checkRegistration("https://not-yet-resolvable.example/hook"))
                .as("an unresolvable name is accepted now and checked before every attempt").isNotNull();
        assertThatThrownBy(() -> policy.refusalBeforeSending(URI.create("https://not-yet-resolvable.example/")))
                .isInstanceOf(UnknownHostException.class);
    }

    @Test
    void anAdministratorCanAllowPrivateTargets() throws UnknownHostException {
        WebhookTargetPolicy policy = new WebhookTargetPolicy(true);
        assertThat(policy.checkRegistration("http://127.0.0.1:9999/hook")).hasPort(9999);
        assertThat(policy.refusalBeforeSending(URI.create("http://10.0.0.1/"))).isEmpty();
    }
}
