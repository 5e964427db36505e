/** Events of the transfer module: a project exported or imported, both audited. */
@org.springframework.modulith.NamedInterface("events")
package org.integrationgateway.transfer.events;
