/** Past-tense events of the stage-gate lifecycle, each an audited change. */
@org.springframework.modulith.NamedInterface("events")
package org.integrationgateway.stagegate.events;
