package org.integrationgateway.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Raising (and submitting) a change request through the API, with its audit entry and events written in the same
 * transaction, at 1, then 8, then 32 concurrent clients; each client raises one request after the other.
 */
public class ChangeRequestCreationSimulation extends Simulation {

    private final BenchmarkTarget target = BenchmarkTarget.fromSystemProperties();

    private PopulationBuilder clients(int clients) {
        return scenario("raise change request, " + clients + " clients")
                .feed(Requests.projects(target))
                .exec(Requests.raise("raise change request (" + clients + " clients)", true))
                .injectClosed(constantConcurrentUsers(clients).during(target.step));
    }

    {
        setUp(clients(1).andThen(clients(8)).andThen(clients(32)))
                .protocols(Requests.protocol(target))
                .assertions(global().failedRequests().percent().lt(1.0));
    }
}
