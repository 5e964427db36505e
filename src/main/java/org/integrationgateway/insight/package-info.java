/**
 * Insight: the organisation's measures (sales bookings; project acceptances, first-time acceptance and time from order
 * to acceptance; change request cycle times, approval rate, cost and schedule effect and interruptions; gate decisions
 * and stage cycle times; the funnel of projects by stage) and the dual scoreboard that shows sales and projects side by
 * side. A read-only reporting module: it reads the other modules' tables with aggregate SQL and owns no data of its own
 * (only indexes for what its queries filter on). Design and definitions: {@code docs/measures.md}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package org.integrationgateway.insight;
