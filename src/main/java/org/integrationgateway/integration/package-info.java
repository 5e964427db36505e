/**
 * Integration with other systems: webhooks that deliver the events of the durable stream to endpoints registered
 * by administrators, signed per Standard Webhooks v1, at least once, in position order per endpoint, retried with
 * capped exponential back-off, with a delivery log, manual redelivery, secret rotation with a grace period, and a
 * refusal of private, loopback and link-local targets. Downstream only: no module depends on this one. Design and
 * guarantees: {@code docs/webhooks.md}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "realtime"})
package org.integrationgateway.integration;
