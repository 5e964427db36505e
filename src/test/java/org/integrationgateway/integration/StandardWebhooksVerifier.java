package org.integrationgateway.integration;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies deliveries with the independent npm library {@code standardwebhooks} 1.1.1 under Node
 * ({@code src/test/webhooks/verify.mjs}), installing it with {@code npm ci} from the committed lock file when
 * {@code node_modules} is missing.
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

    static synchronized void install() throws IOException, InterruptedException {
        if (Files.isDirectory(DIRECTORY.resolve("node_modules").resolve("standardwebhooks"))) {
            return;
        }
        // Never inherit the test JVM's stdout: surefire talks to its fork over it, and stray output corrupts the channel.
        Path log = Files.createDirectories(Path.of("target")).resolve("npm-ci-webhooks.log");
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(DIRECTORY.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!npm.waitFor(180, TimeUnit.SECONDS) || npm.exitValue() != 0) {
            npm.destroyForcibly();
            throw new IllegalStateException("npm ci failed in " + DIRECTORY.toAbsolutePath() + ": "
                    + Files.readString(log));
        }
    }

    static List<Verdict> verify(List<Delivery> deliveries) throws IOException, InterruptedException {
        install();
        Process node = new ProcessBuilder("node", "verify.mjs").directory(DIRECTORY.toFile())
                .redirectError(Files.createDirectories(Path.of("target")).resolve("node-verify-webhooks.log").toFile())
                .start();
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
