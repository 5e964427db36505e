package org.integrationgateway.integration;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.integrationgateway.support.NodeScripts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies deliveries with the independent npm library {@code standardwebhooks} 1.1.1 under Node
 * ({@code src/test/webhooks/verify.mjs}), installed by {@link NodeScripts} from the committed lock file.
 */
final class StandardWebhooksVerifier {

    /** One delivery to verify. */
    record Delivery(String secret, String id, String timestamp, String signature, String body) {
    }

    /** The library's verdict: ok, or the error it raised. */
    record Verdict(boolean ok, String error) {
    }

    static final Path DIRECTORY = Path.of("src", "test", "webhooks");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StandardWebhooksVerifier() {
    }

    static List<Verdict> verify(List<Delivery> deliveries) throws IOException, InterruptedException {
        Process node = NodeScripts.start(DIRECTORY, "standardwebhooks", "verify.mjs");
        try (OutputStream in = node.getOutputStream()) {
            for (Delivery delivery : deliveries) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("secret", delivery.secret());
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("webhook-id", delivery.id());
                headers.put("webhook-timestamp", delivery.timestamp());
                headers.put("webhook-signature", delivery.signature());
                line.put("headers", headers);
                line.put("body", delivery.body());
                in.write((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
            throw new IllegalStateException("node verify.mjs failed: " + output);
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (!line.isBlank()) {
                JsonNode verdict = JSON.readTree(line);
                verdicts.add(new Verdict(verdict.get("ok").asBoolean(),
                        verdict.has("error") ? verdict.get("error").asString() : null));
            }
        }
        if (verdicts.size() != deliveries.size()) {
            throw new IllegalStateException("Expected " + deliveries.size() + " verdicts, got: " + output);
        }
        return verdicts;
    }
}
