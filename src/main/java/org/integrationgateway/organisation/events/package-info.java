/**
 * Past-tense events of the organisation module. Each implements {@link org.integrationgateway.shared.AuditedChange}
 * and carries snapshots of the state before and after the change.
 */
@org.springframework.modulith.NamedInterface("events")
package org.integrationgateway.organisation.events;
