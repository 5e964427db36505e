/**
 * Operations: what an operator watches. Application metrics for Prometheus (change requests by state, decision
 * latency, live streams, webhook backlog and failures, the e-mail queue, the event publication backlog), the request
 * id carried by every log line and response, and the system health page for administrators. Like {@code insight} it
 * reads other modules' tables with plain SQL and owns no data; per-node counters kept by other modules (e-mail and
 * webhook failures, open live streams) are read back from the meter registry by name. Design: {@code
 * docs/operations.md}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "changecontrol :: events"})
package org.integrationgateway.operations;
