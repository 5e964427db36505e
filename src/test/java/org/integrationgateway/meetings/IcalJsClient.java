package org.integrationgateway.meetings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.integrationgateway.support.NodeScripts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The independent iCalendar parser: Mozilla's ical.js run by {@code src/test/ical-client/parse.mjs} (installed by
 * {@link NodeScripts} from the committed lock file), which prints the document's method, calendar name and events
 * (uid, sequence, summary, start and end as UTC instants, tz, location, url, status, organizer, attendees) as JSON.
 */
public final class IcalJsClient {

    static final Path DIRECTORY = Path.of("src", "test", "ical-client");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IcalJsClient() {
    }

    /** The document as ical.js reads it. */
    public static JsonNode parse(String calendar) throws IOException, InterruptedException {
        Path file = Files.createTempFile(Files.createDirectories(Path.of("target")), "calendar-", ".ics");
        try {
            Files.writeString(file, calendar, StandardCharsets.UTF_8);
            Process node = NodeScripts.start(DIRECTORY, "ical.js", "parse.mjs", file.toAbsolutePath().toString());
            node.getOutputStream().close();
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
                throw new IllegalStateException("node parse.mjs failed (see target/node-ical-client.log): " + output);
            }
            return JSON.readTree(output);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The event with {@code uid}, or null. */
    public static JsonNode event(JsonNode parsed, String uid) {
        for (JsonNode event : parsed.get("events")) {
            if (uid.equals(event.get("uid").asString())) {
                return event;
            }
        }
        return null;
    }
}
