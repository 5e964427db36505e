/**
 * Past-tense events of the identity module (accounts and personal API tokens). Every one is an
 * {@link org.integrationgateway.shared.AuditedChange} whose snapshots never contain a password or token hash.
 */
@org.springframework.modulith.NamedInterface("events")
package org.integrationgateway.identity.events;
