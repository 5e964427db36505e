package org.integrationgateway.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

/**
 * A vote and a decision, at {@code gateway.clients} concurrent clients. Each client raises a request, takes it
 * through assessment to the board (outside the delegated envelope), then either votes on it or decides it. The
 * generated boards are SINGLE_APPROVER boards whose approver is the project manager, so the manager's vote decides
 * the request too: both steps are a deciding write (state, timeline, votes, audit entry, stream event).
 */
public class DecisionSimulation extends Simulation {

    private final BenchmarkTarget target = BenchmarkTarget.fromSystemProperties();

    {
        var vote = scenario("vote")
                .feed(Requests.projects(target))
                .exec(Requests.raise("raise change request", true))
                .exec(Requests.assessForTheBoard())
                .exec(http("vote").post("/api/change-requests/#{cr}/votes").header("Content-Type", "application/json")
                        .body(StringBody("{\"choice\":\"APPROVE\",\"comment\":\"Benchmark vote.\"}"))
                        .check(status().is(200), jsonPath("$.state").is("APPROVED")));
        var decide = scenario("decision")
                .feed(Requests.projects(target))
                .exec(Requests.raise("raise change request", true))
                .exec(Requests.assessForTheBoard())
                .exec(http("decision").post("/api/change-requests/#{cr}/decision")
                        .header("Content-Type", "application/json")
                        .body(StringBody("{\"outcome\":\"REJECT\",\"comment\":\"Benchmark decision.\",\"version\":#{version}}"))
                        .check(status().is(200), jsonPath("$.state").is("REJECTED")));
        int half = Math.max(1, target.clients / 2);
        setUp(vote.injectClosed(constantConcurrentUsers(half).during(target.step)),
                decide.injectClosed(constantConcurrentUsers(half).during(target.step)))
                .protocols(Requests.protocol(target))
                .assertions(global().failedRequests().percent().lt(1.0));
    }
}
