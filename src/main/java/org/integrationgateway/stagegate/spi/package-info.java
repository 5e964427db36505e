/**
 * Extension points other modules use: {@link org.integrationgateway.stagegate.spi.ProjectInterruptions} to interrupt
 * and resume a project (e.g. an emergency change), and
 * {@link org.integrationgateway.stagegate.spi.GateAgendaContributor} to add items to a gate review's agenda.
 */
@org.springframework.modulith.NamedInterface("spi")
package org.integrationgateway.stagegate.spi;
