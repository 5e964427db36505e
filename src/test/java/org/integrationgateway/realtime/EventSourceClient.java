package org.integrationgateway.realtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.integrationgateway.support.NodeScripts;
import tools.jackson.databind.JsonNode;

/**
 * The independent npm {@code eventsource} client (4.1.1, under Node: {@code src/test/sse-client/follow.mjs})
 * following {@code /api/stream} with a personal API token; it reconnects on its own with {@code Last-Event-ID}.
 * Everything it reports (opens, named events, data events, errors) is collected in arrival order.
 */
final class EventSourceClient implements AutoCloseable {

    static final Path DIRECTORY = Path.of("src", "test", "sse-client");

    /** One line the script printed. */
    record Line(String kind, String lastEventId, JsonNode data) {

        long position() {
            return Long.parseLong(lastEventId);
        }
    }

    private final Process node;
    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private EventSourceClient(Process node) {
        this.node = node;
        this.reader = StreamWorkers.daemon("eventsource-client-output", this::read);
        reader.start();
    }

    static EventSourceClient follow(int port, String token, String topics) throws IOException, InterruptedException {
        String url = "http://127.0.0.1:" + port + "/api/stream?topics=" + topics;
        return new EventSourceClient(NodeScripts.start(DIRECTORY, "eventsource", "follow.mjs", url, token));
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (!line.isBlank()) {
                    JsonNode json = EventStream.JSON.readTree(line);
                    JsonNode id = json.get("lastEventId");
                    lines.add(new Line(json.get("kind").asString(), id == null || id.isNull() ? null : id.asString(),
                            json.get("data")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    List<Line> lines(String kind) {
        return lines.stream().filter(line -> line.kind().equals(kind)).toList();
    }

    @Override
    public void close() throws Exception {
        node.getOutputStream().close();
        if (!node.waitFor(10, TimeUnit.SECONDS)) {
            node.destroyForcibly();
        }
        reader.join(2000);
    }
}
