/**
 * Audit: the log of every change (who, when, which entity, state before and after), written in the same
 * transaction as the change by listening to {@link org.integrationgateway.shared.AuditedChange} events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package org.integrationgateway.audit;
