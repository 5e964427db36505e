package org.integrationgateway.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** The requests the simulations share: the protocol with the API token, a project feeder, raising a request. */
final class Requests {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private Requests() {
    }

    static HttpProtocolBuilder protocol(BenchmarkTarget target) {
        return http.baseUrl(target.baseUrl)
                .header("Authorization", "Bearer " + target.token)
                .acceptHeader("application/json, text/html")
                .disableCaching()
                .shareConnections();
    }

    /** A random project of the target's, as {@code project}. */
    static Iterator<Map<String, Object>> projects(BenchmarkTarget target) {
        return Stream.generate(() -> Map.<String, Object>of("project",
                target.projects.get(ThreadLocalRandom.current().nextInt(target.projects.size())),
                "n", SEQUENCE.incrementAndGet())).iterator();
    }

    /** Raises and submits a NORMAL change request on {@code #{project}}; saves {@code cr} and {@code version}. */
    static ChainBuilder raise(String name, boolean submit) {
        return CoreDsl.exec(http(name).post("/api/projects/#{project}/change-requests")
                .header("Content-Type", "application/json")
                .body(StringBody("{\"title\":\"Benchmark change #{n}\",\"description\":\"Raised by the benchmark.\","
                        + "\"origin\":\"INTERNAL\",\"priority\":\"MEDIUM\",\"changeClass\":\"NORMAL\","
                        + "\"affectedItems\":[{\"itemKey\":\"SPEC-3\",\"category\":\"mechanical\"}],\"submit\":" + submit + "}"))
                .check(status().is(201), jsonPath("$.id").saveAs("cr"), jsonPath("$.version").saveAs("version")));
    }

    /** Takes a submitted {@code #{cr}} through assessment to the board (cost outside the envelope). */
    static ChainBuilder assessForTheBoard() {
        return CoreDsl.exec(http("start assessment").post("/api/change-requests/#{cr}/start-assessment")
                        .header("Content-Type", "application/json").body(StringBody("{\"version\":#{version}}"))
                        .check(status().is(200), jsonPath("$.version").saveAs("version")))
                .exec(http("assess").put("/api/change-requests/#{cr}/assessment")
                        .header("Content-Type", "application/json")
                        .body(StringBody("{\"costDelta\":25000.00,\"currency\":\"EUR\",\"scheduleDeltaDays\":12,"
                                + "\"risk\":\"MEDIUM\",\"riskNote\":\"New supplier.\",\"version\":#{version}}"))
                        .check(status().is(200), jsonPath("$.version").saveAs("version")))
                .exec(http("complete assessment").post("/api/change-requests/#{cr}/complete-assessment")
                        .header("Content-Type", "application/json").body(StringBody("{\"version\":#{version}}"))
                        .check(status().is(200), jsonPath("$.state").is("AWAITING_DECISION"),
                                jsonPath("$.version").saveAs("version")));
    }
}
