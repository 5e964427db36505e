package org.integrationgateway.realtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A minimal {@code text/event-stream} client over the JDK HTTP client, as a browser's EventSource reads it: fields
 * {@code id}, {@code event}, {@code data}, {@code retry} up to a blank line make one event; lines starting with a
 * colon are comments. Everything read is queued for the test; the end of the stream is an item too.
 */
final class LiveStreamClient implements AutoCloseable {

    /** One thing read from the stream: an event, a comment, or the end. */
    record Item(String id, String name, String data, Long retry, String comment, boolean end) {

        boolean isEvent() {
            return comment == null && !end && (data != null || name != null);
        }

        boolean isData() {
            return isEvent() && name == null;
        }

        long position() {
            return Long.parseLong(id);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Item> items = new LinkedBlockingQueue<>();
    private final Thread reader;

    private LiveStreamClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-client");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Opens {@code /api/stream?<query>} with the bearer token (none: anonymous) and optional Last-Event-ID. */
    static LiveStreamClient open(int port, String token, String query, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/stream?" + query))
                .header("Accept", "text/event-stream").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new LiveStreamClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The whole body of a response that is not a stream (e.g. a problem document). */
    String body() throws InterruptedException {
        StringBuilder body = new StringBuilder();
        for (Item item = items.poll(10, TimeUnit.SECONDS); item != null && !item.end(); item = items.poll(10, TimeUnit.SECONDS)) {
            body.append(item.data() == null ? item.comment() : item.data());
        }
        return body.toString();
    }

    /** The next item (event, comment or end) within the timeout; fails when nothing comes. */
    Item next(Duration timeout) throws InterruptedException {
        Item item = items.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (item == null) {
            throw new AssertionError("Nothing arrived on the stream within " + timeout);
        }
        return item;
    }

    /** The next event (skipping comments) within the timeout. */
    Item nextEvent(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Item item = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (item.end()) {
                throw new AssertionError("The stream ended while an event was expected");
            }
            if (item.isEvent()) {
                return item;
            }
        }
    }

    /** The next {@code count} data events (skipping comments), in the order they arrived. */
    List<Item> dataEvents(int count, Duration timeout) throws InterruptedException {
        List<Item> events = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (events.size() < count) {
            Item item = nextEvent(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (item.isData()) {
                events.add(item);
            }
        }
        return events;
    }

    /** Everything that arrives within the time given (stopping early at the end of the stream). */
    List<Item> drain(Duration during) throws InterruptedException {
        List<Item> drained = new ArrayList<>();
        long deadline = System.nanoTime() + during.toNanos();
        for (long left = during.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            Item item = items.poll(left, TimeUnit.NANOSECONDS);
            if (item == null) {
                break;
            }
            drained.add(item);
            if (item.end()) {
                break;
            }
        }
        return drained;
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }

    private void read() {
        String id = null;
        String name = null;
        StringBuilder data = null;
        Long retry = null;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data != null || name != null || id != null || retry != null) {
                        items.add(new Item(id, name, data == null ? null : data.toString(), retry, null, false));
                    }
                    id = null;
                    name = null;
                    data = null;
                    retry = null;
                } else if (line.startsWith(":")) {
                    items.add(new Item(null, null, null, null, line.substring(1).trim(), false));
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1);
                    if (value.startsWith(" ")) {
                        value = value.substring(1);
                    }
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "retry" -> retry = Long.parseLong(value);
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> items.add(new Item(null, null, line, null, null, false));
                    }
                }
            }
        } catch (RuntimeException e) {
            // the connection was closed under us
        }
        items.add(new Item(null, null, null, null, null, true));
    }
}
