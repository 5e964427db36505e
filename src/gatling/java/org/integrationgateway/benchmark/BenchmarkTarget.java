package org.integrationgateway.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running instance a simulation talks to, from system properties: {@code gateway.url} (default
 * {@code http://localhost:8080}), {@code gateway.user} (default {@code pm@dataset.example}, the generated dataset's
 * project manager), {@code gateway.password} (default the dataset's password), {@code gateway.projects} (the codes
 * of projects the user manages; default those the generator gives that user at scale 1), {@code gateway.clients}
 * (concurrent clients of the read and decision simulations, default 8) and {@code gateway.seconds} (how long each
 * step runs, default 30).
 *
 * <p>Authentication: the API takes a personal API token as {@code Authorization: Bearer}, exempt from CSRF, and so
 * does every page. A token can only be created from a signed-in session, so the simulation signs in once with the
 * form (CSRF token from the sign-in page), reads a fresh CSRF token from the tokens page, creates a one-day token
 * through {@code POST /api/account/tokens} with the {@code X-CSRF-TOKEN} header, and every virtual client then
 * sends that token.
 */
final class BenchmarkTarget {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"(igw_[A-Za-z0-9_-]+)\"");
    private static final Pattern PROJECT = Pattern.compile("\"id\"\\s*:\\s*(\\d+)\\s*,\\s*\"code\"\\s*:\\s*\"([^\"]+)\"");

    final String baseUrl;
    final String token;
    final List<Long> projects;
    final int clients;
    final Duration step;

    private BenchmarkTarget(String baseUrl, String token, List<Long> projects, int clients, Duration step) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.projects = projects;
        this.clients = clients;
        this.step = step;
    }

    static BenchmarkTarget fromSystemProperties() {
        String baseUrl = System.getProperty("gateway.url", "http://localhost:8080");
        String user = System.getProperty("gateway.user", "pm@dataset.example");
        String password = System.getProperty("gateway.password", "dataset-demo");
        String codes = System.getProperty("gateway.projects", defaultProjects());
        int clients = Integer.getInteger("gateway.clients", 8);
        Duration step = Duration.ofSeconds(Integer.getInteger("gateway.seconds", 30));
        try {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            String loginPage = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf(loginPage));
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String location = signedIn.headers().firstValue("Location").orElse("");
            if (signedIn.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("Sign-in as " + user + " failed (" + signedIn.statusCode() + " " + location + ")");
            }
            String tokensPage = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/account/tokens")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/account/tokens"))
                    .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf(tokensPage))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"gatling " + System.currentTimeMillis()
                            + "\",\"expiresInDays\":1}")).build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = TOKEN.matcher(created.body());
            if (created.statusCode() != 201 || !token.find()) {
                throw new IllegalStateException("Could not create an API token: " + created.statusCode() + " " + created.body());
            }
            List<Long> projects = new ArrayList<>();
            for (String code : codes.split(",")) {
                HttpResponse<String> found = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/projects?q="
                        + encode(code.trim()))).header("Authorization", "Bearer " + token.group(1)).build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher project = PROJECT.matcher(found.body());
                while (project.find()) {
                    if (project.group(2).equals(code.trim())) {
                        projects.add(Long.parseLong(project.group(1)));
                    }
                }
            }
            if (projects.isEmpty()) {
                throw new IllegalStateException("None of the projects " + codes + " exists at " + baseUrl);
            }
            System.out.printf("Benchmark target %s as %s: %d projects, %d clients, %s per step%n", baseUrl, user,
                    projects.size(), clients, step);
            return new BenchmarkTarget(baseUrl, token.group(1), List.copyOf(projects), clients, step);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach " + baseUrl + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** P0001, P0051, … P0951: the projects the generator gives its project manager at scale 1. */
    private static String defaultProjects() {
        List<String> codes = new ArrayList<>();
        for (int j = 0; j < 1_000; j += 50) {
            codes.add(String.format("P%04d", j + 1));
        }
        return String.join(",", codes);
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
