package org.integrationgateway.integration;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;

/**
 * Where webhooks may be sent: an absolute {@code http} or {@code https} URL without credentials, whose host resolves
 * only to public addresses. Refused are the unspecified addresses ({@code 0.0.0.0/8}, {@code ::}), loopback,
 * private ({@code 10/8}, {@code 172.16/12}, {@code 192.168/16}, shared {@code 100.64/10}, benchmarking
 * {@code 198.18/15}, IPv6 unique-local {@code fc00::/7} and site-local), link-local ({@code 169.254/16},
 * {@code fe80::/10}), multicast and broadcast, also when written as IPv4-mapped, IPv4-compatible, NAT64 or 6to4
 * IPv6 addresses. The check runs at registration and again right before every attempt, after DNS resolution, so a
 * name that later resolves to an internal address is refused too. {@code allowPrivate} (an administrator's
 * setting) turns the address check off; the URL rules stay.
 */
public final class WebhookTargetPolicy {

    /** Resolves a host name to its addresses. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final int MAX_URL_LENGTH = 2000;

    private final boolean allowPrivate;
    private final Resolver resolver;

    public WebhookTargetPolicy(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    public WebhookTargetPolicy(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    /**
     * Checks a URL an administrator registers. A host that cannot be resolved now is accepted (it is checked again
     * before every attempt).
     *
     * @throws InvalidRequestException when it is not an absolute http(s) URL (field {@code url})
     * @throws RuleViolationException when its host is or resolves to a refused address (field {@code url})
     */
    public URI checkRegistration(String url) {
        URI uri = parse(url);
        refusal(uri).ifPresent(reason -> {
            throw new RuleViolationException("webhook-target-refused", "url", "Webhooks cannot be sent to " + reason
                    + ". Private, loopback and link-local targets are refused unless an administrator allows them"
                    + " (gateway.webhooks.allow-private-targets).");
        });
        return uri;
    }

    /** Why an attempt must not go to this URL now (after resolving its host), or empty when it may. */
    public Optional<String> refusalBeforeSending(URI uri) throws UnknownHostException {
        if (allowPrivate) {
            return Optional.empty();
        }
        for (InetAddress address : resolver.resolve(host(uri))) {
            if (isRefused(address)) {
                return Optional.of(describe(address));
            }
        }
        return Optional.empty();
    }

    static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidRequestException("url", "Fill in the URL.");
        }
        String trimmed = url.strip();
        if (trimmed.length() > MAX_URL_LENGTH) {
            throw new InvalidRequestException("url", "At most " + MAX_URL_LENGTH + " characters, please.");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new InvalidRequestException("url", "This is not a valid URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new InvalidRequestException("url", "The URL must start with https:// or http://.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidRequestException("url", "The URL must name a host.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidRequestException("url", "The URL must not contain a user name or password.");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidRequestException("url", "The URL must not contain a fragment (#…).");
        }
        return uri;
    }

    private Optional<String> refusal(URI uri) {
        if (allowPrivate) {
            return Optional.empty();
        }
        try {
            return refusalBeforeSending(uri);
        } catch (UnknownHostException unresolvable) {
            return Optional.empty();
        }
    }

    private static String host(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static String describe(InetAddress address) {
        return "the internal address " + address.getHostAddress();
    }

    /** True for an address in a refused range (see the class description). */
    public static boolean isRefused(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return isRefusedV4(v4.getAddress());
        }
        byte[] b = address.getAddress();
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return true;
        }
        byte[] embedded = address instanceof Inet6Address v6 ? embeddedV4(v6) : null;
        return embedded != null && isRefusedV4(embedded);
    }

    private static byte[] embeddedV4(Inet6Address address) {
        byte[] b = address.getAddress();
        boolean zeroPrefix = allZero(b, 0, 10);
        if (zeroPrefix && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        boolean nat64 = b[0] == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && allZero(b, 4, 12);
        if (nat64) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRefusedV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0
                || first == 10
                || first == 127
                || (first == 100 && second >= 64 && second <= 127)
                || (first == 169 && second == 254)
                || (first == 172 && second >= 16 && second <= 31)
                || (first == 192 && second == 168)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                || (first == 198 && (second == 18 || second == 19))
                || first >= 224;
    }
}
