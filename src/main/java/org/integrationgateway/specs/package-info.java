/**
 * Design specifications: items with stable keys whose every edit is a new {@link org.integrationgateway.specs.ItemRevision},
 * baselines frozen at each GO (from {@code stagegate.events.GateDecided}) or by hand, after which an item changes only
 * by implementing an approved change request, customer variants as overrides on a baseline, and the traceability
 * graph recorded from every module's {@link org.integrationgateway.shared.TraceLinked} events, with suspect links.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organisation",
        "portfolio", "stagegate", "stagegate :: events", "changecontrol", "changecontrol :: events",
        "changecontrol :: spi"})
package org.integrationgateway.specs;
