/**
 * Extension points change control offers other modules: {@link org.integrationgateway.changecontrol.spi.SpecImplementationCheck}
 * lets the specs module insist that a change affecting its items is implemented as new item revisions.
 */
@org.springframework.modulith.NamedInterface("spi")
package org.integrationgateway.changecontrol.spi;
