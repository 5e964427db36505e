/**
 * Past-tense events of the integration module. Each implements {@link org.integrationgateway.shared.AuditedChange}
 * and carries snapshots of the endpoint without its secrets.
 */
@org.springframework.modulith.NamedInterface("events")
package org.integrationgateway.integration.events;
