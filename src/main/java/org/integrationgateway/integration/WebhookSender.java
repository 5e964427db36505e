package org.integrationgateway.integration;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Sends one webhook attempt with the JDK HTTP client: a POST of the stored body with the Standard Webhooks
 * headers, no redirects followed, connect and request timeouts from the settings. The target's addresses are
 * checked again right before the request. Only a short excerpt of the response is kept.
 */
@Component
class WebhookSender {

    static final int EXCERPT_LENGTH = 500;
    static final String USER_AGENT = "IntegrationGateway-Webhooks/1";

    /** What came of an attempt: the status code, or the error that prevented one. */
    record Outcome(Integer statusCode, String error, String responseExcerpt, long durationMs) {

        boolean acknowledged() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        /** The status or error in a few words, for logs and the disable notice. */
        String summary() {
            return statusCode != null ? "HTTP " + statusCode : error;
        }
    }

    private final WebhookSettings settings;
    private final WebhookTargetPolicy policy;
    private final HttpClient client;
    private final Clock clock;

    WebhookSender(WebhookSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.policy = new WebhookTargetPolicy(settings.allowPrivateTargets());
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Outcome send(URI target, String messageId, String body, List<WebhookSecret> secrets) {
        long started = System.nanoTime();
        try {
            Optional<String> refusal = policy.refusalBeforeSending(target);
            if (refusal.isPresent()) {
                return new Outcome(null, "Target refused: " + refusal.get(), null, elapsed(started));
            }
        } catch (IOException unresolvable) {
            return new Outcome(null, "Host not found: " + target.getHost(), null, elapsed(started));
        }
        long timestamp = Instant.now(clock).getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignatures.header(messageId, timestamp, body, secrets))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String excerpt;
            try (InputStream in = response.body()) {
                excerpt = excerpt(in.readNBytes(EXCERPT_LENGTH * 4));
            }
            return new Outcome(response.statusCode(), null, excerpt, elapsed(started));
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "Timed out: " + e.getMessage(), null, elapsed(started));
        } catch (IOException e) {
            return new Outcome(null, error(e), null, elapsed(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "Interrupted", null, elapsed(started));
        }
    }

    private static String error(IOException e) {
        String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return message.length() > EXCERPT_LENGTH ? message.substring(0, EXCERPT_LENGTH) : message;
    }

    private static String excerpt(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.length() > EXCERPT_LENGTH ? text.substring(0, EXCERPT_LENGTH) : text;
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
