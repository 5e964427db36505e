package org.integrationgateway.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

/**
 * Reading, at {@code gateway.clients} concurrent clients: a project page; the change request list, 25 a page,
 * filtered by state and sorted by priority (the API and the page); one change request with its history (the API and
 * the page); the portfolio board.
 */
public class ReadingSimulation extends Simulation {

    private final BenchmarkTarget target = BenchmarkTarget.fromSystemProperties();

    {
        var read = scenario("read")
                .feed(Requests.projects(target))
                .exec(http("project page").get("/projects/#{project}").header("Accept", "text/html")
                        .check(status().is(200)))
                .exec(http("change list (API, 25, filtered, sorted)")
                        .get("/api/projects/#{project}/change-requests?size=25&state=APPROVED&sort=priority,desc")
                        .check(status().is(200), jsonPath("$.content[*].id").findRandom().optional().saveAs("cr")))
                .exec(http("change list page (25, filtered, sorted)")
                        .get("/projects/#{project}/changes?state=IMPLEMENTED&sort=raisedAt,desc&size=25")
                        .header("Accept", "text/html").check(status().is(200)))
                .doIf(session -> session.contains("cr")).then(
                        io.gatling.javaapi.core.CoreDsl.exec(http("change request with history (API)")
                                        .get("/api/change-requests/#{cr}").check(status().is(200)))
                                .exec(http("change request page").get("/changes/#{cr}").header("Accept", "text/html")
                                        .check(status().is(200))))
                .exec(http("portfolio board").get("/portfolio/board").header("Accept", "text/html")
                        .check(status().is(200)));
        setUp(read.injectClosed(constantConcurrentUsers(target.clients).during(target.step)))
                .protocols(Requests.protocol(target))
                .assertions(global().failedRequests().percent().lt(1.0));
    }
}
