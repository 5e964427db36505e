package org.integrationgateway.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A minimal browser for sign-in flows over real HTTP: a cookie jar per host (as browsers keep them, so the
 * application on 127.0.0.1 and the provider on localhost have separate cookies), redirects followed one by one,
 * and forms read from the page and posted back with their hidden fields.
 */
final class ProviderBrowser {

    /** A page the browser ended on. */
    record Page(URI uri, int status, String body) {

        Document document() {
            return Jsoup.parse(body, uri.toString());
        }
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Map<String, String>> cookies = new ConcurrentHashMap<>();

    Page open(URI uri) {
        return follow(send(HttpRequest.newBuilder(uri).GET()));
    }

    /** Posts the form with its hidden and given fields, the submitted values of every checkbox named in extra. */
    Page submit(Page page, Element form, Map<String, List<String>> fields) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden]")) {
            values.computeIfAbsent(input.attr("name"), n -> new ArrayList<>()).add(input.attr("value"));
        }
        fields.forEach((name, given) -> values.computeIfAbsent(name, n -> new ArrayList<>()).addAll(given));
        String action = form.attr("action").isEmpty() ? page.uri().toString() : form.attr("action");
        URI target = page.uri().resolve(action);
        String body = values.entrySet().stream().flatMap(e -> e.getValue().stream().map(v ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        return follow(send(HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** The answer to one request, without following a redirect. */
    HttpResponse<String> request(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    private Page follow(HttpResponse<String> response) {
        for (int hops = 0; hops < 20; hops++) {
            int status = response.statusCode();
            if (status < 300 || status >= 400) {
                return new Page(response.uri(), status, response.body());
            }
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).GET());
        }
        throw new IllegalStateException("Too many redirects, last at " + response.uri());
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest probe = builder.copy().build();
        String host = probe.uri().getHost();
        Map<String, String> jar = cookies.computeIfAbsent(host, h -> new ConcurrentHashMap<>());
        if (!jar.isEmpty()) {
            builder.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        builder.header("Accept", "text/html,application/xhtml+xml");
        try {
            HttpResponse<String> response = http.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals).trim();
                String value = pair.substring(equals + 1).trim();
                boolean expired = header.toLowerCase().contains("max-age=0") || value.isEmpty();
                if (expired) {
                    jar.remove(name);
                } else {
                    jar.put(name, value);
                }
            }
            return response;
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
