/**
 * Past-tense events of sales. Each is an audited change with snapshots that carry enums by name, so that consumers
 * (the event stream, measures) need none of sales' types.
 */
@org.springframework.modulith.NamedInterface("events")
package org.integrationgateway.sales.events;
