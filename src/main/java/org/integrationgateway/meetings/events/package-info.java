/**
 * Past-tense events of meetings and status reports. Snapshots carry enums by name, so that consumers (the event
 * stream, the inbox, measures) need none of the module's types.
 */
@org.springframework.modulith.NamedInterface("events")
package org.integrationgateway.meetings.events;
