package org.integrationgateway.integration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks v1 signatures: {@code v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">} keyed with the
 * decoded secret; several secrets (during a rotation) give several space-separated signatures.
 */
public final class WebhookSignatures {

    private WebhookSignatures() {
    }

    /** The {@code webhook-signature} header value for the given secrets, newest first. */
    public static String header(String messageId, long timestampSeconds, String body, List<WebhookSecret> secrets) {
        return secrets.stream().map(secret -> sign(messageId, timestampSeconds, body, secret))
                .collect(Collectors.joining(" "));
    }

    public static String sign(String messageId, long timestampSeconds, String body, WebhookSecret secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            byte[] digest = mac.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
