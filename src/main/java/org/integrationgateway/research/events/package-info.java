/**
 * Past-tense events of market research, audited changes whose snapshots carry enums by name, so that consumers (the
 * event stream, measures) need none of research's types.
 */
@org.springframework.modulith.NamedInterface("events")
package org.integrationgateway.research.events;
