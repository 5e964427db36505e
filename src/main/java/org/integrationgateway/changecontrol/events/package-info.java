/**
 * Past-tense events of change control. Each carries what consumers need without calling back (e.g. sales shows a
 * quote line's answer from {@link org.integrationgateway.changecontrol.events.ChangeRequestDecided}) and is an
 * audited change.
 */
@org.springframework.modulith.NamedInterface("events")
package org.integrationgateway.changecontrol.events;
