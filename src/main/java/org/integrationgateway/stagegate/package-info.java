/**
 * Stage-gate lifecycle: versioned process templates (stages closed by gates with must-meet and should-meet
 * criteria and required deliverables), the lifecycle of each project, gate reviews scored by gatekeepers and
 * their GO/KILL/HOLD/RECYCLE decisions. Other modules interrupt projects and contribute gate agenda items through
 * {@code stagegate.spi}, and react to the past-tense events in {@code stagegate.events}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organisation", "portfolio"})
package org.integrationgateway.stagegate;
